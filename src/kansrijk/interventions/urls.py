from __future__ import annotations

from django.urls import path

from kansrijk.interventions.views import catalogue, financing, palette, region

app_name = "interventions"

urlpatterns = [
    path("menukaart", catalogue.catalogue, name="catalogue"),
    path("menukaart/vergelijk", catalogue.compare, name="compare"),
    path("menukaart/nieuw", catalogue.intervention_create, name="intervention_create"),
    path("menukaart/<slug:key>", catalogue.intervention_detail, name="intervention"),
    path("menukaart/<slug:key>/bewerken", catalogue.intervention_edit, name="intervention_edit"),
    path("coalities/<slug:slug>/palet", palette.palette, name="palette"),
    path("coalities/<slug:slug>/palet.csv", palette.palette_csv, name="palette_csv"),
    path(
        "coalities/<slug:slug>/palet/nieuw", palette.palette_item_create, name="palette_item_create"
    ),
    path(
        "coalities/<slug:slug>/palet/<int:pk>/bewerken",
        palette.palette_item_edit,
        name="palette_item_edit",
    ),
    path(
        "coalities/<slug:slug>/palet/<int:pk>/verwijderen",
        palette.palette_item_delete,
        name="palette_item_delete",
    ),
    path("coalities/<slug:slug>/palet/hiaten", palette.gaps, name="gaps"),
    path("coalities/<slug:slug>/financiering", financing.financing, name="financing"),
    path("coalities/<slug:slug>/financiering.csv", financing.financing_csv, name="financing_csv"),
    path(
        "coalities/<slug:slug>/financiering/nieuw",
        financing.financing_line_create,
        name="financing_line_create",
    ),
    path(
        "coalities/<slug:slug>/financiering/<int:pk>/bewerken",
        financing.financing_line_edit,
        name="financing_line_edit",
    ),
    path(
        "coalities/<slug:slug>/financiering/<int:pk>/verwijderen",
        financing.financing_line_delete,
        name="financing_line_delete",
    ),
    path("regios/<str:code>/interventies", region.region_overview, name="region_overview"),
]
