"""Reads for peer matching: public profiles of coalitions, suggestions with their reasons."""

from __future__ import annotations

import importlib

from django.apps import apps
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from kansrijk.coalitions.models import Coalition
from kansrijk.support import keyfigures, matching
from kansrijk.support.models import CoalitionFocus, PeerSettings
from kansrijk.support.selectors import steps_of


def settings_of(coalition: Coalition) -> PeerSettings:
    found = PeerSettings.objects.filter(coalition=coalition).first()
    return found or PeerSettings(coalition=coalition)


def _unfavourable(coalition: Coalition) -> dict[str, str]:
    """Indicators on which the coalition scores worse than the country (indicators app)."""
    if not apps.is_installed("kansrijk.indicators"):
        return {}
    try:
        indicator_selectors = importlib.import_module("kansrijk.indicators.selectors")
    except ImportError:
        return {}
    reader = getattr(indicator_selectors, "unfavourable_indicators", None)
    if reader is None:
        return {}
    # (key, label, phase) per indicator, as the interventions' gap analysis reads it too.
    return {str(found[0]): str(found[1]) for found in reader(coalition)}


def _care_paths(coalition: Coalition, *, public: bool) -> dict[str, matching.ThemeFact]:
    """Care paths per risk situation (socialmap app); others see only the public ones."""
    if not apps.is_installed("kansrijk.socialmap"):
        return {}
    care_path = apps.get_model("socialmap", "CarePath")
    paths = care_path.objects.filter(coalition=coalition).select_related("risk_situation")
    if public:
        paths = paths.filter(visibility="public")
    return {
        p.risk_situation.key: matching.ThemeFact(
            label=p.risk_situation.label, since=p.created_at.year
        )
        for p in paths
    }


def profile(coalition: Coalition, *, public: bool) -> matching.Profile:
    """What may be used of a coalition: all of it for itself, only the public part for others."""
    codes = [m.code for m in coalition.municipalities.all()]
    figures = keyfigures.for_codes(codes)
    share = settings_of(coalition).share_focus or not public
    themes = (
        {
            f.theme.key: matching.ThemeFact(label=f.theme.label, since=f.since)
            for f in CoalitionFocus.objects.filter(coalition=coalition).select_related("theme")
        }
        if share
        else {}
    )
    steps = steps_of(coalition=coalition)
    return matching.Profile(
        key=coalition.slug,
        name=coalition.name,
        population=figures.population if figures else None,
        urbanity=figures.urbanity if figures else None,
        themes=themes,
        care_paths=_care_paths(coalition, public=public),
        unfavourable=_unfavourable(coalition),
        steps={s.number: s.status for s in steps},
        step_labels={s.number: s.label for s in steps},
    )


def suggestions(
    *, coalition: Coalition, limit: int = 5
) -> list[tuple[Coalition, matching.Suggestion]]:
    others = {
        c.slug: c
        for c in Coalition.objects.exclude(pk=coalition.pk)
        .exclude(peer_settings__suggest_to_others=False)
        .prefetch_related("municipalities")
    }
    found = matching.suggest(
        profile(coalition, public=False),
        (profile(c, public=True) for c in others.values()),
        limit=limit,
    )
    return [(others[s.profile.key], s) for s in found]


URBANITY = {
    1: _("very strongly urban"),
    2: _("strongly urban"),
    3: _("moderately urban"),
    4: _("hardly urban"),
    5: _("not urban"),
}


def explain(reason: matching.Reason) -> str:
    """One reason in a sentence, e.g. "also works on poverty and debts (since 2024)"."""
    kind = reason.kind
    if kind == matching.ReasonKind.THEME:
        if reason.since:
            return _("also works on %(theme)s (since %(year)s)") % {
                "theme": reason.label.lower(),
                "year": reason.since,
            }
        return _("also works on %(theme)s") % {"theme": reason.label.lower()}
    if kind == matching.ReasonKind.CARE_PATH:
        return _("also has a care path for %(risk)s (since %(year)s)") % {
            "risk": reason.label.lower(),
            "year": reason.since,
        }
    if kind == matching.ReasonKind.STEP:
        return _("has step %(number)s (%(step)s) in place, where you are working now") % {
            "number": reason.step,
            "step": reason.label.lower(),
        }
    if kind == matching.ReasonKind.INDICATOR:
        return _("also scores unfavourably on %(indicator)s") % {"indicator": reason.label}
    if kind == matching.ReasonKind.SIZE:
        population = reason.value or 0
        return ngettext(
            "similar size (%(n)s inhabitant)", "similar size (%(n)s inhabitants)", population
        ) % {"n": f"{population:,}".replace(",", ".")}
    return _("equally urban (%(urbanity)s)") % {
        "urbanity": URBANITY.get(reason.value or 0, reason.value)
    }
