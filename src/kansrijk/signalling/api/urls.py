from __future__ import annotations

from django.urls import path

from kansrijk.signalling.api import views

app_name = "signalling_api"

urlpatterns = [
    path("levensdomeinen", views.DomainList.as_view(), name="domains"),
    path("screeningsinstrumenten", views.InstrumentList.as_view(), name="instruments"),
    path(
        "coalities/<slug:slug>/vroegsignalering",
        views.CoalitionFigures.as_view(),
        name="coalition_figures",
    ),
]
