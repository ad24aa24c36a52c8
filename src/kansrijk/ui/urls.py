from django.urls import path

from kansrijk.ui import list_views, views

app_name = "ui"

urlpatterns = [
    path("", views.home, name="home"),
    path("mijn-overzicht", views.dashboard, name="dashboard"),
    path("toegankelijkheid", views.accessibility, name="accessibility"),
    path("privacy", views.privacy, name="privacy"),
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("beheer/lijsten", list_views.index, name="lists"),
    path("beheer/lijsten/<slug:key>", list_views.rows, name="list_rows"),
    path("beheer/lijsten/<slug:key>/nieuw", list_views.edit, name="list_new"),
    path("beheer/lijsten/<slug:key>/<int:pk>", list_views.edit, name="list_edit"),
]
