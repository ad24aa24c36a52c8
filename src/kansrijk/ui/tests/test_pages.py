import pytest
from django.test import Client


@pytest.mark.django_db
def test_pages_are_dutch_by_default_and_english_on_request(client: Client) -> None:
    assert "Direct naar de inhoud" in client.get("/").content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert "Skip to content" in client.get("/").content.decode()


@pytest.mark.django_db
def test_every_page_sends_a_content_security_policy_without_unsafe_inline(client: Client) -> None:
    policy = client.get("/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "unsafe-inline" not in policy


@pytest.mark.django_db
def test_the_accessibility_statement_says_what_was_tested_and_how(client: Client) -> None:
    text = client.get("/toegankelijkheid").content.decode()
    assert "axe-core" in text
    assert "WCAG 2.2" in text


@pytest.mark.django_db
def test_the_accessibility_statement_follows_the_dutch_model(client: Client) -> None:
    text = client.get("/toegankelijkheid").content.decode()
    for section in ("scope", "status", "research", "shortcomings", "contact", "complaints"):
        assert f'id="{section}"' in text
    assert "Voldoet gedeeltelijk" in text
    assert "Nationale ombudsman" in text
