"""The cache is one for every process: Redis when REDIS_URL is set, otherwise a folder under
var/ that every process of the machine shares; cached page parts change with the release."""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from kansrijk.ui import context_processors, release
from kansrijk.ui.navigation import Link

SETTINGS = Path(__file__).resolve().parents[2] / "conf" / "settings.py"


def _settings_with(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, **env: str) -> dict[str, Any]:
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.delenv("KANSRIJK_CACHE_PREFIX", raising=False)
    monkeypatch.setenv("KANSRIJK_VAR_DIR", str(tmp_path))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS))


def test_without_redis_every_process_of_the_machine_shares_a_cache_folder_under_var(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cache = _settings_with(monkeypatch, tmp_path)["CACHES"]["default"]
    assert cache["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert cache["LOCATION"] == str(tmp_path / "cache")


def test_with_redis_url_the_cache_is_redis(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = _settings_with(
        monkeypatch, tmp_path, REDIS_URL="redis://cache.internal:6379/2", KANSRIJK_CACHE_PREFIX="a"
    )
    cache = settings["CACHES"]["default"]
    assert cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache["LOCATION"] == "redis://cache.internal:6379/2"
    assert cache["KEY_PREFIX"] == "a"


@pytest.mark.django_db
def test_a_new_release_never_shows_the_menu_cached_by_the_previous_one(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(context_processors, "fingerprint", lambda: "release-1")
    assert "Nieuwe pagina" not in client.get("/").content.decode()
    new_link = Link("ui:privacy", "Nieuwe pagina")
    monkeypatch.setattr(context_processors, "main_menu", lambda: [new_link])
    monkeypatch.setattr(context_processors, "fingerprint", lambda: "release-2")
    assert "Nieuwe pagina" in client.get("/").content.decode()


def test_the_release_fingerprint_follows_the_templates_and_translations(
    monkeypatch: pytest.MonkeyPatch, settings: Any, tmp_path: Path
) -> None:
    settings.KANSRIJK_RELEASE = ""
    template = tmp_path / "ui" / "templates" / "ui" / "base.html"
    template.parent.mkdir(parents=True)
    template.write_text("<nav>oud</nav>")
    monkeypatch.setattr(release, "PACKAGE", tmp_path)
    release.fingerprint.cache_clear()
    before = release.fingerprint()
    template.write_text("<nav>nieuw</nav>")
    release.fingerprint.cache_clear()
    assert release.fingerprint() != before
    settings.KANSRIJK_RELEASE = "abc123"
    release.fingerprint.cache_clear()
    assert release.fingerprint() == "abc123"
    release.fingerprint.cache_clear()
