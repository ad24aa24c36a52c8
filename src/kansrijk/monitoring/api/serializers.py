"""A coalition's goals in the API: Dutch, camelCase field names (API Design Rules)."""

from __future__ import annotations

from rest_framework import serializers

from kansrijk.monitoring.models import IndicatorSource
from kansrijk.monitoring.progress import GoalStatus


def _value(source: str, help_text: str = "", *, allow_null: bool = False) -> serializers.Field:  # type: ignore[type-arg]
    return serializers.DecimalField(
        source=source,
        max_digits=12,
        decimal_places=2,
        coerce_to_string=False,
        allow_null=allow_null,
        help_text=help_text or None,
    )


class CoalitionGoalSerializer(serializers.Serializer):  # type: ignore[type-arg]
    id = serializers.IntegerField(min_value=1, max_value=2_147_483_647)
    doel = serializers.CharField(source="statement")
    bron = serializers.ChoiceField(
        source="source",
        choices=IndicatorSource.choices,
        help_text="Where the figures come from.",
    )
    indicator = serializers.CharField()
    eenheid = serializers.CharField(source="unit")
    nulmeting = _value(
        "baseline",
        "Null when it is a count below the threshold for small numbers.",
        allow_null=True,
    )
    nulmetingDatum = serializers.DateField(source="baseline_date")  # noqa: N815
    streefwaarde = _value("target")
    streefdatum = serializers.DateField(source="deadline")
    status = serializers.ChoiceField(choices=[(s.value, s.value) for s in GoalStatus])
    laatsteWaarde = _value(  # noqa: N815
        "latest_value",
        "The newest measurement; null when there is none or it is a small count.",
        allow_null=True,
    )
    laatsteMeting = serializers.DateField(source="latest_date", allow_null=True)  # noqa: N815
