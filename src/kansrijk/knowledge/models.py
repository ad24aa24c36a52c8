"""The knowledge base: themes and practice examples, linked to steps and instruments."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from kansrijk.ui.bilingual import BilingualNamed, pick


class KnowledgeTheme(BilingualNamed):
    description = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    class Meta(BilingualNamed.Meta):
        verbose_name = _("knowledge theme")
        verbose_name_plural = _("knowledge themes")

    @property
    def description_label(self) -> str:
        return pick(self.description, self.description_en)


class PracticeExample(models.Model):
    """A practice example in our own words; the place is its subject, the text is ours."""

    key = models.SlugField(_("key"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    place = models.CharField(_("place or region"), max_length=120, blank=True)
    summary = models.TextField(_("summary"))
    body = models.TextField(_("text"))
    source = models.CharField(_("source document"), max_length=200, blank=True)
    themes = models.ManyToManyField(
        KnowledgeTheme, related_name="examples", blank=True, verbose_name=_("themes")
    )
    steps = models.JSONField(_("steps"), default=list, blank=True)
    instruments = models.JSONField(_("instruments"), default=list, blank=True)
    active = models.BooleanField(_("active"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("practice example")
        verbose_name_plural = _("practice examples")
        ordering = ("title",)

    def __str__(self) -> str:
        return self.title
