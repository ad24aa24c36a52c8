from datetime import timedelta

from django.utils import timezone

from kansrijk.accounts.models import Invitation
from kansrijk.accounts.services import hash_token
from kansrijk.accounts.tests.matrix import (
    LOGIN,
    NOT_FOUND,
    OK,
    REDIRECT,
    Expect,
    World,
    custom,
    lead,
    lead_read,
    logged_in,
    public,
)


def expectations(world: World) -> list[Expect]:
    invitation = Invitation.objects.create(
        email="nieuw@example.org",
        coalition=world.coalition,
        role="partner",
        token_hash=hash_token("matrix-token"),
        expires_at=timezone.now() + timedelta(days=3),
    )
    slug = {"slug": world.coalition.slug}
    return [
        # Logged-in users are sent on to their overview.
        custom(
            "accounts:login",
            {},
            anonymous=OK,
            outsider=REDIRECT,
            partner=REDIRECT,
            lead=REDIRECT,
            regional=REDIRECT,
            national=REDIRECT,
            adviser=REDIRECT,
        ),
        custom(
            "accounts:logout",
            {},
            method="post",
            anonymous=REDIRECT,
            outsider=REDIRECT,
            partner=REDIRECT,
            lead=REDIRECT,
            regional=REDIRECT,
            national=REDIRECT,
            adviser=REDIRECT,
        ),
        public("accounts:invitation", {"token": "matrix-token"}),
        lead_read("accounts:members", slug),
        lead(
            "accounts:invitation_revoke", {**slug, "pk": invitation.pk}, method="post", ok=REDIRECT
        ),
        lead_read("accounts:audit_log", slug),
        logged_in("accounts:account"),
        logged_in("accounts:two_factor_setup"),
        # Anyone logged in may ask for the link that allows a first second factor; the link
        # with a wrong token is nobody's.
        custom(
            "accounts:two_factor_link_send",
            {},
            method="post",
            anonymous=LOGIN,
            outsider=REDIRECT,
            partner=REDIRECT,
            lead=REDIRECT,
            regional=REDIRECT,
            national=REDIRECT,
            adviser=REDIRECT,
        ),
        custom(
            "accounts:two_factor_link",
            {"token": "not-a-token"},
            anonymous=LOGIN,
            outsider=NOT_FOUND,
            partner=NOT_FOUND,
            lead=NOT_FOUND,
            regional=NOT_FOUND,
            national=NOT_FOUND,
            adviser=NOT_FOUND,
        ),
        # Without a second factor there is nothing to verify: on to setting one up.
        custom(
            "accounts:two_factor_verify",
            {},
            anonymous=LOGIN,
            outsider=REDIRECT,
            partner=REDIRECT,
            lead=REDIRECT,
            regional=OK,
            national=OK,
            adviser=OK,  # advisers log in with a second factor too
        ),
        logged_in("accounts:email_change"),
        logged_in("accounts:account_export"),
        logged_in("accounts:account_delete"),
        logged_in("accounts:api_keys"),
        # Only one's own keys: someone else's (or an unknown) key is not found.
        custom(
            "accounts:api_key_revoke",
            {"pk": 999999},
            method="post",
            anonymous=LOGIN,
            outsider=NOT_FOUND,
            partner=NOT_FOUND,
            lead=NOT_FOUND,
            regional=NOT_FOUND,
            national=NOT_FOUND,
            adviser=NOT_FOUND,
        ),
    ]


__all__ = ["LOGIN", "expectations"]
