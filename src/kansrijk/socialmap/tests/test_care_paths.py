"""Care paths: versions appended, older versions readable, the lead edits."""

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap.models import CarePathVersion, RiskSituation
from kansrijk.socialmap.services.carepaths import CarePathData, StepData, care_path_save
from kansrijk.socialmap.tests.factories import make_coalition, make_organization, make_service

pytestmark = pytest.mark.django_db


def data(**changes: Any) -> CarePathData:
    values: dict[str, Any] = {
        "signallers": "Verloskundige",
        "owner": "Werkgroep zorgpaden",
        "steps": [StepData(text="Vraag naar geldzorgen.")],
    }
    values.update(changes)
    return CarePathData(**values)


def test_a_change_is_a_new_version_and_the_old_one_stays_readable(
    reference: None, coalition: Coalition, client: Client
) -> None:
    debts = RiskSituation.objects.get(key="finances-and-debts")
    care_path_save(coalition=coalition, risk_situation=debts, data=data())
    care_path_save(
        coalition=coalition,
        risk_situation=debts,
        data=data(signallers="JGZ-verpleegkundige", change_note="JGZ signaleert nu ook"),
    )
    versions = CarePathVersion.objects.order_by("number")
    assert [v.number for v in versions] == [1, 2]
    assert versions[0].signallers == "Verloskundige"
    old = client.get(
        reverse("socialmap:care_path_version", args=["testrijk", debts.key, 1]),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "Verloskundige" in old.content.decode()
    assert "This is an older version." in old.content.decode()
    current = client.get(reverse("socialmap:care_path_detail", args=["testrijk", debts.key]))
    assert "JGZ-verpleegkundige" in current.content.decode()


def test_a_care_path_without_steps_is_refused_and_nothing_is_stored(
    reference: None, coalition: Coalition
) -> None:
    debts = RiskSituation.objects.get(key="finances-and-debts")
    with pytest.raises(ValidationError):
        care_path_save(
            coalition=coalition, risk_situation=debts, data=data(steps=[StepData(text=" ")])
        )
    assert not CarePathVersion.objects.exists()


def test_a_step_cannot_refer_to_a_service_of_another_coalition(
    reference: None, coalition: Coalition
) -> None:
    foreign = make_service(organization=make_organization(coalition=make_coalition()))
    debts = RiskSituation.objects.get(key="finances-and-debts")
    with pytest.raises(ValidationError):
        care_path_save(
            coalition=coalition,
            risk_situation=debts,
            data=data(steps=[StepData(text="Verwijs.", services=[foreign])]),
        )


def test_the_lead_saves_a_care_path_through_the_form(
    reference: None, coalition: Coalition, lead_user: User, client: Client
) -> None:
    service = make_service(organization=make_organization(coalition=coalition))
    addiction = RiskSituation.objects.get(key="addiction")
    client.force_login(lead_user)
    response = client.post(
        reverse("socialmap:care_path_new", args=["testrijk"]),
        {
            "risk_situation": addiction.pk,
            "visibility": "professionals",
            "signallers": "Huisarts",
            "owner": "Werkgroep",
            "warm_handover": "on",
            "step_1": "Vraag naar gebruik.",
            "step_2": "Verwijs door.",
            "step_2_services": [service.pk],
        },
    )
    assert response.status_code == 302
    version = CarePathVersion.objects.get()
    assert version.warm_handover and not version.case_meeting
    assert [s.text for s in version.steps.all()] == ["Vraag naar gebruik.", "Verwijs door."]
    assert list(version.steps.all()[1].services.all()) == [service]


def test_the_form_asks_for_at_least_one_step(
    reference: None, coalition: Coalition, lead_user: User, client: Client
) -> None:
    client.force_login(lead_user)
    addiction = RiskSituation.objects.get(key="addiction")
    response = client.post(
        reverse("socialmap:care_path_new", args=["testrijk"]),
        {
            "risk_situation": addiction.pk,
            "visibility": "public",
            "signallers": "Huisarts",
            "owner": "Werkgroep",
        },
    )
    assert response.status_code == 200
    assert not CarePathVersion.objects.exists()
