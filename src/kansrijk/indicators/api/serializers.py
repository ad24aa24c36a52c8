"""API representations: the catalogue and values with their intervals (suppression applied)."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from kansrijk.indicators.models import Indicator
from kansrijk.indicators.present import Shown


class IndicatorSerializer(serializers.ModelSerializer[Indicator]):
    code = serializers.CharField(source="key")
    naam = serializers.CharField(source="name")
    naamEngels = serializers.CharField(source="name_en")  # noqa: N815  (API field names)
    definitie = serializers.CharField(source="definition")
    teller = serializers.CharField(source="numerator_definition")
    noemer = serializers.CharField(source="denominator_definition")
    eenheid = serializers.CharField(source="unit")
    polariteit = serializers.CharField(source="polarity")
    fase = serializers.CharField(source="phase")
    groep = serializers.CharField(source="group.key")
    bron = serializers.CharField(source="source")
    licentie = serializers.CharField(source="licence")
    synthetisch = serializers.BooleanField(source="synthetic")

    class Meta:
        model = Indicator
        fields = [
            "code",
            "naam",
            "naamEngels",
            "definitie",
            "teller",
            "noemer",
            "eenheid",
            "polariteit",
            "fase",
            "groep",
            "bron",
            "licentie",
            "synthetisch",
        ]


def value_payload(indicator: Indicator, shown: Shown) -> dict[str, Any]:
    """One value as the API gives it; a hidden cell carries no number, only the mark "hidden"."""

    def interval(level: float) -> dict[str, float] | None:
        current = shown.intervals
        if current is None:
            return None
        return {"onder": current[level].lower, "boven": current[level].upper}

    return {
        "indicator": indicator.key,
        "gebied": shown.area,
        "periode": shown.period,
        "waarde": shown.value,
        "teller": shown.numerator,
        "noemer": shown.denominator,
        "interval95": interval(0.95),
        "interval998": interval(0.998),
        "onderdrukt": shown.suppression or None,
        "berekend": shown.computed,
        "synthetisch": shown.synthetic,
        "toelichting": shown.note,
    }


class IntervalSerializer(serializers.Serializer[Any]):
    onder = serializers.FloatField()
    boven = serializers.FloatField()


class ValueSerializer(serializers.Serializer[Any]):
    """Documentation of ``value_payload`` for the OpenAPI schema."""

    indicator = serializers.CharField()
    gebied = serializers.CharField()
    periode = serializers.CharField()
    waarde = serializers.FloatField(allow_null=True)
    teller = serializers.IntegerField(allow_null=True)
    noemer = serializers.IntegerField(allow_null=True)
    interval95 = IntervalSerializer(allow_null=True)
    interval998 = IntervalSerializer(allow_null=True)
    onderdrukt = serializers.CharField(allow_null=True)
    berekend = serializers.BooleanField()
    synthetisch = serializers.BooleanField()
    toelichting = serializers.CharField()
