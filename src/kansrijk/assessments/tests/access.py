"""Who may reach which page of the Analysetool (collected by the access matrix)."""

from __future__ import annotations

from kansrijk.accounts.tests.matrix import (
    FORBIDDEN,
    LOGIN,
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
from kansrijk.assessments.tests.factories import RoundFactory, closed_round, new_link

API_MEMBERS = {
    "anonymous": FORBIDDEN,
    "outsider": FORBIDDEN,
    "partner": OK,
    "lead": OK,
    "regional": OK,
    "national": OK,
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
    lead_posts = {
        "anonymous": LOGIN,
        "outsider": FORBIDDEN,
        "partner": FORBIDDEN,
        "regional": FORBIDDEN,
    }
    return [
        public("assessments:bank"),
        national("assessments:bank_manage"),
        members("assessments:overview", slug),
        # One round is open, so even the lead's request for a new one is refused (400).
        custom(
            "assessments:round_open",
            slug,
            "post",
            {"title": "Nieuw"},
            **lead_posts,
            lead=400,
            national=400,
        ),
        members("assessments:round", open_kwargs),
        custom(
            "assessments:links_create",
            open_kwargs,
            "post",
            {"count": 2, "valid_until": "2099-01-01", "label": "Partners"},
            **lead_posts,
            lead=REDIRECT,
            national=REDIRECT,
        ),
        lead("assessments:link_revoke", {**open_kwargs, "link_pk": link.pk}, "post", REDIRECT),
        lead("assessments:round_close", open_kwargs, "post", REDIRECT),
        members("assessments:results", closed_kwargs),
        members("assessments:results_pdf", closed_kwargs),
        members("assessments:results_csv", closed_kwargs),
        public("assessments:respond_start", {"token": token}),
        public("assessments:respond_part", {"token": token, "number": 1}),
        public("assessments:respond_done", {"token": token}),
        public("api:assessments:bank", {"key": "analysetool"}),
        custom("api:assessments:rounds", slug, **API_MEMBERS),
        custom("api:assessments:results", closed_kwargs, **API_MEMBERS),
    ]
