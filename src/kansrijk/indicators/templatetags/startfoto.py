"""Small formatting helpers for the startfoto templates."""

from __future__ import annotations

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from kansrijk.indicators import statistics as st
from kansrijk.indicators.present import Shown

register = template.Library()


@register.filter
def num(value: object, digits: int = 1) -> str:
    if not isinstance(value, int | float):
        return "\u2013"
    return number_format(round(value, digits), decimal_pos=digits)


@register.filter
def interval(shown: Shown | None) -> str:
    if shown is None or shown.ci95 is None:
        return ""
    return f"{num(shown.ci95.lower)} \u2013 {num(shown.ci95.upper)}"


@register.filter
def hidden_reason(shown: Shown | None) -> str:
    if shown is None or shown.value is not None:
        return ""
    if shown.suppression == "small_count":
        return _("hidden: fewer than the minimum count")
    if shown.suppression == "derivable":
        return _("hidden: would reveal a hidden count")
    if shown.suppression:
        return _("hidden: a small count, or one it could be calculated from")
    return _("no value")


@register.filter
def position(positions: dict[float, str], level: float) -> str:
    labels = {"above": _("above"), "within": _("within"), "below": _("below")}
    return labels.get(positions.get(level, ""), "\u2013")


@register.filter
def trend_label(trend: str | None) -> str:
    if trend is None:
        return _("no trend (fewer than five visible years)")
    return {
        "increasing": _("rising"),
        "decreasing": _("falling"),
        "no_significant_change": _("no significant change"),
    }[trend]


@register.filter
def judgement_label(comparison: st.Comparison | None) -> str:
    if comparison is None:
        return _("not tested")
    return {
        "better": _("better"),
        "worse": _("worse"),
        "similar": _("similar"),
        "not_judged": _("higher") if comparison.direction == "higher" else _("lower"),
    }[comparison.judgement]


@register.filter
def judgement_class(comparison: st.Comparison | None) -> str:
    return comparison.judgement if comparison else "none"
