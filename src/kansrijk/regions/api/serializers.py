from __future__ import annotations

from rest_framework import serializers

from kansrijk.regions.models import GGDRegion, Municipality, Province


class ProvinceSerializer(serializers.ModelSerializer[Province]):
    naam = serializers.CharField(source="name")

    class Meta:
        model = Province
        fields = ("code", "naam")


class GgdRegionSerializer(serializers.ModelSerializer[GGDRegion]):
    naam = serializers.CharField(source="name")

    class Meta:
        model = GGDRegion
        fields = ("code", "naam")


class MunicipalitySerializer(serializers.ModelSerializer[Municipality]):
    naam = serializers.CharField(source="name")
    provincie = serializers.CharField(source="province.code")
    ggdRegio = serializers.CharField(source="ggd_region.code")  # noqa: N815

    class Meta:
        model = Municipality
        fields = ("code", "naam", "provincie", "ggdRegio")
