from django.urls import path

from kansrijk.assessments.views import bank, respond, results, rounds

app_name = "assessments"

urlpatterns = [
    path("analysetool", bank.bank, name="bank"),
    path("beheer/analysetool", bank.bank_manage, name="bank_manage"),
    path(
        "beheer/analysetool/versies/<int:number>.yaml",
        bank.bank_download,
        name="bank_download",
    ),
    path("coalities/<slug:slug>/analysetool", rounds.overview, name="overview"),
    path("coalities/<slug:slug>/analysetool/rondes", rounds.round_open, name="round_open"),
    path("coalities/<slug:slug>/analysetool/rondes/<int:pk>", rounds.round_detail, name="round"),
    path(
        "coalities/<slug:slug>/analysetool/rondes/<int:pk>/links",
        rounds.links_create,
        name="links_create",
    ),
    path(
        "coalities/<slug:slug>/analysetool/rondes/<int:pk>/links/<int:link_pk>/intrekken",
        rounds.link_revoke,
        name="link_revoke",
    ),
    path(
        "coalities/<slug:slug>/analysetool/rondes/<int:pk>/sluiten",
        rounds.round_close,
        name="round_close",
    ),
    path(
        "coalities/<slug:slug>/analysetool/rondes/<int:pk>/resultaten",
        results.results,
        name="results",
    ),
    path(
        "coalities/<slug:slug>/analysetool/rondes/<int:pk>/resultaten.pdf",
        results.results_pdf,
        name="results_pdf",
    ),
    path(
        "coalities/<slug:slug>/analysetool/rondes/<int:pk>/resultaten.csv",
        results.results_csv,
        name="results_csv",
    ),
    path("analysetool/invullen/<str:token>", respond.respond_start, name="respond_start"),
    path(
        "analysetool/invullen/<str:token>/deel/<int:number>",
        respond.respond_part,
        name="respond_part",
    ),
    path("analysetool/invullen/<str:token>/klaar", respond.respond_done, name="respond_done"),
]
