"""The HSDS 3.0 mapping (pure): runs without Django (``pytest -p no:django``)."""

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kansrijk.socialmap.hsds.export import service_json, service_page
from kansrijk.socialmap.hsds.parse import HsdsImportError, parse_services
from kansrijk.socialmap.hsds.records import (
    AddressRecord,
    AreaRecord,
    ContactRecord,
    LocationRecord,
    OrganizationRecord,
    ServiceRecord,
)
from kansrijk.socialmap.hsds.schema import validate
from kansrijk.socialmap.hsds.tabular import flatten, unflatten

ORGANIZATION = OrganizationRecord(
    id=uuid.UUID("11111111-1111-4111-8111-111111111111"),
    name="Schuldhulpverlening Utrecht (fictief)",
    description="Gemeentelijke hulp bij geldzorgen.",
    email="geldhulp@gemeente-utrecht.example",
    website="https://geldhulp-utrecht.example",
    phone="088 000 1004",
)


def a_service(**changes: object) -> ServiceRecord:
    service = ServiceRecord(
        id=uuid.UUID("22222222-2222-4222-8222-222222222222"),
        organization=ORGANIZATION,
        name="Schuldhulpverlening met voorrang voor zwangeren",
        description="Hulp bij schulden; zwangeren krijgen binnen drie werkdagen een gesprek.",
        status="active",
        url="https://geldhulp-utrecht.example/zwanger",
        email="geldhulp@gemeente-utrecht.example",
        phone="088 000 1004",
        eligibility="Inwoner van de gemeente, 18 jaar of ouder.",
        target_group="Inwoners met schulden of geldzorgen.",
        costs="Gratis.",
        application_process="Zelf aanmelden of via een professional.",
        access="both",
        domain="social",
        phases=("during_pregnancy", "after_birth"),
        risk_situations=("finances-and-debts", "uninsured"),
        languages=("nl", "en"),
        areas=(AreaRecord(code="GM0344", name="Utrecht"),),
        locations=(
            LocationRecord(
                id=uuid.UUID("33333333-3333-4333-8333-333333333333"),
                name="Stadskantoor",
                address=AddressRecord(
                    street="Raadhuisplein 1",
                    postal_code="3511 AA",
                    city="Utrecht",
                    province="Utrecht",
                ),
            ),
        ),
        contacts=(
            ContactRecord(
                id=uuid.UUID("44444444-4444-4444-8444-444444444444"),
                name="Ilse Jansen (fictief)",
                title="consulent",
                phone="088 000 1099",
            ),
        ),
        assured_date=date(2026, 3, 1),
        assurer_email="trekker@kansrijk.example",
        last_modified=datetime(2026, 3, 1, 12, 0, tzinfo=UTC),
    )
    return replace(service, **changes)  # type: ignore[arg-type]


def test_an_exported_service_validates_against_the_hsds_schema() -> None:
    assert validate("service", [service_json(a_service())]) == []


def test_an_exported_page_holds_every_service_and_validates() -> None:
    page = service_page([a_service(), a_service(id=uuid.uuid4(), status="temporarily closed")])
    assert page["total_items"] == 2 and page["size"] == 2 and page["last_page"]
    assert validate("service", page["contents"]) == []


def test_a_service_without_optional_data_still_validates() -> None:
    bare = ServiceRecord(
        id=uuid.uuid4(),
        organization=OrganizationRecord(
            id=uuid.uuid4(), name="Home-Start Zwolle (fictief)", description=""
        ),
        name="Home-Start",
        description="",
    )
    assert validate("service", [service_json(bare)]) == []


def test_an_export_reads_back_as_the_same_records() -> None:
    original = a_service()
    assert parse_services(service_page([original])) == [original]


def test_the_tabular_form_reads_back_as_the_same_records() -> None:
    original = a_service()
    tables = flatten([service_json(original)])
    assert {row["id"] for row in tables["service"]} == {str(original.id)}
    assert parse_services(unflatten(tables)) == [original]


def test_a_document_with_errors_is_rejected_with_every_error() -> None:
    good = service_json(a_service())
    broken = {**good, "id": "not-a-uuid", "status": "open"}
    with pytest.raises(HsdsImportError) as caught:
        parse_services([good, broken])
    fields = {(error.item, error.path) for error in caught.value.errors}
    assert fields == {(1, "id"), (1, "status")}


def test_a_service_twice_in_one_document_is_rejected() -> None:
    with pytest.raises(HsdsImportError):
        parse_services([service_json(a_service()), service_json(a_service())])


def test_a_service_may_name_its_organization_by_id() -> None:
    data = service_json(a_service())
    organization = data.pop("organization")
    records = parse_services([data], organizations=[organization])
    assert records[0].organization == ORGANIZATION


def test_a_service_without_a_known_organization_is_rejected() -> None:
    data = service_json(a_service())
    del data["organization"]
    with pytest.raises(HsdsImportError):
        parse_services([data])


texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40)


@settings(max_examples=30, deadline=None)
@given(name=texts.filter(str.strip), description=texts, costs=texts, target=texts)
def test_any_text_survives_the_round_trip_through_json_and_tables(
    name: str, description: str, costs: str, target: str
) -> None:
    original = a_service(name=name, description=description, costs=costs, target_group=target)
    assert validate("service", [service_json(original)]) == []
    assert parse_services(unflatten(flatten([service_json(original)]))) == [original]


def test_an_empty_required_province_survives_the_tables() -> None:
    location = LocationRecord(
        id=uuid.UUID("55555555-5555-4555-8555-555555555555"),
        name="Buurthuis",
        address=AddressRecord(street="Kerkstraat 1", postal_code="1234 AB", city="Ergens"),
    )
    original = a_service(locations=(location,))
    services = unflatten(flatten([service_json(original)]))
    assert validate("service", services) == []
    assert parse_services(services) == [original]
