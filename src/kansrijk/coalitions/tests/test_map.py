import pytest
from django.test import Client

from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.regions.tests.factories import MunicipalityFactory


@pytest.mark.django_db
def test_the_map_links_each_municipality_with_a_coalition_and_shows_the_same_data_as_a_table(
    client: Client,
) -> None:
    municipality = MunicipalityFactory(name="Wijkstad")
    MunicipalityFactory(name="Leegdorp")
    coalition = CoalitionFactory(
        name="Kansrijke Start Wijkstad", municipalities=[municipality], tranche=3
    )
    page = client.get("/kaart").content.decode()
    assert (
        f'href="/coalities/{coalition.slug}" aria-label="Wijkstad: Kansrijke Start Wijkstad, actief"'
        in page
    )
    assert "Geen coalitie geregistreerd" in page
    assert "De kaart als tabel" in page
    tranche_page = client.get("/kaart?kleur=tranche").content.decode()
    assert "Kansrijke Start Wijkstad, tranche 3" in tranche_page
    assert '<td>3</td><td class="kr-num">1</td>' in tranche_page.replace("\n", "")
