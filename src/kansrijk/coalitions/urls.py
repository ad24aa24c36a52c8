from django.urls import path

from kansrijk.coalitions import views

app_name = "coalitions"

urlpatterns = [
    path("kaart", views.national_map, name="map"),
    path("coalities", views.coalition_list, name="list"),
    path("coalities/export.csv", views.coalition_export, name="export"),
    path("beheer/coalities/import", views.overview_import, name="import"),
    path("coalities/<slug:slug>", views.detail, name="detail"),
    path("coalities/<slug:slug>/bewerken", views.edit, name="edit"),
    path("coalities/<slug:slug>/stappen", views.steps, name="steps"),
    path("coalities/<slug:slug>/partners", views.partners, name="partners"),
    path(
        "coalities/<slug:slug>/partners/<int:pk>/verwijderen",
        views.partner_remove,
        name="partner_remove",
    ),
    path("coalities/<slug:slug>/basisprincipes", views.principles, name="principles"),
    path("coalities/<slug:slug>/intentieverklaring", views.declaration, name="declaration"),
    path("coalities/<slug:slug>/plan-van-aanpak", views.plan_upload, name="plan_upload"),
    path(
        "coalities/<slug:slug>/plan-van-aanpak/<int:pk>", views.plan_download, name="plan_download"
    ),
]
