"""Who may open which page of the interventions app (collected by the access matrix)."""

from __future__ import annotations

from kansrijk.accounts.tests.matrix import (
    REDIRECT,
    Expect,
    World,
    lead,
    members,
    national,
    overview,
    public,
)
from kansrijk.interventions.tests.factories import (
    FinancingLineFactory,
    InterventionFactory,
    PaletteItemFactory,
)


def expectations(world: World) -> list[Expect]:
    coalition = world.coalition
    slug = {"slug": coalition.slug}
    intervention = InterventionFactory.create(key="toegang-test")
    item = PaletteItemFactory.create(coalition=coalition, intervention=intervention)
    line = FinancingLineFactory.create(coalition=coalition)
    region = coalition.municipalities.first().ggd_region  # type: ignore[union-attr]
    return [
        public("interventions:catalogue"),
        public("interventions:compare"),
        public("interventions:intervention", {"key": intervention.key}),
        national("interventions:intervention_create"),
        national("interventions:intervention_edit", {"key": intervention.key}),
        public("interventions:palette", slug),
        public("interventions:palette_csv", slug),
        lead("interventions:palette_item_create", slug),
        lead("interventions:palette_item_edit", {**slug, "pk": item.pk}),
        lead(
            "interventions:palette_item_delete", {**slug, "pk": item.pk}, method="post", ok=REDIRECT
        ),
        members("interventions:gaps", slug),
        members("interventions:financing", slug),
        members("interventions:financing_csv", slug),
        lead("interventions:financing_line_create", slug),
        lead("interventions:financing_line_edit", {**slug, "pk": line.pk}),
        lead(
            "interventions:financing_line_delete",
            {**slug, "pk": line.pk},
            method="post",
            ok=REDIRECT,
        ),
        overview("interventions:region_overview", {"code": region.code}),
        public("api:interventions_api:intervention_list"),
        public("api:interventions_api:intervention", {"key": intervention.key}),
        public("api:interventions_api:palette", slug),
    ]
