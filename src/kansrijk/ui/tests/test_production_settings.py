"""The production settings pass Django's deployment checklist and send the expected headers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

SRC = Path(__file__).resolve().parents[3]
PRODUCTION = {
    "KANSRIJK_ENV": "production",
    "SECRET_KEY": "p" * 20 + "-production-like-secret-for-the-check-" + "q" * 20,
    "ALLOWED_HOSTS": "kansrijk.example",
    "DATABASE_URL": "postgres://kansrijk@db.kansrijk.example:5432/kansrijk",
}


def test_check_deploy_with_the_production_settings_gives_no_warning(tmp_path: Path) -> None:
    env = {**os.environ, **PRODUCTION, "KANSRIJK_VAR_DIR": str(tmp_path)}
    env.pop("DEBUG", None)
    # Browser tests in the same worker set this for Playwright; a deployment never has it.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=SRC,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def _settings_in_a_new_process(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    code = "from django.conf import settings; print(settings.DATABASES['default']['HOST'])"
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=SRC,
        env={**env, "DJANGO_SETTINGS_MODULE": "kansrijk.conf.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_a_database_url(tmp_path: Path) -> None:
    env = {**os.environ, **PRODUCTION, "KANSRIJK_VAR_DIR": str(tmp_path)}
    env.pop("DATABASE_URL")
    result = _settings_in_a_new_process(env)
    assert result.returncode != 0
    assert "Set DATABASE_URL" in result.stderr


def test_without_a_database_url_development_uses_the_embedded_server_socket(tmp_path: Path) -> None:
    env = {**os.environ, "KANSRIJK_VAR_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    env.pop("KANSRIJK_ENV", None)
    result = _settings_in_a_new_process(env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(tmp_path.resolve() / "pgdata")


def test_the_content_security_policy_allows_no_inline_code() -> None:
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    for values in directives.values():
        assert "'unsafe-inline'" not in values and "'unsafe-eval'" not in values
    assert directives["script-src"] == ["'self'"] and directives["frame-ancestors"] == ["'none'"]


@pytest.mark.django_db
def test_pages_send_the_security_headers(client: Client) -> None:
    response = client.get("/")
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
