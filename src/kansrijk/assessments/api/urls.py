from django.urls import path

from kansrijk.assessments.api import views

app_name = "assessments"

urlpatterns = [
    path("vragenlijsten/<slug:key>", views.BankView.as_view(), name="bank"),
    path(
        "coalities/<slug:slug>/analysetool/rondes",
        views.RoundListView.as_view(),
        name="rounds",
    ),
    path(
        "coalities/<slug:slug>/analysetool/rondes/<int:pk>/resultaten",
        views.ResultView.as_view(),
        name="results",
    ),
]
