from django.urls import path

from kansrijk.knowledge import views

app_name = "knowledge"

urlpatterns = [
    path("kennisbank", views.index, name="index"),
    path("kennisbank/voorbeelden/<slug:key>", views.example, name="example"),
    path("kennisbank/themas/<slug:key>", views.theme, name="theme"),
    path("kennisbank/stappen/<int:number>", views.step, name="step"),
]
