"""Serializers of the public API: the menu and a coalition's palette (public parts)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rest_framework import serializers

from kansrijk.interventions.models import Intervention, PaletteItem


class KeyNameSerializer(serializers.Serializer):  # type: ignore[type-arg]
    key = serializers.CharField()
    name = serializers.CharField()


class InterventionSerializer(serializers.ModelSerializer):  # type: ignore[type-arg]
    phases = KeyNameSerializer(many=True)
    risk_situations = KeyNameSerializer(many=True)
    forms = KeyNameSerializer(many=True)
    delivered_by = serializers.SerializerMethodField()
    recognition_level = KeyNameSerializer()
    zvw_status = KeyNameSerializer()
    funding_routes = KeyNameSerializer(many=True)
    summary = serializers.CharField()
    target_group = serializers.CharField()
    intensity = serializers.CharField()
    duration = serializers.CharField()

    class Meta:
        model = Intervention
        fields = (
            "key",
            "name",
            "summary",
            "phases",
            "target_group",
            "risk_situations",
            "delivered_by",
            "forms",
            "intensity",
            "duration",
            "recognition_level",
            "zvw_status",
            "zvw_note",
            "funding_routes",
            "source_url",
            "source_documents",
        )

    def get_delivered_by(self, obj: Intervention) -> list[dict[str, str]]:
        return [{"key": item.key, "name": str(item)} for item in obj.delivered_by.all()]


class PaletteItemSerializer(serializers.ModelSerializer):  # type: ignore[type-arg]
    name = serializers.CharField(source="title")
    intervention = serializers.SerializerMethodField()
    offered_by = serializers.SerializerMethodField()
    phases = KeyNameSerializer(many=True)
    risk_situations = KeyNameSerializer(many=True)
    reach_per_year = serializers.SerializerMethodField()
    # Explicit ranges (PostgreSQL's): the model's own depend on the database engine, and the
    # published OpenAPI document must not.
    capacity_per_year = serializers.IntegerField(
        min_value=0, max_value=2_147_483_647, allow_null=True, read_only=True
    )
    waiting_weeks = serializers.IntegerField(
        min_value=0, max_value=32_767, allow_null=True, read_only=True, label="Waiting time (weeks)"
    )

    class Meta:
        model = PaletteItem
        fields = (
            "name",
            "intervention",
            "offered_by",
            "phases",
            "risk_situations",
            "capacity_per_year",
            "reach_per_year",
            "waiting_weeks",
            "since_year",
        )

    def get_intervention(self, obj: PaletteItem) -> str | None:
        return obj.intervention.key if obj.intervention else None

    def get_offered_by(self, obj: PaletteItem) -> str | None:
        return str(obj.partner) if obj.partner else None

    def get_reach_per_year(self, obj: PaletteItem) -> int | None:
        from kansrijk.interventions.selectors import reach_for_display

        context: Mapping[str, Any] = self.context
        return reach_for_display(obj, owner=bool(context.get("owner")))


class PaletteSerializer(serializers.Serializer):  # type: ignore[type-arg]
    """A coalition's palette: its slug and its offers (public parts)."""

    coalition = serializers.CharField()
    items = PaletteItemSerializer(many=True)
