"""The WSGI application with its URL configuration (and so every view) already imported.

Servers in tests run it with gunicorn's ``--preload``: they load while the test prepares its
data, instead of on their first request.
"""

from django.urls import get_resolver

from kansrijk.conf.wsgi import application

get_resolver().url_patterns  # noqa: B018 (imported for its side effect: every view module)

__all__ = ["application"]
