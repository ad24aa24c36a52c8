"""The coalition register in the API: Dutch, camelCase field names (API Design Rules)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from kansrijk.api import patterns
from kansrijk.api.strict import RefuseUnknownFields
from kansrijk.coalitions import services
from kansrijk.coalitions.models import (
    STEPS,
    Coalition,
    CoalitionKind,
    CoalitionStatus,
    Partner,
    PartnerType,
    Ring,
    StepStatus,
    StepStatusEntry,
)
from kansrijk.regions.models import Municipality


def _as_drf_error(error: DjangoValidationError) -> serializers.ValidationError:
    if hasattr(error, "error_dict"):
        return serializers.ValidationError(
            {k: [str(m) for e in v for m in e.messages] for k, v in error.error_dict.items()}
        )
    return serializers.ValidationError({"nonFieldErrors": error.messages})


@extend_schema_field(
    {
        "type": "array",
        "items": {"type": "string", "pattern": patterns.anchored(patterns.MUNICIPALITY)},
        "minItems": 1,
        "description": "CBS codes of the municipalities (GMxxxx); at least one.",
    }
)
class MunicipalityCodesField(serializers.ManyRelatedField):
    """The municipalities of a coalition by CBS code; at least one."""


class CoalitionSerializer(RefuseUnknownFields, serializers.ModelSerializer[Coalition]):
    naam = serializers.CharField(source="name", max_length=200)
    soort = serializers.ChoiceField(source="kind", choices=CoalitionKind.choices)
    gemeenten = MunicipalityCodesField(
        source="municipalities",
        child_relation=serializers.SlugRelatedField(
            slug_field="code", queryset=Municipality.objects.all()
        ),
        allow_empty=False,
        help_text="CBS codes of the municipalities (GMxxxx); at least one.",
    )
    tranche = serializers.IntegerField(min_value=1, max_value=4, allow_null=True, required=False)
    startDatum = serializers.DateField(  # noqa: N815
        source="start_date", allow_null=True, required=False
    )
    status = serializers.ChoiceField(choices=CoalitionStatus.choices, required=False)
    trekkerOrganisatie = serializers.CharField(  # noqa: N815
        source="lead_organisation", max_length=200, allow_blank=True, required=False
    )
    omschrijving = serializers.CharField(
        source="public_description", max_length=5000, allow_blank=True, required=False
    )
    fictief = serializers.BooleanField(source="is_fictional", read_only=True)

    class Meta:
        model = Coalition
        fields = (
            "slug",
            "naam",
            "soort",
            "gemeenten",
            "tranche",
            "startDatum",
            "status",
            "trekkerOrganisatie",
            "omschrijving",
            "fictief",
        )
        extra_kwargs = {"slug": {"required": False, "max_length": 80}}

    def validate_gemeenten(self, value: list[Municipality]) -> list[Municipality]:
        if len({m.pk for m in value}) != len(value):
            raise serializers.ValidationError("Each municipality may be given only once.")
        return value

    def create(self, validated_data: dict[str, Any]) -> Coalition:
        municipalities = list(validated_data.pop("municipalities"))
        try:
            return services.coalition_create(
                name=validated_data.pop("name"),
                kind=validated_data.pop("kind"),
                municipalities=municipalities,
                slug=validated_data.pop("slug", ""),
                **validated_data,
            )
        except DjangoValidationError as error:
            raise _as_drf_error(error) from error

    def update(self, instance: Coalition, validated_data: dict[str, Any]) -> Coalition:
        validated_data.pop("municipalities", None)
        validated_data.pop("slug", None)
        validated_data.pop("kind", None)
        try:
            return services.coalition_update(coalition=instance, **validated_data)
        except DjangoValidationError as error:
            raise _as_drf_error(error) from error


class CoalitionUpdateSerializer(CoalitionSerializer):
    """A coalition's register entry as its lead may change it (slug, kind, area fixed)."""

    class Meta(CoalitionSerializer.Meta):
        read_only_fields = ("slug", "soort", "gemeenten")


class StepStatusSerializer(RefuseUnknownFields, serializers.ModelSerializer[StepStatusEntry]):
    stap = serializers.ChoiceField(source="step", choices=[n for n, _label in STEPS])
    status = serializers.ChoiceField(choices=StepStatus.choices)
    toelichting = serializers.CharField(
        source="note", max_length=2000, allow_blank=True, required=False
    )
    vastgelegdOp = serializers.DateTimeField(source="created_at", read_only=True)  # noqa: N815

    class Meta:
        model = StepStatusEntry
        fields = ("id", "stap", "status", "toelichting", "vastgelegdOp")

    def create(self, validated_data: dict[str, Any]) -> StepStatusEntry:
        try:
            return services.step_status_declare(
                coalition=self.context["coalition"],
                step=validated_data["step"],
                status=validated_data["status"],
                note=validated_data.get("note", ""),
                user=self.context["request"].user,
            )
        except DjangoValidationError as error:
            raise _as_drf_error(error) from error


class PartnerSerializer(RefuseUnknownFields, serializers.ModelSerializer[Partner]):
    organisatie = serializers.CharField(source="organisation", max_length=200)
    soort = serializers.SlugRelatedField(
        source="partner_type",
        slug_field="key",
        queryset=PartnerType.objects.filter(active=True),
        help_text="Key of the partner type.",
    )
    ring = serializers.ChoiceField(choices=Ring.choices, required=False)
    aangeslotenOp = serializers.DateField(  # noqa: N815
        source="joined_on", allow_null=True, required=False
    )

    class Meta:
        model = Partner
        fields = ("id", "organisatie", "soort", "ring", "aangeslotenOp")

    def create(self, validated_data: dict[str, Any]) -> Partner:
        try:
            return services.partner_add(
                coalition=self.context["coalition"],
                organisation=validated_data["organisation"],
                partner_type=validated_data["partner_type"],
                ring=validated_data.get("ring", Ring.INNER),
                joined_on=validated_data.get("joined_on"),
            )
        except DjangoValidationError as error:
            raise _as_drf_error(error) from error
