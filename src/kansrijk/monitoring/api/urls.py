from django.urls import path

from kansrijk.monitoring.api import views

urlpatterns = [
    path("coalities/<slug:slug>/doelen", views.CoalitionGoalList.as_view(), name="coalitie-doelen"),
]
