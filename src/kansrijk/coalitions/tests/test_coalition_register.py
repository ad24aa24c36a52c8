"""The coalition page, partners, steps, principles and the plan of approach."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from kansrijk.accounts.tests.factories import MembershipFactory, UserFactory
from kansrijk.coalitions import selectors, services
from kansrijk.coalitions.models import BasicPrinciple, PlanDocument
from kansrijk.coalitions.tests.factories import CoalitionFactory, PartnerFactory, PartnerTypeFactory

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def lead_client(client: Client, coalition: object) -> Client:
    client.force_login(MembershipFactory(coalition=coalition, role="lead").user)
    return client


@pytest.mark.django_db
def test_the_coalition_page_lists_the_recommended_partner_types_that_are_still_missing(
    client: Client,
) -> None:
    present, missing = (
        PartnerTypeFactory(name="Verloskundigen"),
        PartnerTypeFactory(name="Kraamzorg"),
    )
    coalition = CoalitionFactory()
    PartnerFactory(coalition=coalition, partner_type=present)
    assert selectors.missing_partner_types(coalition=coalition) == [missing]
    page = client.get(f"/coalities/{coalition.slug}").content.decode()
    assert "Aanbevolen partners die nog ontbreken" in page
    assert "Kraamzorg" in page.split("Aanbevolen partners die nog ontbreken")[1]


@pytest.mark.django_db
def test_contact_persons_of_partners_are_shown_to_members_only(client: Client) -> None:
    coalition = CoalitionFactory()
    PartnerFactory(coalition=coalition, contact_name="Anna Verloskundige (fictief)")
    assert "Anna Verloskundige" not in client.get(f"/coalities/{coalition.slug}").content.decode()
    client.force_login(MembershipFactory(coalition=coalition).user)
    assert "Anna Verloskundige" in client.get(f"/coalities/{coalition.slug}").content.decode()


@pytest.mark.django_db
def test_a_new_step_status_is_appended_and_the_newest_counts() -> None:
    coalition = CoalitionFactory()
    user = UserFactory()
    services.step_status_declare(
        coalition=coalition, step=3, status="in_progress", note="", user=user
    )
    services.step_status_declare(
        coalition=coalition, step=3, status="in_place", note="Zorgpaden vastgesteld", user=user
    )
    step3 = selectors.current_steps(coalition=coalition)[2]
    assert (step3.status, step3.note) == ("in_place", "Zorgpaden vastgesteld")
    assert coalition.step_entries.count() == 2


@pytest.mark.django_db
def test_a_regional_partnership_is_checked_against_the_regional_principles() -> None:
    BasicPrinciple.objects.create(key="l1", scope="local", name="Lokaal", description="x", order=1)
    BasicPrinciple.objects.create(
        key="r1", scope="regional", name="Regionaal", description="x", order=1
    )
    regional = CoalitionFactory(kind="regional")
    assert [v.principle.key for v in selectors.principle_checklist(coalition=regional)] == ["r1"]
    assert [
        v.principle.key for v in selectors.principle_checklist(coalition=CoalitionFactory())
    ] == ["l1"]


@pytest.mark.django_db
def test_the_lead_uploads_a_pdf_plan_that_only_members_can_download(client: Client) -> None:
    coalition = CoalitionFactory()
    lead_client(client, coalition)
    response = client.post(
        f"/coalities/{coalition.slug}/plan-van-aanpak",
        {"file": SimpleUploadedFile("plan.pdf", PDF)},
    )
    assert response.status_code == 302
    plan = PlanDocument.objects.get()
    assert "/private-media/" in plan.file.path or "private-media" in plan.file.path
    download = client.get(f"/coalities/{coalition.slug}/plan-van-aanpak/{plan.pk}")
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")  # type: ignore[attr-defined]
    anonymous = Client().get(f"/coalities/{coalition.slug}/plan-van-aanpak/{plan.pk}")
    assert anonymous.status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"MZ\x90\x00 not a pdf at all", "dit bestand is geen PDF"),
        (b"<html><script>alert(1)</script></html>", "dit bestand is geen PDF"),
        (b"", "Het bestand is leeg"),
    ],
)
def test_an_upload_that_is_not_a_pdf_is_refused_by_its_content_not_its_name(
    client: Client, content: bytes, message: str
) -> None:
    coalition = CoalitionFactory()
    lead_client(client, coalition)
    response = client.post(
        f"/coalities/{coalition.slug}/plan-van-aanpak",
        {"file": SimpleUploadedFile("plan.pdf", content)},
    )
    assert response.status_code == 200
    assert (
        message in response.content.decode()
        or "Het verstuurde bestand is leeg" in response.content.decode()
    )
    assert not PlanDocument.objects.exists()


@pytest.mark.django_db
def test_an_upload_above_the_size_limit_is_refused(client: Client, settings: object) -> None:
    settings.MAX_UPLOAD_BYTES = 100  # type: ignore[attr-defined]
    coalition = CoalitionFactory()
    lead_client(client, coalition)
    response = client.post(
        f"/coalities/{coalition.slug}/plan-van-aanpak",
        {"file": SimpleUploadedFile("plan.pdf", PDF * 10)},
    )
    assert "Het bestand is groter dan" in response.content.decode()
    assert not PlanDocument.objects.exists()


@pytest.mark.django_db
def test_the_partner_form_rejects_bad_input_with_dutch_messages_and_stores_nothing(
    client: Client,
) -> None:
    coalition = CoalitionFactory()
    lead_client(client, coalition)
    response = client.post(
        f"/coalities/{coalition.slug}/partners",
        {
            "organisation": "",
            "partner_type": "999",
            "ring": "middle",
            "contact_email": "geen-adres",
        },
    )
    page = response.content.decode()
    assert "Dit veld is vereist." in page
    assert "Voer een geldig e-mailadres in." in page
    assert coalition.partners.count() == 0


@pytest.mark.django_db
def test_every_change_to_a_partner_is_in_the_lead_s_change_log(client: Client) -> None:
    coalition = CoalitionFactory()
    lead_client(client, coalition)
    partner_type = PartnerTypeFactory()
    client.post(
        f"/coalities/{coalition.slug}/partners",
        {
            "organisation": "Kraamzorg De Ooievaar (fictief)",
            "partner_type": partner_type.pk,
            "ring": "inner",
        },
    )
    log = client.get(f"/coalities/{coalition.slug}/logboek").content.decode()
    assert "Kraamzorg De Ooievaar (fictief)" in log
    other = CoalitionFactory()
    PartnerFactory(coalition=other, organisation="Andere Organisatie (fictief)")
    assert (
        "Andere Organisatie"
        not in client.get(f"/coalities/{coalition.slug}/logboek").content.decode()
    )


@pytest.mark.django_db
def test_the_coalition_list_exports_as_csv_with_formulae_neutralised(client: Client) -> None:
    CoalitionFactory(name='=HYPERLINK("http://x")')
    body = client.get("/coalities/export.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in body
