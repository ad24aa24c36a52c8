"""The knowledge base in the API: Dutch, camelCase field names (API Design Rules)."""

from __future__ import annotations

from django.urls import reverse
from rest_framework import serializers

from kansrijk.coalitions.models import STEPS
from kansrijk.knowledge.models import KnowledgeTheme, PracticeExample


class KnowledgeThemeSerializer(serializers.ModelSerializer[KnowledgeTheme]):
    sleutel = serializers.SlugField(source="key")
    naam = serializers.CharField(source="label")
    omschrijving = serializers.CharField(source="description_label")

    class Meta:
        model = KnowledgeTheme
        fields = ("sleutel", "naam", "omschrijving")


class KnowledgeThemeRefSerializer(serializers.ModelSerializer[KnowledgeTheme]):
    sleutel = serializers.SlugField(source="key")
    naam = serializers.CharField(source="label")

    class Meta:
        model = KnowledgeTheme
        fields = ("sleutel", "naam")


class PracticeExampleSerializer(serializers.ModelSerializer[PracticeExample]):
    sleutel = serializers.SlugField(source="key")
    titel = serializers.CharField(source="title")
    plaats = serializers.CharField(source="place")
    samenvatting = serializers.CharField(source="summary")
    tekst = serializers.CharField(source="body")
    bron = serializers.CharField(source="source", help_text="The source document it draws on.")
    themas = KnowledgeThemeRefSerializer(source="themes", many=True)
    stappen = serializers.ListField(
        source="steps", child=serializers.IntegerField(min_value=1, max_value=len(STEPS))
    )
    instrumenten = serializers.ListField(source="instruments", child=serializers.CharField())
    bijgewerkt = serializers.DateTimeField(source="updated_at")
    pagina = serializers.SerializerMethodField(help_text="The example's page on the site.")

    class Meta:
        model = PracticeExample
        fields = (
            "sleutel",
            "titel",
            "plaats",
            "samenvatting",
            "tekst",
            "bron",
            "themas",
            "stappen",
            "instrumenten",
            "bijgewerkt",
            "pagina",
        )

    def get_pagina(self, obj: PracticeExample) -> str:
        return reverse("knowledge:example", args=[obj.key])
