"""Test-wide settings: fast password hashing, private media in a temporary folder, a part of
the shared cache of this test process's own."""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Without DATABASE_URL the tests use the embedded PostgreSQL server (ADR 0011): start it
    here, so that ``pytest`` run by hand works as ``make test`` does. Runs in the controller
    before any xdist worker starts; quick when the server already runs."""
    if os.environ.get("DATABASE_URL") or hasattr(config, "workerinput"):
        return
    script = Path(__file__).resolve().parents[1] / "scripts" / "dbserver.py"
    subprocess.run([sys.executable, str(script), "start"], check=True, capture_output=True)  # noqa: S603


@pytest.fixture(autouse=True, scope="session")
def _own_part_of_the_cache() -> Iterator[None]:
    """Parallel workers share one Redis (or machine): each keeps to its own keys
    (``kansrijk.ui.testing.cache``) and leaves none behind."""
    from kansrijk.ui.testing import cache as test_cache

    test_cache.isolate()
    yield
    test_cache.remove()


@pytest.fixture(autouse=True)
def _test_settings(settings: Any, tmp_path: Path) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "private-media"
    settings.PRIVATE_MEDIA_ROOT = settings.MEDIA_ROOT
    settings.AXES_ENABLED = False
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    """Every test starts with an empty cache: cache keys built from database ids (data
    versions) would otherwise repeat across rolled-back tests and serve another test's data."""
    from kansrijk.socialmap.search import lists
    from kansrijk.ui.testing import cache as test_cache

    test_cache.clear()
    lists.clear()  # the social map's in-memory lists and answers about the index
    lists.forget_shared_version()


@pytest.fixture(autouse=True)
def _force_login_includes_the_second_factor(monkeypatch: pytest.MonkeyPatch) -> None:
    """In tests, ``Client.force_login`` stands for a complete log-in, second factor included.

    National and regional roles must log in with TOTP (accounts.middleware); tests of other
    behaviour use force_login and so get a verified session. The two-factor tests themselves
    log in through the real forms.
    """
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from kansrijk.accounts import two_factor

    original = Client.force_login

    def force_login(self: Client, user: Any, backend: str | None = None) -> None:
        original(self, user, backend)
        if two_factor.required_for(user) or two_factor.has_device(user):
            device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
            if device is None:
                device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()

    monkeypatch.setattr(Client, "force_login", force_login)
