"""Municipalities, provinces and GGD regions (CBS, 2024), with simplified boundaries."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Province(models.Model):
    code = models.CharField(_("code"), max_length=4, unique=True)  # PV20..PV31
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        verbose_name = _("province")
        verbose_name_plural = _("provinces")
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


class GGDRegion(models.Model):
    code = models.CharField(_("code"), max_length=6, unique=True)  # GGxxxx
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        verbose_name = _("GGD region")
        verbose_name_plural = _("GGD regions")
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


class Municipality(models.Model):
    code = models.CharField(_("CBS code"), max_length=6, unique=True)  # GMxxxx
    name = models.CharField(_("name"), max_length=100)
    province = models.ForeignKey(Province, on_delete=models.PROTECT, related_name="municipalities")
    ggd_region = models.ForeignKey(
        GGDRegion, on_delete=models.PROTECT, related_name="municipalities"
    )
    # SVG path in the map's own projected coordinates (see regions/geometry.py).
    svg_path = models.TextField(blank=True)
    label_x = models.FloatField(default=0)
    label_y = models.FloatField(default=0)

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name
