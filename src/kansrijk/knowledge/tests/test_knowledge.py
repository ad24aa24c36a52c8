from io import StringIO

import pytest
from django.test import Client
from django.urls import reverse

from kansrijk.knowledge import reference, selectors
from kansrijk.knowledge.models import KnowledgeTheme, PracticeExample
from kansrijk.knowledge.search import words
from kansrijk.knowledge.tests.factories import KnowledgeThemeFactory, PracticeExampleFactory

pytestmark = pytest.mark.django_db


def _seed() -> str:
    out = StringIO()
    reference.load(stdout=out)
    return out.getvalue()


def test_the_seed_holds_at_least_fifteen_examples_and_every_theme_the_issue_names() -> None:
    _seed()
    assert PracticeExample.objects.filter(active=True).count() >= 15
    assert set(KnowledgeTheme.objects.values_list("key", flat=True)) >= {
        "armoede-schulden",
        "veiligheid",
        "nieuwkomers",
        "laaggeletterdheid",
        "samenwerken-met-ouders",
        "vaders",
        "stress",
        "monitoring-evaluatie",
        "borging",
    }
    for theme in KnowledgeTheme.objects.all():
        assert theme.examples.exists(), theme.key


def test_loading_the_reference_data_twice_says_unchanged() -> None:
    assert "created" in _seed()
    assert "unchanged" in _seed()


def test_a_search_finds_an_example_by_a_word_of_its_text_and_by_a_prefix() -> None:
    _seed()
    found = selectors.examples(text="ervaringsdeskundige")
    assert found and found[0].key == "groningen-ervaringsdeskundige-armoede"
    assert "eindhoven-samenwerking-meten" in [e.key for e in selectors.examples(text="vragenlijst")]


def test_a_search_ranks_a_title_match_before_a_body_match() -> None:
    PracticeExampleFactory(title="Gewoon voorbeeld", body="Hier staat ook het woord zorgpad.")
    PracticeExampleFactory(title="Zorgpad in de wijk", body="Iets anders.")
    assert [e.title for e in selectors.examples(text="zorgpad")] == [
        "Zorgpad in de wijk",
        "Gewoon voorbeeld",
    ]


def test_a_search_ignores_inactive_examples_and_filters_by_theme_and_step() -> None:
    theme = KnowledgeThemeFactory(key="stress")
    kept = PracticeExampleFactory(title="Rust voor ouders", steps=[5])
    kept.themes.add(theme)
    PracticeExampleFactory(title="Rust in de coalitie", steps=[1])
    PracticeExampleFactory(title="Rust elders", active=False)
    assert {e.title for e in selectors.examples(text="rust")} == {
        "Rust voor ouders",
        "Rust in de coalitie",
    }
    assert [e.title for e in selectors.examples(text="rust", theme=theme)] == ["Rust voor ouders"]
    assert [e.title for e in selectors.examples(text="rust", step=1)] == ["Rust in de coalitie"]


def test_a_search_uses_the_social_maps_synonyms_and_finds_plurals() -> None:
    from kansrijk.socialmap.models import SynonymGroup

    SynonymGroup.objects.create(key="schulden", terms="schulden\ngeldzorgen\ngeldproblemen")
    PracticeExampleFactory(title="Schuldhulp aan tafel", body="Hulp bij schulden in de wijk.")
    PracticeExampleFactory(
        title="Samen naar de bevalling", body="Twee zwangerschappen, een gezamenlijke groep."
    )
    assert [e.title for e in selectors.examples(text="geldzorgen")] == ["Schuldhulp aan tafel"]
    assert [e.title for e in selectors.examples(text="zwangerschap")] == ["Samen naar de bevalling"]


def test_query_syntax_in_the_search_text_is_treated_as_words() -> None:
    assert words('zorg" OR (x*') == ["zorg", "or", "x"]
    PracticeExampleFactory(title="Zorgpad")
    assert selectors.examples(text='") OR NEAR(') == []


def test_the_knowledge_pages_show_the_examples_of_a_theme_and_a_step(client: Client) -> None:
    _seed()
    page = client.get(reverse("knowledge:theme", args=["vaders"])).content.decode()
    assert "Leidschendam-Voorburg" in page
    page = client.get(reverse("knowledge:step", args=[6])).content.decode()
    assert "Eindhoven" in page
    page = client.get(reverse("knowledge:index"), {"q": "schulden"}).content.decode()
    assert "Smallingerland" in page
    assert client.get(reverse("knowledge:step", args=[9])).status_code == 404


def test_an_unknown_theme_in_the_search_form_is_a_clear_error(client: Client) -> None:
    response = client.get(reverse("knowledge:index"), {"thema": "bestaat-niet"})
    assert response.status_code == 200
    assert response.context["form"].errors["thema"]


@pytest.mark.parametrize(
    ("url_name", "step"),
    [
        ("indicators:coalition", 2),
        ("socialmap:care_paths", 3),
        ("signalling:coalition", 4),
        ("interventions:palette", 5),
    ],
)
def test_the_other_steps_pages_link_to_the_examples_of_their_step(
    client: Client, url_name: str, step: int
) -> None:
    from kansrijk.accounts.tests.factories import MembershipFactory

    example = PracticeExampleFactory(title=f"Voorbeeld bij stap {step}", steps=[step])
    membership = MembershipFactory(role="lead")
    client.force_login(membership.user)
    response = client.get(reverse(url_name, args=[membership.coalition.slug]))
    assert response.status_code == 200
    assert reverse("knowledge:example", args=[example.key]) in response.content.decode()
