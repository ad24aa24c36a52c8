"""What the coalition's own data says matters, read from other apps when they are there.

The startfoto (kansrijk.indicators), the Analysetool (kansrijk.assessments) and signal
counts (kansrijk.signalling) are built in parallel and may be absent. Each is read through
one small reader that first checks ``apps.is_installed`` and then looks for the selector
it needs; whatever is missing is reported as "not used" with the reason, never an error.

The contract a source app can fulfil (documented in docs/status/interventions.md):
- ``kansrijk.indicators.selectors.unfavourable_indicators(coalition)`` -> iterable of
  (indicator key, name in words, phase key or None), for indicators whose latest value is
  significantly less favourable than the country;
- ``kansrijk.assessments.selectors.points_to_improve(coalition)`` -> iterable of
  (part key, theme key, statement in words) of the latest closed Analysetool round;
- ``kansrijk.signalling.selectors.signal_counts_by_risk(coalition)`` -> mapping of risk
  situation key to the number of signals in the last twelve months;
- ``kansrijk.socialmap.selectors.risk_situations_without_care_path(coalition)`` -> iterable
  of risk situation keys for which the coalition has no care path yet.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.utils.translation import gettext as _

from kansrijk.interventions.gaps import Evidence

POINTS_UNFAVOURABLE_INDICATOR = 1.0
POINTS_POINT_TO_IMPROVE = 1.0
POINTS_NO_CARE_PATH = 0.5
POINTS_PER_TEN_SIGNALS = 0.5
MAX_SIGNAL_POINTS = 2.0
# Analysetool themes of the palette part, and the phases they speak about.
THEME_PHASES: Mapping[str, tuple[str, ...]] = {
    "before-pregnancy": ("before-pregnancy",),
    "during-pregnancy": ("during-pregnancy",),
    "after-birth": ("after-birth", "first-two-years"),
}


@dataclass(frozen=True)
class SourceStatus:
    key: str
    name: str
    used: bool
    note: str


@dataclass
class Collected:
    evidence: list[Evidence] = field(default_factory=list)
    sources: list[SourceStatus] = field(default_factory=list)


Reader = Callable[[Any], tuple[list[Evidence], SourceStatus]]


def _selector(app: str, name: str) -> Callable[..., Any] | None:
    if not apps.is_installed(f"kansrijk.{app}"):
        return None
    try:
        module = importlib.import_module(f"kansrijk.{app}.selectors")
    except ImportError:
        return None
    function = getattr(module, name, None)
    return function if callable(function) else None


def _missing(key: str, name: str, app: str) -> SourceStatus:
    if apps.is_installed(f"kansrijk.{app}"):
        note = _("the app offers no reader for this yet")
    else:
        note = _("not available in this installation")
    return SourceStatus(key, name, False, note)


def read_startfoto(coalition: Any) -> tuple[list[Evidence], SourceStatus]:
    name = _("Startfoto: significantly unfavourable indicators")
    function = _selector("indicators", "unfavourable_indicators")
    if function is None:
        return [], _missing("startfoto", name, "indicators")
    found = [
        Evidence(
            "startfoto",
            _("Startfoto: %(indicator)s is significantly less favourable than the country.")
            % {"indicator": label},
            POINTS_UNFAVOURABLE_INDICATOR,
            phase=phase,
        )
        for _key, label, phase in function(coalition)
    ]
    return found, SourceStatus(
        "startfoto", name, True, _("%(count)d found") % {"count": len(found)}
    )


def read_analysetool(coalition: Any) -> tuple[list[Evidence], SourceStatus]:
    name = _("Analysetool: points to improve in part 3 (the palette)")
    function = _selector("assessments", "points_to_improve")
    if function is None:
        return [], _missing("analysetool", name, "assessments")
    found: list[Evidence] = []
    for part, theme, statement in function(coalition):
        if part != "palette":
            continue
        text = _("Analysetool, point to improve: %(statement)s") % {"statement": statement}
        for phase in THEME_PHASES.get(theme, (None,)):
            found.append(Evidence("analysetool", text, POINTS_POINT_TO_IMPROVE, phase=phase))
    return found, SourceStatus(
        "analysetool", name, True, _("%(count)d found") % {"count": len(found)}
    )


def signal_points(count: int) -> float:
    return min(MAX_SIGNAL_POINTS, POINTS_PER_TEN_SIGNALS * (count // 10))


def read_signals(coalition: Any) -> tuple[list[Evidence], SourceStatus]:
    name = _("Signal counts per risk situation")
    function = _selector("signalling", "signal_counts_by_risk")
    if function is None:
        return [], _missing("signals", name, "signalling")
    counts: Mapping[str, int] = function(coalition)
    found = [
        Evidence(
            "signals",
            _("%(count)d signals of this risk situation in the last twelve months.")
            % {"count": count},
            signal_points(count),
            risk=risk,
        )
        for risk, count in counts.items()
        if signal_points(count) > 0
    ]
    return found, SourceStatus("signals", name, True, _("%(count)d found") % {"count": len(found)})


def read_care_paths(coalition: Any) -> tuple[list[Evidence], SourceStatus]:
    name = _("Care paths: risk situations without an agreed care path")
    function = _selector("socialmap", "risk_situations_without_care_path")
    if function is None:
        return [], _missing("care-paths", name, "socialmap")
    found = [
        Evidence(
            "care-paths",
            _("The coalition has no care path for this risk situation yet."),
            POINTS_NO_CARE_PATH,
            risk=risk,
        )
        for risk in function(coalition)
    ]
    return found, SourceStatus(
        "care-paths", name, True, _("%(count)d found") % {"count": len(found)}
    )


DEFAULT_READERS: tuple[Reader, ...] = (
    read_startfoto,
    read_analysetool,
    read_signals,
    read_care_paths,
)


def collect(coalition: Any, readers: Iterable[Reader] | None = None) -> Collected:
    collected = Collected()
    for reader in DEFAULT_READERS if readers is None else readers:
        evidence, status = reader(coalition)
        collected.evidence.extend(evidence)
        collected.sources.append(status)
    return collected
