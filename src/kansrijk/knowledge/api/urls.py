from django.urls import path

from kansrijk.knowledge.api import views

urlpatterns = [
    path("kennisbank/themas", views.ThemeList.as_view(), name="kennisbank-themas"),
    path("kennisbank/voorbeelden", views.ExampleList.as_view(), name="kennisbank-voorbeelden"),
    path(
        "kennisbank/voorbeelden/<slug:key>",
        views.ExampleDetail.as_view(),
        name="kennisbank-voorbeeld",
    ),
]
