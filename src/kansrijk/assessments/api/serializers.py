"""API representations: the public statement bank and a round's aggregated results."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from kansrijk.assessments.models import Item, Part, QuestionnaireVersion, Round, Theme
from kansrijk.assessments.results import RoundResult
from kansrijk.assessments.scoring import Change, Summary


class ItemSerializer(serializers.ModelSerializer[Item]):
    nummer = serializers.IntegerField(source="position")
    sleutel = serializers.CharField(source="key")
    tekst = serializers.CharField(source="text")
    tekstEn = serializers.CharField(source="text_en")  # noqa: N815
    stap = serializers.IntegerField(source="step")
    instrument = serializers.CharField(source="instrument.key")

    class Meta:
        model = Item
        fields = ("nummer", "sleutel", "tekst", "tekstEn", "stap", "instrument")


class ThemeSerializer(serializers.ModelSerializer[Theme]):
    sleutel = serializers.CharField(source="key")
    titel = serializers.CharField(source="title")
    titelEn = serializers.CharField(source="title_en")  # noqa: N815
    stellingen = ItemSerializer(source="items", many=True)

    class Meta:
        model = Theme
        fields = ("sleutel", "titel", "titelEn", "stellingen")


class PartSerializer(serializers.ModelSerializer[Part]):
    sleutel = serializers.CharField(source="key")
    titel = serializers.CharField(source="title")
    titelEn = serializers.CharField(source="title_en")  # noqa: N815
    themas = ThemeSerializer(source="themes", many=True)

    class Meta:
        model = Part
        fields = ("sleutel", "titel", "titelEn", "themas")


class BankSerializer(serializers.Serializer[QuestionnaireVersion]):
    """The newest version of a questionnaire's statements (open data)."""

    sleutel = serializers.CharField(source="questionnaire.key")
    naam = serializers.CharField(source="questionnaire.name")
    versie = serializers.IntegerField(source="number")
    gepubliceerd = serializers.DateTimeField(source="created_at")
    schaal = serializers.SerializerMethodField()
    onderdelen = PartSerializer(source="parts", many=True)

    def get_schaal(self, version: QuestionnaireVersion) -> dict[str, Any]:
        q = version.questionnaire
        return {
            "min": q.scale_min,
            "max": q.scale_max,
            "labels": q.scale_labels,
            "weetNiet": q.allow_unknown,
            "nietVanToepassing": q.allow_not_applicable,
        }


class RoundSerializer(serializers.ModelSerializer[Round]):
    titel = serializers.CharField(source="title")
    versie = serializers.IntegerField(source="version.number")
    geopend = serializers.DateTimeField(source="opened_at")
    gesloten = serializers.DateTimeField(source="closed_at", allow_null=True)

    class Meta:
        model = Round
        fields = ("id", "titel", "versie", "geopend", "gesloten")


def summary_data(summary: Summary, change: Change | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "respondenten": summary.respondents,
        "weetNiet": summary.unknown,
        "nietVanToepassing": summary.not_applicable,
        "onderdrukt": summary.suppressed,
    }
    if summary.shown:
        data.update(
            {
                "gemiddelde": round(summary.mean or 0.0, 3),
                "standaardafwijking": round(summary.sd or 0.0, 3),
                "interkwartielafstand": round(summary.iqr or 0.0, 3),
                "verdeling": {str(k): v for k, v in summary.distribution.items()},
                "signalen": sorted(flag.value for flag in summary.flags),
            }
        )
    if change is not None:
        data["verandering"] = {
            "beweging": change.movement.value,
            "vorige": None if change.previous is None else round(change.previous, 3),
            "verschil": None if change.delta is None else round(change.delta, 3),
        }
    return data


def result_data(assessment_round: Round, result: RoundResult) -> dict[str, Any]:
    """Aggregates only: never a respondent, a link or a comment author."""
    return {
        "ronde": RoundSerializer(assessment_round).data,
        "respondenten": result.respondents,
        "minimumRespondenten": result.min_respondents,
        "vergeleken": result.compared,
        "totaal": summary_data(result.overall, result.change),
        "onderdelen": [
            {
                "sleutel": part.key,
                "titel": part.title.nl,
                **summary_data(part.summary, part.change),
                "themas": [
                    {
                        "sleutel": theme.key,
                        "titel": theme.title.nl,
                        **summary_data(theme.summary, theme.change),
                        "stellingen": [
                            {
                                "sleutel": item.key,
                                "stap": item.item.step,
                                "instrument": item.item.instrument,
                                **summary_data(item.summary, item.change),
                            }
                            for item in theme.items
                        ],
                    }
                    for theme in part.themes
                ],
            }
            for part in result.parts
        ],
    }
