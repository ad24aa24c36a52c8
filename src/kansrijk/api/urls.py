"""API v1: plumbing only. Each domain app brings ``<app>/api/urls.py``."""

from importlib.util import find_spec

from django.conf import settings
from django.urls import URLPattern, URLResolver, include, path

from kansrijk.api.openapi import openapi_document

app_name = "api"

urlpatterns: list[URLPattern | URLResolver] = [
    path("openapi.json", openapi_document, name="openapi"),
]
for app in settings.KANSRIJK_APPS:
    if (
        app != "kansrijk.api"
        and find_spec(f"{app}.api") is not None
        and find_spec(f"{app}.api.urls")
    ):
        urlpatterns.append(path("", include(f"{app}.api.urls")))
