from __future__ import annotations

from rest_framework import serializers

from kansrijk.api import patterns
from kansrijk.regions.models import GGDRegion, Municipality, Province


class ProvinceSerializer(serializers.ModelSerializer[Province]):
    code = patterns.ProvinceCodeField(read_only=True)
    naam = serializers.CharField(source="name")

    class Meta:
        model = Province
        fields = ("code", "naam")


class GgdRegionSerializer(serializers.ModelSerializer[GGDRegion]):
    code = patterns.GgdRegionCodeField(read_only=True)
    naam = serializers.CharField(source="name")

    class Meta:
        model = GGDRegion
        fields = ("code", "naam")


class MunicipalitySerializer(serializers.ModelSerializer[Municipality]):
    code = patterns.MunicipalityCodeField(read_only=True)
    naam = serializers.CharField(source="name")
    provincie = patterns.ProvinceCodeField(source="province.code")
    ggdRegio = patterns.GgdRegionCodeField(source="ggd_region.code")  # noqa: N815

    class Meta:
        model = Municipality
        fields = ("code", "naam", "provincie", "ggdRegio")
