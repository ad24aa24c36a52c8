"""A goal's current value, read from the source it is linked to.

One reader per ``IndicatorSource`` (manual goals have none). Every reader first checks that
the other app is installed and offers the named selector (the pattern of
``kansrijk.interventions.evidence``); without it the reading says so, never an error. Counts
below the threshold come back hidden (``suppressed``) for anyone but the coalition itself:
the selectors of the other apps apply their own suppression, this module never undoes it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.utils.translation import gettext as _

from kansrijk.monitoring.models import Goal, IndicatorSource

HOME_VISIT_FIGURES = ("offered", "accepted", "realised", "referrals")


@dataclass(frozen=True)
class Reading:
    """What the source says now. ``value`` is None when there is nothing to show."""

    source: str
    available: bool
    value: Decimal | None = None
    period: str = ""
    suppressed: bool = False
    note: str = ""

    @property
    def recordable(self) -> bool:
        return self.value is not None

    @property
    def origin(self) -> str:
        """Where it comes from and for which period, as recorded with a measurement."""
        return _("%(source)s, period %(period)s") % {
            "source": ORIGINS.get(self.source, self.source),
            "period": self.period,
        }


def _origins() -> dict[str, Any]:
    from django.utils.translation import gettext_lazy

    return {
        IndicatorSource.STARTFOTO: gettext_lazy("from the startfoto"),
        IndicatorSource.SIGNALS: gettext_lazy("from the signal counts"),
        IndicatorSource.INTERVENTION_REACH: gettext_lazy("from the palette's reach"),
        IndicatorSource.PRENATAL_VISITS: gettext_lazy("from the prenatal home visits"),
        IndicatorSource.ANALYSETOOL: gettext_lazy("from the Analysetool"),
    }


ORIGINS: dict[str, Any] = _origins()


def _selector(app: str, name: str) -> Callable[..., Any] | None:
    if not apps.is_installed(f"kansrijk.{app}"):
        return None
    try:
        module = importlib.import_module(f"kansrijk.{app}.selectors")
    except ImportError:
        return None
    function = getattr(module, name, None)
    return function if callable(function) else None


def _unavailable(source: str, app: str) -> Reading:
    if apps.is_installed(f"kansrijk.{app}"):
        note = _("The app of this source offers no reader for it yet.")
    else:
        note = _("This source is not part of this installation.")
    return Reading(source, available=False, note=note)


def _decimal(value: float | int) -> Decimal:
    return Decimal(str(round(float(value), 2)))


def _hidden(source: str, period: str) -> Reading:
    return Reading(
        source,
        available=True,
        period=period,
        suppressed=True,
        note=_("The value is hidden: it is below the threshold for small numbers."),
    )


def _nothing(source: str, note: str) -> Reading:
    return Reading(source, available=True, note=note)


def read_startfoto(goal: Goal, *, owner: bool) -> Reading:
    source = IndicatorSource.STARTFOTO
    figure_of = _selector("indicators", "coalition_figure")
    if figure_of is None:
        return _unavailable(source, "indicators")
    if not goal.source_key:
        return _nothing(source, _("Name the startfoto indicator's code to read its value."))
    # The startfoto's figures belong to the national editor who imports them: a coalition
    # reads them as everyone does, so that no goal records a hidden figure (ADR 0013).
    figure = figure_of(goal.coalition, goal.source_key, owner=False)
    if figure is None:
        return _nothing(source, _("The startfoto has no value of this indicator yet."))
    if figure.value is None:
        if figure.suppressed:
            return _hidden(source, figure.period_label)
        return _nothing(source, _("This indicator cannot be added up over the municipalities."))
    return Reading(source, True, _decimal(figure.value), figure.period_label)


def read_signals(goal: Goal, *, owner: bool) -> Reading:
    source = IndicatorSource.SIGNALS
    counts_of = _selector("signalling", "signal_counts")
    if counts_of is None:
        return _unavailable(source, "signalling")
    counts: dict[str, dict[str, int | None]] = counts_of(goal.coalition, owner=owner)
    if not counts:
        return _nothing(source, _("No signals have been counted yet."))
    quarter = max(counts)
    key = goal.source_key or "total"
    if key not in counts[quarter]:
        return _nothing(source, _("The signal counts have no figure with this key."))
    value = counts[quarter][key]
    if value is None:
        return _hidden(source, quarter)
    return Reading(source, True, Decimal(value), quarter)


def read_reach(goal: Goal, *, owner: bool) -> Reading:
    source = IndicatorSource.INTERVENTION_REACH
    reach_of = _selector("interventions", "palette_reach")
    if reach_of is None:
        return _unavailable(source, "interventions")
    period = str(date.today().year)
    value = reach_of(goal.coalition, owner=owner, intervention=goal.source_key)
    if value is None:
        if not owner and reach_of(goal.coalition, owner=True, intervention=goal.source_key):
            return _hidden(source, period)
        return _nothing(source, _("No reach per year has been entered in the palette."))
    return Reading(source, True, Decimal(value), period)


def read_home_visits(goal: Goal, *, owner: bool) -> Reading:
    source = IndicatorSource.PRENATAL_VISITS
    quarters_of = _selector("signalling", "home_visit_quarters")
    if quarters_of is None:
        return _unavailable(source, "signalling")
    figure = goal.source_key or "realised"
    if figure not in HOME_VISIT_FIGURES:
        return _nothing(source, _("Choose offered, accepted, realised or referrals."))
    quarters = quarters_of(goal.coalition, owner=owner)
    if not quarters:
        return _nothing(source, _("No home visit figures have been entered yet."))
    newest = quarters[0]
    period = f"{newest.year}-Q{newest.quarter}"
    shown = getattr(newest, figure)
    if shown.value is None:
        return _hidden(source, period)
    return Reading(source, True, Decimal(shown.value), period)


def read_analysetool(goal: Goal, *, owner: bool) -> Reading:
    source = IndicatorSource.ANALYSETOOL
    mean_of = _selector("assessments", "latest_closed_mean")
    if mean_of is None:
        return _unavailable(source, "assessments")
    found = mean_of(goal.coalition, part=goal.source_key)
    if found is None:
        return _nothing(source, _("No Analysetool round has been closed yet."))
    closed_round, mean = found
    period = closed_round.closed_at.date().isoformat() if closed_round.closed_at else ""
    if mean is None:
        return Reading(
            source,
            True,
            period=period,
            suppressed=True,
            note=_("Too few partners answered in the latest closed round to show a score."),
        )
    return Reading(source, True, _decimal(mean), period)


READERS: dict[str, Callable[..., Reading]] = {
    IndicatorSource.STARTFOTO: read_startfoto,
    IndicatorSource.SIGNALS: read_signals,
    IndicatorSource.INTERVENTION_REACH: read_reach,
    IndicatorSource.PRENATAL_VISITS: read_home_visits,
    IndicatorSource.ANALYSETOOL: read_analysetool,
}


def current_value(goal: Goal, *, owner: bool) -> Reading | None:
    """The linked source's current value for the goal; None for manual goals."""
    reader = READERS.get(goal.source)
    return reader(goal, owner=owner) if reader is not None else None
