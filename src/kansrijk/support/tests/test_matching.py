"""Peer matching rules, without a database."""

from hypothesis import given, settings
from hypothesis import strategies as st

from kansrijk.support import matching
from kansrijk.support.matching import Profile, ReasonKind, ThemeFact

IN_PLACE = {1: "in_place", 2: "in_place", 3: "in_place"}


def test_a_peer_further_along_in_the_stuck_step_is_suggested_with_that_reason() -> None:
    target = Profile("a", "A", steps={1: "in_place", 2: "in_progress"}, step_labels={2: "Info"})
    peer = Profile("b", "B", steps=IN_PLACE)
    [suggestion] = matching.suggest(target, [peer])
    assert suggestion.reasons[0].kind == ReasonKind.STEP
    assert suggestion.reasons[0].step == 2


def test_a_shared_theme_is_explained_with_the_year_the_peer_started() -> None:
    target = Profile("a", "A", themes={"armoede": ThemeFact("Armoede")})
    peer = Profile("b", "B", themes={"armoede": ThemeFact("Armoede", since=2024)})
    [suggestion] = matching.suggest(target, [peer])
    assert suggestion.reasons == (matching.Reason(ReasonKind.THEME, label="Armoede", since=2024),)


def test_a_peer_alike_only_in_size_is_not_enough_for_a_suggestion() -> None:
    target = Profile("a", "A", population=100_000)
    peer = Profile("b", "B", population=120_000)
    assert matching.suggest(target, [peer]) == []
    assert matching.suggest(target, [peer], min_score=1.0)[0].reasons[0].kind == ReasonKind.SIZE


def test_populations_more_than_twice_apart_are_not_similar() -> None:
    assert matching.similar_size(100, 200)
    assert not matching.similar_size(100, 201)
    assert not matching.similar_size(None, 200)


profiles = st.builds(
    Profile,
    key=st.text(alphabet="abcdef", min_size=1, max_size=3),
    name=st.text(min_size=1, max_size=5),
    population=st.none() | st.integers(1, 1_000_000),
    urbanity=st.none() | st.integers(1, 5),
    themes=st.dictionaries(st.sampled_from(["armoede", "geweld", "taal"]), st.just(ThemeFact("t"))),
    care_paths=st.dictionaries(
        st.sampled_from(["schulden", "verslaving"]), st.just(ThemeFact("c"))
    ),
    unfavourable=st.dictionaries(st.sampled_from(["big2", "roken"]), st.just("x")),
    steps=st.dictionaries(st.integers(1, 7), st.sampled_from(["in_place", "in_progress"])),
)


@settings(deadline=None)
@given(target=profiles, candidates=st.lists(profiles, max_size=8))
def test_suggestions_never_include_the_coalition_itself_and_always_say_why(
    target: Profile, candidates: list[Profile]
) -> None:
    found = matching.suggest(target, candidates, limit=10)
    scores = [s.score for s in found]
    assert scores == sorted(scores, reverse=True)
    for suggestion in found:
        assert suggestion.profile.key != target.key
        assert suggestion.reasons
        assert suggestion.score == matching.score(suggestion.reasons) >= 2.0


@settings(deadline=None)
@given(a=profiles, b=profiles)
def test_likeness_in_themes_size_and_urbanity_is_symmetric(a: Profile, b: Profile) -> None:
    symmetric = {
        ReasonKind.THEME,
        ReasonKind.CARE_PATH,
        ReasonKind.SIZE,
        ReasonKind.URBANITY,
        ReasonKind.INDICATOR,
    }
    ab = sorted(r.kind for r in matching.reasons_for(a, b) if r.kind in symmetric)
    ba = sorted(r.kind for r in matching.reasons_for(b, a) if r.kind in symmetric)
    assert ab == ba
