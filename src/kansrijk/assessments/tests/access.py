"""Who may reach which page of the Analysetool (collected by the access matrix)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from kansrijk.accounts.tests.matrix import (
    FORBIDDEN,
    LOGIN,
    OK,
    REDIRECT,
    Answer,
    Expect,
    World,
    lead,
    members,
    national,
    public,
)
from kansrijk.assessments.tests.factories import RoundFactory, closed_round, new_link

API_MEMBERS: dict[str, Answer] = {
    "anonymous": 401,  # the API asks for a key (WWW-Authenticate), issue 9
    "outsider": FORBIDDEN,
    "partner": OK,
    "lead": OK,
    "regional": OK,
    "national": OK,
    "adviser": OK,
}


def expectations(world: World) -> list[Expect]:
    coalition = world.coalition
    slug = {"slug": coalition.slug}
    closed = closed_round(coalition, [4, 3, 2])
    open_round = RoundFactory.create(coalition=coalition)
    token = new_link(open_round, label="Wijkteam")
    link = open_round.links.get()
    closed_kwargs = {**slug, "pk": closed.pk}
    open_kwargs = {**slug, "pk": open_round.pk}

    def lead_posts(ok: Answer) -> dict[str, Answer]:
        return {
            "anonymous": LOGIN,
            "outsider": FORBIDDEN,
            "partner": FORBIDDEN,
            "regional": FORBIDDEN,
            "lead": ok,
            "national": ok,
            "adviser": FORBIDDEN,
        }

    return [
        public("assessments:bank"),
        national("assessments:bank_manage"),
        national("assessments:bank_download", {"number": closed.version.number}),
        members("assessments:overview", slug),
        # One round is open, so even the lead's request for a new one is refused (400).
        Expect("assessments:round_open", slug, lead_posts(400), "post", {"title": "Nieuw"}),
        members("assessments:round", open_kwargs),
        Expect(
            "assessments:links_create",
            open_kwargs,
            lead_posts(REDIRECT),
            "post",
            {
                "count": 2,
                "valid_until": (timezone.localdate() + timedelta(days=30)).isoformat(),
                "label": "Partners",
            },
        ),
        lead("assessments:link_revoke", {**open_kwargs, "link_pk": link.pk}, "post", REDIRECT),
        lead("assessments:round_close", open_kwargs),
        Expect(
            "assessments:round_close", open_kwargs, lead_posts(REDIRECT), "post", {"confirm": "on"}
        ),
        members("assessments:results", closed_kwargs),
        members("assessments:results_pdf", closed_kwargs),
        members("assessments:results_csv", closed_kwargs),
        public("assessments:respond_start", {"token": token}),
        public("assessments:respond_part", {"token": token, "number": 1}),
        public("assessments:respond_done", {"token": token}),
        public("api:assessments:bank", {"key": "analysetool"}),
        Expect("api:assessments:rounds", slug, API_MEMBERS),
        Expect("api:assessments:results", closed_kwargs, API_MEMBERS),
    ]
