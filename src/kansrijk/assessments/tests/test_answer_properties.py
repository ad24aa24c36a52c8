"""Properties of saving answers: whatever order and repetition, each counts once."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from kansrijk.assessments import services
from kansrijk.assessments.models import Answer, Round
from kansrijk.assessments.services import AnswerInput
from kansrijk.assessments.tests.factories import RoundFactory, new_link

answer_st = st.one_of(
    st.builds(AnswerInput, st.just("score"), st.integers(min_value=1, max_value=5)),
    st.builds(AnswerInput, st.sampled_from(["unknown", "not_applicable"])),
)


class SavingAnswersTests(TestCase):
    assessment_round: Round

    @classmethod
    def setUpTestData(cls) -> None:
        cls.assessment_round = RoundFactory.create()

    @settings(max_examples=25, deadline=None)
    @given(
        st.lists(
            st.tuples(st.integers(min_value=0, max_value=4), answer_st), min_size=1, max_size=12
        )
    )
    def test_repeated_saves_keep_one_answer_per_statement_holding_the_last_value(
        self, saves: list[tuple[int, AnswerInput]]
    ) -> None:
        items = list(self.assessment_round.version.items.order_by("position")[:5])
        token = new_link(self.assessment_round)
        last: dict[int, AnswerInput] = {}
        for index, answer in saves:
            services.answers_save(token=token, answers={items[index].pk: answer})
            last[items[index].pk] = answer
        link = services.invitation_link_resolve(token=token)
        stored = {a.item_id: (a.kind, a.score) for a in Answer.objects.filter(response__link=link)}
        assert stored == {pk: (a.kind, a.score) for pk, a in last.items()}
