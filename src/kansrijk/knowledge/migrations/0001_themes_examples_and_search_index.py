from typing import Any

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies: list[tuple[str, str]] = []

    operations = [
        migrations.CreateModel(
            name="KnowledgeTheme",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("key", models.SlugField(max_length=80, unique=True, verbose_name="key")),
                ("name", models.CharField(max_length=200, verbose_name="name (Dutch)")),
                ("name_en", models.CharField(blank=True, max_length=200, verbose_name="name (English)")),
                ("order", models.PositiveIntegerField(default=0, verbose_name="order")),
                ("active", models.BooleanField(default=True, verbose_name="active")),
                ("description", models.TextField(blank=True, verbose_name="description (Dutch)")),
                ("description_en", models.TextField(blank=True, verbose_name="description (English)")),
            ],
            options={
                "verbose_name": "knowledge theme",
                "verbose_name_plural": "knowledge themes",
                "ordering": ("order", "name"),
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="PracticeExample",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("key", models.SlugField(max_length=80, unique=True, verbose_name="key")),
                ("title", models.CharField(max_length=200, verbose_name="title")),
                ("place", models.CharField(blank=True, max_length=120, verbose_name="place or region")),
                ("summary", models.TextField(verbose_name="summary")),
                ("body", models.TextField(verbose_name="text")),
                ("source", models.CharField(blank=True, max_length=200, verbose_name="source document")),
                ("steps", models.JSONField(blank=True, default=list, verbose_name="steps")),
                ("instruments", models.JSONField(blank=True, default=list, verbose_name="instruments")),
                ("active", models.BooleanField(default=True, verbose_name="active")),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "themes",
                    models.ManyToManyField(blank=True, related_name="examples", to="knowledge.knowledgetheme", verbose_name="themes"),
                ),
            ],
            options={
                "verbose_name": "practice example",
                "verbose_name_plural": "practice examples",
                "ordering": ("title",),
            },
        ),
    ]
