from django.urls import path

from kansrijk.indicators import exports, views

app_name = "indicators"

urlpatterns = [
    path("indicatoren", views.catalogue, name="catalogue"),
    path("indicatoren/import", views.import_page, name="import"),
    path("indicatoren/<slug:code>", views.national, name="national"),
    path("indicatoren/<slug:code>/csv", exports.national_csv, name="national_csv"),
    path("gemeenten/<str:code>/startfoto", views.municipality_startfoto, name="municipality"),
    path("gemeenten/<str:code>/startfoto/csv", exports.municipality_csv, name="municipality_csv"),
    path("gemeenten/<str:code>/startfoto/pdf", exports.municipality_pdf, name="municipality_pdf"),
    path(
        "gemeenten/<str:code>/startfoto/<slug:indicator>",
        views.municipality_indicator,
        name="municipality_indicator",
    ),
    path("coalities/<slug:slug>/startfoto", views.coalition_startfoto, name="coalition"),
    path("coalities/<slug:slug>/startfoto/pdf", exports.coalition_pdf, name="coalition_pdf"),
    path("coalities/<slug:slug>/startfoto/notities", views.note_add, name="note_add"),
    path(
        "coalities/<slug:slug>/startfoto/notities/<int:pk>",
        views.note_status,
        name="note_status",
    ),
]
