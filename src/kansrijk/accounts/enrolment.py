"""Who may add a first second factor to an account: proof beyond the password.

A password alone does not let anyone add an authenticator to an account (whoever learnt the
password would then own the second factor too). The session must also show control of the
account's mailbox: it accepted an invitation (the first log-in link), or it opened the link
that ``enrolment_link_send`` e-mails to the account's address. Replacing a confirmed device
needs a session verified with the old one (``account_views.two_factor_setup``).
"""

from __future__ import annotations

from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.mail import send_mail
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from kansrijk.accounts.models import User

SESSION_KEY = "kansrijk_totp_enrolment"


class _EnrolmentTokens(PasswordResetTokenGenerator):
    """Valid for PASSWORD_RESET_TIMEOUT, until the next log-in or a new password."""

    key_salt = "kansrijk.accounts.enrolment"


tokens = _EnrolmentTokens()


def allow(request: HttpRequest, user: User) -> None:
    request.session[SESSION_KEY] = user.pk


def allowed(request: HttpRequest, user: User) -> bool:
    return bool(request.session.get(SESSION_KEY) == user.pk)


def link_send(*, request: HttpRequest, user: User) -> None:
    path = reverse("accounts:two_factor_link", kwargs={"token": tokens.make_token(user)})
    send_mail(
        subject=_("Set up two-factor log-in for Kansrijk"),
        message=_(
            "Open this link in the browser where you are logged in to set up two-factor "
            "log-in:\n%(link)s\n\nDid you not ask for this? Then someone knows your password: "
            "change it and tell the national editor."
        )
        % {"link": request.build_absolute_uri(path)},
        from_email=None,
        recipient_list=[user.email],
    )


def link_open(*, request: HttpRequest, user: User, token: str) -> bool:
    if not tokens.check_token(user, token):
        return False
    allow(request, user)
    return True
