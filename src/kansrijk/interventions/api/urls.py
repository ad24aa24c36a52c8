from __future__ import annotations

from django.urls import path

from kansrijk.interventions.api import views

app_name = "interventions_api"

urlpatterns = [
    path("interventies", views.InterventionList.as_view(), name="intervention_list"),
    path("interventies/<slug:key>", views.InterventionDetail.as_view(), name="intervention"),
    path("coalities/<slug:slug>/palet", views.CoalitionPalette.as_view(), name="palette"),
]
