from datetime import timedelta

from django.utils import timezone

from kansrijk.accounts.models import Invitation
from kansrijk.accounts.services import hash_token
from kansrijk.accounts.tests.matrix import LOGIN, OK, REDIRECT, Expect, World, custom, lead, public


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
        ),
        public("accounts:invitation", {"token": "matrix-token"}),
        lead("accounts:members", slug),
        lead(
            "accounts:invitation_revoke", {**slug, "pk": invitation.pk}, method="post", ok=REDIRECT
        ),
        lead("accounts:audit_log", slug),
    ]


__all__ = ["LOGIN", "expectations"]
