from django.urls import path
from rest_framework.routers import SimpleRouter

from kansrijk.coalitions.api import views

router = SimpleRouter(trailing_slash=False)
router.register("coalities", views.CoalitionViewSet, basename="coalitie")

urlpatterns = [
    *router.urls,
    path(
        "coalities/<slug:slug>/stappen",
        views.StepStatusListView.as_view(),
        name="coalitie-stappen",
    ),
    path(
        "coalities/<slug:slug>/partners",
        views.PartnerListView.as_view(),
        name="coalitie-partners",
    ),
]
