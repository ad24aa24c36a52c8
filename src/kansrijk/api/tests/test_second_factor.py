"""The API holds the second factor too: a password alone of a national, regional or
adviser account reads nothing through ``/api/v1/``, and its API keys need the second factor."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from kansrijk.accounts.models import User
from kansrijk.accounts.tests.matrix import World, build_world
from kansrijk.api import services
from kansrijk.api.models import ApiToken

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery"  # the matrix world's password
SECOND_FACTOR_ROLES = ("national", "regional", "adviser")
METHODS = ("get", "head", "options", "post", "put", "patch", "delete")


def api_patterns(
    patterns: list[URLPattern | URLResolver] | None = None, namespace: str = ""
) -> Iterator[tuple[str, URLPattern]]:
    """Every named route of the URL configuration under ``/api/``, with its full name."""
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from api_patterns(pattern.url_patterns, inner)
        elif pattern.name:
            yield namespace + pattern.name, pattern


def _code_for(route: str, municipality: str) -> str:
    if "PV" in route:
        return "PV26"
    if "GG" in route:
        return "GG3314"
    return municipality


def api_urls(world: World) -> list[str]:
    municipality = world.coalition.municipalities.first()
    assert municipality is not None
    samples = {"slug": world.coalition.slug, "code": municipality.code, "key": "x"}
    samples |= {"pk": "1", "uuid": "6f1c1a9e-2c6b-4b3e-9a0e-1d2c3b4a5f60"}
    urls = []
    for name, pattern in api_patterns():
        if not name.startswith("api:"):
            continue
        names = re.findall(r"\(\?P<(\w+)>|<(?:\w+:)?(\w+)>", str(pattern.pattern))
        kwargs = {a or b: samples[a or b] for a, b in names}
        if "code" in kwargs:  # a code of the shape the route takes (api/patterns.py)
            kwargs["code"] = _code_for(str(pattern.pattern), kwargs["code"])
        url = reverse(name, kwargs=kwargs)
        if url.startswith("/api/") and name != "api:openapi":  # the document is public
            urls.append(url)
    return urls


def password_only_client(user: User) -> Client:
    client = Client()
    response = client.post("/inloggen", {"username": user.email, "password": PASSWORD})
    assert response.status_code == 302
    return client


def test_the_walk_finds_every_api_route() -> None:
    urls = api_urls(build_world())
    assert len(urls) >= 30 and "/api/v1/coalities/coalitie-a/vroegsignalering" in urls


@pytest.mark.parametrize("role", SECOND_FACTOR_ROLES)
def test_a_password_only_session_of_a_second_factor_role_reaches_no_api_route(role: str) -> None:
    world = build_world()
    user = world.users[role]
    assert user is not None
    client = password_only_client(user)
    wrong = []
    for url in api_urls(world):
        for method in METHODS:
            response = getattr(client, method)(url, HTTP_ACCEPT_LANGUAGE="nl")
            if response.status_code not in (401, 403):
                wrong.append(f"{method.upper()} {url}: {response.status_code}")
            elif method != "head":
                assert response["Content-Type"] == "application/problem+json", url
                assert "tweede factor" in response.json()["detail"], response.json()
    assert not wrong, "\n".join(wrong)


def test_the_same_session_reads_the_api_once_the_second_factor_is_passed() -> None:
    world = build_world()
    user = world.users["national"]
    assert user is not None
    client = Client()
    client.force_login(user)  # a complete log-in in tests (see conftest)
    assert client.get("/api/v1/coalities/coalitie-a/vroegsignalering").status_code == 200


def test_a_second_factor_role_cannot_make_an_api_key_with_only_a_password() -> None:
    world = build_world()
    for role in SECOND_FACTOR_ROLES:
        user = world.users[role]
        assert user is not None
        client = password_only_client(user)
        response = client.post("/account/api-sleutels", {"name": "koppeling"})
        assert response.status_code == 302
        assert response["Location"].startswith("/account/tweestapsverificatie")
        with pytest.raises(ValidationError, match="tweede factor"):
            services.api_token_create(user=user, name="koppeling", second_factor=False)
    assert not ApiToken.objects.exists()


def test_an_api_key_made_after_the_second_factor_works() -> None:
    world = build_world()
    user = world.users["regional"]
    assert user is not None
    client = Client()
    client.force_login(user)
    response = client.post("/account/api-sleutels", {"name": "koppeling"})
    assert response.status_code == 200
    token = ApiToken.objects.get(user=user)
    assert token.second_factor
    key = response.context["new_key"]
    answer = Client().get(
        "/api/v1/coalities/coalitie-a/vroegsignalering", HTTP_AUTHORIZATION=f"Bearer {key}"
    )
    assert answer.status_code == 200


def test_a_key_made_without_the_second_factor_stops_working_when_the_role_needs_one() -> None:
    world = build_world()
    user = world.users["partner"]
    assert user is not None
    _token, key = services.api_token_create(user=user, name="oud", second_factor=False)
    url = "/api/v1/coalities/coalitie-a/vroegsignalering"
    assert Client().get(url, HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 200
    user.is_national_editor = True
    user.save()
    with translation.override("nl"):
        refused = Client().get(url, HTTP_AUTHORIZATION=f"Bearer {key}", HTTP_ACCEPT_LANGUAGE="nl")
    assert refused.status_code == 401
    assert "tweede factor" in refused.json()["detail"]


def test_the_api_session_authentication_refuses_a_session_without_its_second_factor() -> None:
    """Also without the middleware in front (defence in depth)."""
    from rest_framework.exceptions import PermissionDenied
    from rest_framework.request import Request
    from rest_framework.test import APIRequestFactory

    from kansrijk.api.authentication import VerifiedSessionAuthentication

    world = build_world()
    national, partner = world.users["national"], world.users["partner"]
    assert national is not None and partner is not None
    request = APIRequestFactory().get("/api/v1/coalities")
    request.user = national  # logged in by password only: not verified
    request._dont_enforce_csrf_checks = True  # type: ignore[attr-defined]
    with pytest.raises(PermissionDenied):
        VerifiedSessionAuthentication().authenticate(Request(request))
    request.user = partner
    assert VerifiedSessionAuthentication().authenticate(Request(request)) is not None
