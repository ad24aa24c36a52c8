from django.urls import path

from kansrijk.accounts import account_views, views

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
    path("account", account_views.account, name="account"),
    path("account/tweestapsverificatie", account_views.two_factor_setup, name="two_factor_setup"),
    path(
        "account/tweestapsverificatie/link",
        account_views.two_factor_link_send,
        name="two_factor_link_send",
    ),
    path(
        "account/tweestapsverificatie/link/<str:token>",
        account_views.two_factor_link,
        name="two_factor_link",
    ),
    path("inloggen/code", account_views.two_factor_verify, name="two_factor_verify"),
    path("account/e-mailadres", account_views.email_change, name="email_change"),
    path("account/gegevens.json", account_views.account_export, name="account_export"),
    path("account/verwijderen", account_views.account_delete, name="account_delete"),
    path("account/api-sleutels", account_views.api_keys, name="api_keys"),
    path(
        "account/api-sleutels/<int:pk>/intrekken",
        account_views.api_key_revoke,
        name="api_key_revoke",
    ),
]
