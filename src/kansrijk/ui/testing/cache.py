"""The shared cache in tests: each test process keeps to its own part of it.

Parallel workers (pytest-xdist) and parallel runs share one Redis (CI) or, without Redis,
would share ``var/cache`` with the demo. ``isolate()`` gives this process a key prefix of
its own (and, without Redis, a cache folder of its own); ``clear()`` empties only that part:
Django's ``RedisCache.clear()`` would flush the whole Redis database, other workers' keys
included.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from typing import Any

REDIS = "django.core.cache.backends.redis.RedisCache"


def isolate() -> None:
    """Before the first use of the cache: this test process's own prefix (and folder)."""
    from asgiref.local import Local
    from django.conf import settings
    from django.core.cache import caches, close_caches

    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    default: dict[str, Any] = dict(settings.CACHES["default"])
    default["KEY_PREFIX"] = f"{settings.CACHE_KEY_PREFIX}-test-{worker}-{os.getpid()}"
    if default["BACKEND"] != REDIS:
        default["LOCATION"] = tempfile.mkdtemp(prefix=f"kansrijk-cache-{worker}-")
    settings.CACHES = {**settings.CACHES, "default": default}
    close_caches()
    caches._settings = caches.settings = caches.configure_settings(None)  # type: ignore[attr-defined]
    caches._connections = Local()  # type: ignore[attr-defined]


def clear() -> None:
    """Empty this test process's part of the cache."""
    from django.conf import settings
    from django.core.cache import cache

    default = settings.CACHES["default"]
    if default["BACKEND"] != REDIS:
        cache.clear()
        return
    client = cache._cache.get_client(write=True)  # type: ignore[attr-defined]
    keys = list(client.scan_iter(match=f"{default['KEY_PREFIX']}:*", count=1000))
    if keys:
        client.delete(*keys)


def remove() -> None:
    """At the end of the run: nothing of this process is left behind."""
    from django.conf import settings

    clear()
    default = settings.CACHES["default"]
    if default["BACKEND"] != REDIS:
        shutil.rmtree(str(default["LOCATION"]), ignore_errors=True)
