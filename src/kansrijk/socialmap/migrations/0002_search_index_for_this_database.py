"""The full-text index on PostgreSQL: the two vectors of a search entry with their GIN
indexes, and the trigram and prefix indexes of the words (see search/backend.py).

Until issue 16 this migration made an FTS5 table on SQLite or these columns in raw SQL on
PostgreSQL; on PostgreSQL the schema it makes is the same as before, now declared."""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("socialmap", "0001_social_map_care_paths_and_search_entries")]

    operations = [
        TrigramExtension(),
        migrations.AddField(
            model_name="searchentry",
            name="document",
            field=django.contrib.postgres.search.SearchVectorField(null=True),
        ),
        migrations.AddField(
            model_name="searchentry",
            name="filter_vector",
            field=django.contrib.postgres.search.SearchVectorField(null=True),
        ),
        migrations.AddIndex(
            model_name="searchentry",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["document"], name="socialmap_search_document"
            ),
        ),
        migrations.AddIndex(
            model_name="searchentry",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["filter_vector"], name="socialmap_search_filters"
            ),
        ),
        migrations.AddIndex(
            model_name="searchword",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.indexes.OpClass("word", name="gin_trgm_ops"),
                name="socialmap_searchword_trgm",
            ),
        ),
        migrations.AddIndex(
            model_name="searchword",
            index=models.Index(
                django.contrib.postgres.indexes.OpClass("word", name="varchar_pattern_ops"),
                name="socialmap_searchword_prefix",
            ),
        ),
    ]
