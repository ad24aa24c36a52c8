from django.urls import path

from kansrijk.support import agenda_views, parents_views, views

app_name = "support"

urlpatterns = [
    path("adviseur", views.adviser_overview, name="adviser_overview"),
    path("coalities/<slug:slug>/adviezen", views.advice_log, name="advice_log"),
    path(
        "coalities/<slug:slug>/adviezen/<int:pk>/afgerond",
        views.follow_up_complete,
        name="follow_up_complete",
    ),
    path("coalities/<slug:slug>/vergelijkbare-coalities", views.peer_suggestions, name="peers"),
    path(
        "coalities/<slug:slug>/vergelijkbare-coalities/instellingen",
        views.peer_settings,
        name="peer_settings",
    ),
    path(
        "coalities/<slug:slug>/vergelijkbare-coalities/<slug:other>/bericht",
        views.peer_contact,
        name="peer_contact",
    ),
    path("coalities/<slug:slug>/berichten", views.peer_messages, name="messages"),
    path("coalities/<slug:slug>/stem-van-ouders", parents_views.overview, name="parents"),
    path(
        "coalities/<slug:slug>/stem-van-ouders/<int:pk>",
        parents_views.results,
        name="parent_results",
    ),
    path(
        "coalities/<slug:slug>/stem-van-ouders/<int:pk>/sluiten",
        parents_views.close,
        name="parent_close",
    ),
    path(
        "coalities/<slug:slug>/stem-van-ouders/<int:pk>/opmerkingen",
        parents_views.review,
        name="parent_review",
    ),
    path("ouders/<str:code>", parents_views.start, name="parent_start"),
    path("ouders/<str:code>/vragen", parents_views.questions, name="parent_questions"),
    path("ouders/<str:code>/bedankt", parents_views.thanks, name="parent_thanks"),
    path("agenda", agenda_views.agenda_list, name="agenda"),
    path("agenda.ics", agenda_views.agenda_feed, name="agenda_feed"),
    path("agenda/nieuw", agenda_views.event_new, name="event_new"),
    path("agenda/aanwezigheid", agenda_views.attendance, name="attendance"),
    path("agenda/<int:pk>", agenda_views.event_detail, name="event"),
    path("agenda/<int:pk>/aanmelden", agenda_views.event_register, name="event_register"),
    path("agenda/<int:pk>/afmelden", agenda_views.event_cancel_registration, name="event_cancel"),
    path("agenda/<int:pk>/materiaal", agenda_views.material_add, name="material_add"),
]
