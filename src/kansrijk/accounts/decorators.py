"""View decorators that apply the rules of access in one place."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, Literal

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.http.response import HttpResponseBase as HttpResponse
from django.shortcuts import get_object_or_404

from kansrijk.accounts import access
from kansrijk.coalitions.models import Coalition

Level = Literal["public", "member", "lead", "lead_read"]
READ_METHODS = ("GET", "HEAD")
CoalitionView = Callable[..., HttpResponse]


def _deny(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise PermissionDenied


def _allowed(level: Level, request: HttpRequest, coalition: Coalition) -> bool:
    user = request.user
    if level == "public":
        return True
    if level == "member":
        return access.can_view_coalition(user, coalition)
    if access.can_edit_coalition(user, coalition):
        return True
    return (
        level == "lead_read"
        and request.method in READ_METHODS
        and access.is_adviser_for(user, coalition)
    )


def coalition_view(level: Level) -> Callable[[CoalitionView], Callable[..., HttpResponse]]:
    """Load the coalition from the ``slug`` kwarg and check ``level`` before the view runs.

    ``public``: everybody; ``member``: members, the regional coordinator and national
    editors; ``lead``: the coalition lead and national editors; ``lead_read``: a page of the
    lead that the coalition's advisers may also read (an adviser sees what the lead sees,
    and changes nothing: a POST stays the lead's).
    """

    def decorator(view: CoalitionView) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, slug: str, *args: Any, **kwargs: Any) -> HttpResponse:
            coalition = get_object_or_404(Coalition, slug=slug)
            if not _allowed(level, request, coalition):
                return _deny(request)
            return view(request, coalition, *args, **kwargs)

        return wrapper

    return decorator


def login_required_403(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Any logged-in user; anonymous users are sent to log in."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper


def national_editor_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not access.is_national_editor(request.user):
            return _deny(request)
        return view(request, *args, **kwargs)

    return wrapper


def overview_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """National editors and regional coordinators (pages that compare coalitions)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not (
            access.is_national_editor(request.user) or access.is_regional_coordinator(request.user)
        ):
            return _deny(request)
        return view(request, *args, **kwargs)

    return wrapper
