from django.urls import path

from kansrijk.indicators.api import views

urlpatterns = [
    path("indicatoren", views.IndicatorList.as_view(), name="indicators-list"),
    path("indicatoren/<slug:code>", views.IndicatorDetail.as_view(), name="indicators-detail"),
    path("indicatoren/<slug:code>/waarden", views.ValueList.as_view(), name="indicators-values"),
]
