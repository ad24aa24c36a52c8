"""API representations: services in the HSDS 3.0 shape, care paths with their current
version, risk situations."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from kansrijk.socialmap.hsds.convert import service_record
from kansrijk.socialmap.hsds.export import service_json
from kansrijk.socialmap.models import CarePath, RiskSituation, Service


class HsdsServiceSerializer(serializers.Serializer):  # type: ignore[type-arg]
    """A service as an HSDS 3.0 `service` object; contact persons only for professionals."""

    def to_representation(self, instance: Service) -> dict[str, Any]:
        data = service_json(service_record(instance), self.context.get("labels"))
        if self.context.get("professional"):
            data["contacts"] = [
                {
                    "id": str(c.uuid),
                    "name": c.name,
                    "title": c.title,
                    "email": c.email,
                    "phones": [{"id": str(c.uuid), "number": c.phone}] if c.phone else [],
                }
                for c in instance.contacts.all()
            ]
        return data


class RiskSituationSerializer(serializers.ModelSerializer[RiskSituation]):
    # PostgreSQL's range, stated: the model's own depends on the database engine.
    order = serializers.IntegerField(min_value=0, max_value=2_147_483_647, read_only=True)

    class Meta:
        model = RiskSituation
        fields = ("key", "name", "name_en", "description", "description_en", "order", "active")


class CarePathSerializer(serializers.Serializer):  # type: ignore[type-arg]
    def to_representation(self, instance: CarePath) -> dict[str, Any]:
        version = instance.current
        data: dict[str, Any] = {
            "id": instance.pk,
            "coalition": instance.coalition.slug,
            "risk_situation": instance.risk_situation.key,
            "visibility": instance.visibility,
            "version": None,
        }
        if version is None:
            return data
        data["version"] = {
            "number": version.number,
            "created_at": version.created_at.isoformat(),
            "signallers": version.signallers,
            "instruments": version.instruments,
            "warm_handover": version.warm_handover,
            "feedback_to_referrer": version.feedback_to_referrer,
            "case_meeting": version.case_meeting,
            "agreements": version.agreements,
            "owner": version.owner,
            "next_review": version.next_review.isoformat() if version.next_review else None,
            "steps": [
                {
                    "order": step.order,
                    "text": step.text,
                    "services": [str(s.uuid) for s in step.services.all()],
                }
                for step in version.steps.all()
            ],
        }
        if self.context.get("professional"):
            data["version"]["contacts"] = version.contacts
        return data
