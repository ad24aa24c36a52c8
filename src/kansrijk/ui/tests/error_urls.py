"""The site's URLs plus two that fail, for the error page tests."""

from django.core.exceptions import SuspiciousOperation
from django.http import HttpRequest, HttpResponse
from django.urls import path

from kansrijk.conf.urls import urlpatterns as site_urlpatterns


def broken(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("a programming error")


def suspicious(request: HttpRequest) -> HttpResponse:
    raise SuspiciousOperation("a request that makes no sense")


urlpatterns = [
    path("test/kapot", broken),
    path("test/verdacht", suspicious),
    *site_urlpatterns,
]
