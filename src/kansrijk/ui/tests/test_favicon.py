import pytest
from django.contrib.staticfiles import finders
from django.test import Client


@pytest.mark.django_db
def test_every_page_names_an_svg_favicon_that_exists(client: Client) -> None:
    html = client.get("/").content.decode()
    assert '<link rel="icon" type="image/svg+xml" href="/static/ui/favicon' in html
    path = finders.find("ui/favicon.svg")
    assert path is not None
    with open(path, encoding="utf-8") as svg:
        assert svg.read().lstrip().startswith("<svg")


@pytest.mark.django_db
def test_a_browser_asking_for_favicon_ico_is_sent_to_the_svg_icon(client: Client) -> None:
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].startswith("/static/ui/favicon")
    assert response["Location"].endswith(".svg")
