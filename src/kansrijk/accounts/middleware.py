"""Sessions and second factor, enforced on every request; denied access and exports logged.

- Idle timeout (``KANSRIJK_SESSION_IDLE_SECONDS``) and absolute timeout (``SESSION_COOKIE_AGE``
  counted from the log-in): the session ends and the user logs in again.
- Two-factor log-in: national editors and regional coordinators must set up and use TOTP;
  anyone who set it up must use it. Until then only the 2FA pages and log-out are open; the
  API answers such a session 403 (problem JSON) for every method, reads included.
- A 403 answer is logged as denied access; a download (``Content-Disposition: attachment``)
  as an export.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from kansrijk.accounts import two_factor
from kansrijk.accounts.security_log import DENIED, current_request, record
from kansrijk.accounts.signals import LOGIN_AT

LAST_SEEN = "kansrijk_last_seen"
OPEN_PREFIXES = ("/static/", "/i18n/", "/healthz", "/api/v1/openapi.json")


class AccountSecurityMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = current_request.set(request)
        try:
            early = self._check(request)
            response = early if early is not None else self.get_response(request)
            self._log(request, response)
            return response
        finally:
            current_request.reset(token)

    def _check(self, request: HttpRequest) -> HttpResponse | None:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        now = time.time()
        session = request.session
        login_at = float(session.get(LOGIN_AT, now))
        last_seen = float(session.get(LAST_SEEN, now))
        if (
            now - last_seen > settings.KANSRIJK_SESSION_IDLE_SECONDS
            or now - login_at > settings.SESSION_COOKIE_AGE
        ):
            record("session_expired", request=request, object=f"user:{user.pk}")
            logout(request)
            messages.info(request, _("Your session has ended; please log in again."))
            return redirect_to_login(request.get_full_path())
        session[LAST_SEEN] = now
        session.setdefault(LOGIN_AT, now)
        if request.path.startswith(OPEN_PREFIXES) or two_factor.is_open_path(request.path):
            return None
        if not two_factor.is_verified(user) and (
            two_factor.required_for(user) or two_factor.has_device(user)
        ):
            if request.path.startswith("/api/"):
                # Every method: a password alone must not read what the role may read.
                from kansrijk.api.problems import problem_response

                return problem_response(request, 403, _("Log in with your second factor first."))
            target = "accounts:two_factor_verify"
            if not two_factor.has_device(user):
                target = "accounts:two_factor_setup"
            query = urlencode({"next": request.get_full_path()})
            return HttpResponseRedirect(f"{reverse(target)}?{query}")
        return None

    def _log(self, request: HttpRequest, response: HttpResponse) -> None:
        if response.status_code == 403:
            record("access_denied", result=DENIED, request=request, object=request.path[:300])
        elif response.status_code == 200 and "attachment" in response.get(
            "Content-Disposition", ""
        ):
            record("export", request=request, object=request.path[:300])
