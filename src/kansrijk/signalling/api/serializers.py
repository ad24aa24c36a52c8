"""Serializers of the public API of early signalling. Counts arrive already suppressed."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from kansrijk.signalling.models import Domain, Factor, ScreeningInstrument


class SignallingKeyNameSerializer(serializers.Serializer):  # type: ignore[type-arg]
    key = serializers.CharField()
    name = serializers.CharField()
    name_en = serializers.CharField()


class FactorSerializer(serializers.ModelSerializer):  # type: ignore[type-arg]
    class Meta:
        model = Factor
        fields = ("key", "kind", "name", "name_en")


class DomainSerializer(serializers.ModelSerializer):  # type: ignore[type-arg]
    factors = FactorSerializer(many=True)

    class Meta:
        model = Domain
        fields = ("key", "name", "name_en", "question", "question_en", "factors")


class InstrumentSerializer(serializers.ModelSerializer):  # type: ignore[type-arg]
    domains = SignallingKeyNameSerializer(many=True)
    phases = SignallingKeyNameSerializer(many=True)
    validation = SignallingKeyNameSerializer()

    class Meta:
        model = ScreeningInstrument
        fields = (
            "key",
            "name",
            "name_en",
            "description",
            "description_en",
            "users",
            "users_en",
            "domains",
            "phases",
            "validation",
        )


@extend_schema_field({"type": "integer", "nullable": True})
class ShownCountField(serializers.Field):  # type: ignore[type-arg]
    """A count, or null when it is suppressed (below the small-count threshold)."""

    def to_representation(self, value: object) -> int | None:
        return getattr(value, "value", None)


class QuarterSerializer(serializers.Serializer):  # type: ignore[type-arg]
    year = serializers.IntegerField()
    quarter = serializers.IntegerField()
    offered = ShownCountField()
    accepted = ShownCountField()
    realised = ShownCountField()
    referrals = ShownCountField()


class SignallingFiguresSerializer(serializers.Serializer):  # type: ignore[type-arg]
    coalition = serializers.CharField()
    suppressed_below = serializers.IntegerField()
    home_visits = QuarterSerializer(many=True)
    signals = serializers.DictField(
        child=serializers.DictField(child=serializers.IntegerField(allow_null=True))
    )
