from dataclasses import replace
from io import StringIO

from kansrijk.accounts.tests.matrix import (
    FORBIDDEN,
    LOGIN,
    NOT_FOUND,
    OK,
    REDIRECT,
    Expect,
    World,
    custom,
    lead,
    members,
    national,
    public,
)
from kansrijk.assessments.reference import load as load_engine_reference
from kansrijk.support import parents
from kansrijk.support.models import ParentSurvey
from kansrijk.support.tests.factories import AdviceEntryFactory, EventFactory, RegistrationFactory


def _parent_survey(world: World) -> ParentSurvey:
    load_engine_reference(stdout=StringIO())
    parents.questionnaire_load()
    return parents.parent_survey_start(coalition=world.coalition, user=None, title="Ronde")


def expectations(world: World) -> list[Expect]:
    slug = {"slug": world.coalition.slug}
    entry = AdviceEntryFactory(coalition=world.coalition)
    event = EventFactory(organiser=world.users["national"], capacity=5)
    RegistrationFactory(event=event, user=world.users["partner"])
    pk = {"pk": event.pk}
    survey = _parent_survey(world)
    survey_kwargs = {**slug, "pk": survey.pk}
    code = {"code": survey.code}
    return [
        members("support:parents", slug),
        members("support:parent_results", survey_kwargs),
        lead("support:parent_close", survey_kwargs, method="post", ok=REDIRECT),
        lead("support:parent_review", survey_kwargs),
        public("support:parent_start", code),
        public("support:parent_thanks", code),
        custom(
            "support:parent_questions",
            code,
            anonymous=REDIRECT,
            outsider=REDIRECT,
            partner=REDIRECT,
            lead=REDIRECT,
            regional=REDIRECT,
            national=REDIRECT,
            adviser=REDIRECT,
        ),
        custom(
            "support:adviser_overview",
            {},
            anonymous=LOGIN,
            outsider=FORBIDDEN,
            partner=FORBIDDEN,
            lead=FORBIDDEN,
            regional=FORBIDDEN,
            national=OK,
            adviser=OK,
        ),
        # Advisers keep the log (and national editors may); the others read it.
        replace(members("support:advice_log", slug), writers=frozenset({"adviser", "national"})),
        custom(
            "support:follow_up_complete",
            {**slug, "pk": entry.pk},
            method="post",
            anonymous=LOGIN,
            outsider=FORBIDDEN,
            partner=FORBIDDEN,
            lead=REDIRECT,
            regional=FORBIDDEN,
            national=REDIRECT,
            adviser=REDIRECT,
        ),
        members("support:peers", slug),
        lead("support:peer_settings", slug),
        lead("support:peer_contact", {**slug, "other": world.other.slug}),
        lead("support:messages", slug),
        public("support:agenda"),
        public("support:agenda_feed"),
        public("support:event", pk),
        custom(
            "support:event_new",
            {},
            anonymous=LOGIN,
            outsider=FORBIDDEN,
            partner=FORBIDDEN,
            lead=FORBIDDEN,
            regional=OK,
            national=OK,
            adviser=OK,
        ),
        national("support:attendance"),
        custom(
            "support:event_register",
            pk,
            method="post",
            anonymous=LOGIN,
            outsider=REDIRECT,
            partner=REDIRECT,
            lead=REDIRECT,
            regional=REDIRECT,
            national=REDIRECT,
            adviser=REDIRECT,
        ),
        custom(
            "support:event_cancel",
            pk,
            method="post",
            anonymous=LOGIN,
            outsider=NOT_FOUND,
            partner=REDIRECT,
            lead=NOT_FOUND,
            regional=NOT_FOUND,
            national=NOT_FOUND,
            adviser=NOT_FOUND,
        ),
        custom(
            "support:material_add",
            pk,
            method="post",
            anonymous=LOGIN,
            outsider=FORBIDDEN,
            partner=FORBIDDEN,
            lead=FORBIDDEN,
            regional=FORBIDDEN,
            national=REDIRECT,
            adviser=FORBIDDEN,  # only the event's organiser (here the national editor)
        ),
    ]
