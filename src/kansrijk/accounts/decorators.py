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
# Who may write (POST and other unsafe methods) through a ``member`` view: ``members`` (the
# coalition's own members and national editors; never its regional coordinator or adviser),
# or ``view`` when the view checks writes itself (an adviser's own log).
Writers = Literal["members", "view"]
READ_METHODS = ("GET", "HEAD")
CoalitionView = Callable[..., HttpResponse]


def _deny(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise PermissionDenied


def _allowed(level: Level, writers: Writers, request: HttpRequest, coalition: Coalition) -> bool:
    user = request.user
    if level == "public":
        return True
    if level == "member":
        if request.method in READ_METHODS or writers == "view":
            return access.can_view_coalition(user, coalition)
        return access.can_contribute_to_coalition(user, coalition)
    if access.can_edit_coalition(user, coalition):
        return True
    return (
        level == "lead_read"
        and request.method in READ_METHODS
        and access.is_adviser_for(user, coalition)
    )


def coalition_view(
    level: Level, writers: Writers = "members"
) -> Callable[[CoalitionView], Callable[..., HttpResponse]]:
    """Load the coalition from the ``slug`` kwarg and check ``level`` before the view runs.

    ``public``: everybody; ``member``: members, the regional coordinator, the coalition's
    advisers and national editors read, and only members and national editors write (a
    POST of the regional coordinator or an adviser is refused, see ``Writers``); ``lead``: the coalition lead and national editors; ``lead_read``: a page of the
    lead that the coalition's advisers may also read (an adviser sees what the lead sees,
    and changes nothing: a POST stays the lead's).
    """

    def decorator(view: CoalitionView) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, slug: str, *args: Any, **kwargs: Any) -> HttpResponse:
            coalition = get_object_or_404(Coalition, slug=slug)
            if not _allowed(level, writers, request, coalition):
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
    """National editors and regional coordinators read (pages that compare coalitions);
    a write through them is the national editor's only."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        user = request.user
        regional = request.method in READ_METHODS and access.is_regional_coordinator(user)
        if not (access.is_national_editor(user) or regional):
            return _deny(request)
        return view(request, *args, **kwargs)

    return wrapper
