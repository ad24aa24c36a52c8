"""Root URLs: every domain app brings its own ``urls.py`` (see docs/development.md)."""

from importlib.util import find_spec

from django.conf import settings
from django.urls import URLPattern, URLResolver, include, path

urlpatterns: list[URLPattern | URLResolver] = [
    path("i18n/", include("django.conf.urls.i18n")),
]
for app in settings.KANSRIJK_APPS:
    if app != "kansrijk.api" and find_spec(f"{app}.urls") is not None:
        urlpatterns.append(path("", include(f"{app}.urls")))
urlpatterns.append(path("api/v1/", include("kansrijk.api.urls")))
