"""Who may open which page of the startfoto (collected by the access matrix test)."""

from __future__ import annotations

from kansrijk.accounts.tests.matrix import (
    FORBIDDEN,
    LOGIN,
    REDIRECT,
    ROLES,
    Expect,
    World,
    custom,
    lead,
    national,
    public,
)
from kansrijk.indicators.tests.factories import IndicatorFactory, StoryNoteFactory


def expectations(world: World) -> list[Expect]:
    indicator = IndicatorFactory()
    coalition = world.coalition
    code = {"code": coalition.municipalities.first().code}  # type: ignore[union-attr]
    slug = {"slug": coalition.slug}
    note = StoryNoteFactory(coalition=coalition, indicator=indicator)
    return [
        public("indicators:catalogue"),
        national("indicators:import"),
        public("indicators:national", {"code": indicator.key}),
        public("indicators:national_csv", {"code": indicator.key}),
        public("indicators:municipality", code),
        public("indicators:municipality_csv", code),
        public("indicators:municipality_pdf", code),
        public("indicators:municipality_indicator", {**code, "indicator": indicator.key}),
        public("indicators:coalition", slug),
        public("indicators:coalition_pdf", slug),
        custom(
            "indicators:note_add",
            slug,
            method="post",
            data={"indicator": indicator.pk, "text": "Dit herkennen wij. (fictief)"},
            anonymous=LOGIN,
            outsider=FORBIDDEN,
            partner=REDIRECT,
            lead=REDIRECT,
            regional=FORBIDDEN,  # they read a coalition's notes, never write them
            national=REDIRECT,
            adviser=FORBIDDEN,
        ),
        lead(
            "indicators:note_status",
            {**slug, "pk": note.pk},
            method="post",
            ok=REDIRECT,
        ),
        public("api:indicators-list"),
        public("api:indicators-detail", {"code": indicator.key}),
        Expect(
            "api:indicators-values",
            {"code": indicator.key},
            {role: 200 for role in ROLES},
            data={"gebied": code["code"]},
        ),
    ]
