from django.urls import path

from kansrijk.accounts import views

app_name = "accounts"

urlpatterns = [
    path("inloggen", views.LoginView.as_view(), name="login"),
    path("uitloggen", views.LogoutView.as_view(), name="logout"),
    path("uitnodiging/<str:token>", views.invitation, name="invitation"),
    path("coalities/<slug:slug>/leden", views.members, name="members"),
    path(
        "coalities/<slug:slug>/uitnodigingen/<int:pk>/intrekken",
        views.invitation_revoke,
        name="invitation_revoke",
    ),
    path("coalities/<slug:slug>/logboek", views.audit_log, name="audit_log"),
]
