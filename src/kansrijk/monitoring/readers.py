"""What the other steps' apps say about a coalition, read through their models and selectors.

Every reader checks that the app is installed first; without it the answer is "unknown"
(for the step tracker) or ``None`` (for the annual report), never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.db.models import Sum
from django.utils.translation import gettext as _

from kansrijk.coalitions.models import Coalition, StepStatus

if TYPE_CHECKING:
    from kansrijk.monitoring.steptracker import Derived

ANALYSETOOL = "analysetool"


def _derived(status: str, reason: str) -> Derived:
    from kansrijk.monitoring.steptracker import Derived

    return Derived(status, reason)


def _unknown(part: str) -> Derived:
    from kansrijk.monitoring.steptracker import UNKNOWN

    return _derived(UNKNOWN, _("%(part)s is not part of this installation.") % {"part": part})


def closed_rounds(coalition: Coalition, questionnaire_key: str) -> int:
    if not apps.is_installed("kansrijk.assessments"):
        return 0
    from kansrijk.assessments.models import Round

    return Round.objects.filter(
        coalition=coalition, questionnaire__key=questionnaire_key, closed_at__isnull=False
    ).count()


def story_note_count(coalition: Coalition) -> int | None:
    if not apps.is_installed("kansrijk.indicators"):
        return None
    from kansrijk.indicators import selectors

    return selectors.story_notes(coalition, include_unpublished=True).count()


def information(coalition: Coalition) -> Derived:
    """Step 2: the startfoto discussed (story notes) and an Analysetool round closed."""
    if not (apps.is_installed("kansrijk.indicators") and apps.is_installed("kansrijk.assessments")):
        return _unknown(_("The startfoto or the Analysetool"))
    notes = story_note_count(coalition) or 0
    rounds = closed_rounds(coalition, ANALYSETOOL)
    if notes and rounds:
        status = StepStatus.IN_PLACE
    elif notes or rounds:
        status = StepStatus.IN_PROGRESS
    else:
        status = StepStatus.NOT_STARTED
    return _derived(
        status.value,
        _(
            "%(n)d notes on the startfoto figures and %(r)d closed Analysetool rounds; in place "
            "needs both."
        )
        % {"n": notes, "r": rounds},
    )


def care_path_state(coalition: Coalition, today: date) -> tuple[int, int, int] | None:
    """(care paths, with a current version, of which reviewed in time) or None."""
    if not apps.is_installed("kansrijk.socialmap"):
        return None
    from kansrijk.socialmap.models import CarePath

    total = active = reviewed = 0
    for path in CarePath.objects.filter(coalition=coalition):
        total += 1
        current = path.current
        if current is None:
            continue
        active += 1
        if current.next_review is not None and current.next_review >= today:
            reviewed += 1
    return total, active, reviewed


def agreements(coalition: Coalition) -> Derived:
    """Step 3: a care path for every risk situation the coalition chose, active and reviewed."""
    state = care_path_state(coalition, date.today())
    if state is None:
        return _unknown(_("The social map"))
    total, active, reviewed = state
    if total and reviewed == total:
        status = StepStatus.IN_PLACE
    elif total:
        status = StepStatus.IN_PROGRESS
    else:
        status = StepStatus.NOT_STARTED
    return _derived(
        status.value,
        _(
            "%(t)d care paths for the chosen risk situations, %(a)d with a current version, "
            "%(r)d with a review date that has not passed; in place needs all of them reviewed."
        )
        % {"t": total, "a": active, "r": reviewed},
    )


def signalling(coalition: Coalition, today: date | None = None) -> Derived:
    """Step 4: in place when the coalition agreed its screening instruments and the prenatal
    home visit (criteria, JGZ, referral route) and JGZ reported home-visit figures for one of
    the last four quarters; in progress when one or two of these are there."""
    if not apps.is_installed("kansrijk.signalling"):
        return _unknown(_("Early signalling"))
    instrument_agreement = apps.get_model("signalling", "InstrumentAgreement")
    home_visit_agreement = apps.get_model("signalling", "HomeVisitAgreement")
    home_visit_figures = apps.get_model("signalling", "HomeVisitFigures")
    latest = instrument_agreement.objects.filter(coalition=coalition).first()  # newest first
    instruments = latest.instruments.count() if latest else 0
    agreed_visit = home_visit_agreement.objects.filter(coalition=coalition).exists()
    today = today or date.today()
    this_quarter = today.year * 4 + (today.month - 1) // 3
    quarters = {
        year * 4 + quarter - 1
        for year, quarter in home_visit_figures.objects.filter(coalition=coalition).values_list(
            "year", "quarter"
        )
    }
    recent = any(this_quarter - 4 <= q <= this_quarter for q in quarters)
    present = (instruments > 0) + agreed_visit + recent
    if present == 3:
        status = StepStatus.IN_PLACE
    else:
        status = StepStatus.IN_PROGRESS if present else StepStatus.NOT_STARTED
    return _derived(
        status.value,
        _(
            "%(n)d screening instruments agreed; prenatal home visit agreed: %(visit)s; "
            "home-visit figures of the last four quarters: %(recent)s."
        )
        % {
            "n": instruments,
            "visit": _("yes") if agreed_visit else _("no"),
            "recent": _("yes") if recent else _("no"),
        },
    )


def palette_state(coalition: Coalition) -> tuple[int, int, int, int | None] | None:
    """(palette items, phases covered, phases in the list, summed reach per year) or None."""
    if not apps.is_installed("kansrijk.interventions"):
        return None
    from kansrijk.interventions.models import PaletteItem, Phase

    items = PaletteItem.objects.filter(coalition=coalition)
    covered = Phase.objects.filter(active=True, palette_items__coalition=coalition).distinct()
    reach = items.aggregate(total=Sum("reach_per_year"))["total"]
    return items.count(), covered.count(), Phase.objects.filter(active=True).count(), reach


def interventions(coalition: Coalition) -> Derived:
    """Step 5: a palette of interventions that covers every phase."""
    state = palette_state(coalition)
    if state is None:
        return _unknown(_("The palette of interventions"))
    count, covered, phases, _reach = state
    if count and covered >= phases:
        status = StepStatus.IN_PLACE
    elif count:
        status = StepStatus.IN_PROGRESS
    else:
        status = StepStatus.NOT_STARTED
    return _derived(
        status.value,
        _("%(n)d interventions in the palette covering %(c)d of %(p)d phases.")
        % {"n": count, "c": covered, "p": phases},
    )


def financing(coalition: Coalition, year: int) -> tuple[Decimal, Decimal] | None:
    """(planned, realised) euros of the coalition's financing lines in ``year``, or None."""
    if not apps.is_installed("kansrijk.interventions"):
        return None
    from kansrijk.interventions.models import FinancingLine

    totals = FinancingLine.objects.filter(coalition=coalition, year=year).aggregate(
        planned=Sum("planned_eur"), realised=Sum("realised_eur")
    )
    return totals["planned"] or Decimal(0), totals["realised"] or Decimal(0)


def _label(text: object) -> str:
    from kansrijk.ui.bilingual import pick

    return pick(str(getattr(text, "nl", text)), str(getattr(text, "en", "")))


@dataclass(frozen=True)
class QuestionnaireSummary:
    available: bool
    coalitions: int = 0
    parts: list[dict[str, Any]] = field(default_factory=list)
    min_groups: int = 0


def questionnaire_summary(key: str, *, coalitions: list[int] | None = None) -> QuestionnaireSummary:
    """The mean per part over the latest closed round of every coalition (or of the given
    coalition ids). A part is shown only when at least the questionnaire's minimum of
    coalitions contributes to it."""
    empty = QuestionnaireSummary(available=False)
    if not apps.is_installed("kansrijk.assessments"):
        return empty
    from kansrijk.assessments import selectors as assessment_selectors
    from kansrijk.assessments.models import Round

    questionnaire = assessment_selectors.questionnaire_get(key)
    if questionnaire is None:
        return empty
    latest: dict[int, Round] = {}
    closed = Round.objects.filter(questionnaire=questionnaire, closed_at__isnull=False)
    if coalitions is not None:
        closed = closed.filter(coalition_id__in=coalitions)
    for candidate in closed.select_related("questionnaire", "version").order_by(
        "coalition_id", "-opened_at", "-pk"
    ):
        latest.setdefault(candidate.coalition_id, candidate)
    means: dict[str, list[float]] = {}
    order: list[str] = []
    for assessment_round in latest.values():
        result = assessment_selectors.round_result(assessment_round, compare=False)
        if result is None:
            continue
        for part in result.parts:
            title = _label(part.title)
            if title not in means:
                means[title] = []
                order.append(title)
            if not part.summary.suppressed and part.summary.mean is not None:
                means[title].append(part.summary.mean)
    minimum = questionnaire.benchmark_min_groups
    parts = [
        {
            "part": title,
            "coalitions": len(means[title]),
            "mean": round(sum(means[title]) / len(means[title]), 2)
            if len(means[title]) >= minimum
            else None,
        }
        for title in order
    ]
    return QuestionnaireSummary(
        available=True, coalitions=len(latest), parts=parts, min_groups=minimum
    )


def survey_results(coalition: Coalition, key: str) -> list[dict[str, Any]]:
    """Per closed round of the questionnaire, oldest first: the mean per theme (dimension)."""
    if not apps.is_installed("kansrijk.assessments"):
        return []
    from kansrijk.assessments import selectors as assessment_selectors
    from kansrijk.assessments.models import Round

    rounds = (
        Round.objects.filter(coalition=coalition, questionnaire__key=key, closed_at__isnull=False)
        .select_related("questionnaire", "version")
        .order_by("opened_at", "pk")
    )
    result = []
    for assessment_round in rounds:
        built = assessment_selectors.round_result(assessment_round, compare=False)
        if built is None:
            continue
        themes = [
            {
                "theme": _label(theme.title),
                "mean": None if theme.summary.suppressed else theme.summary.mean,
                "suppressed": theme.summary.suppressed,
            }
            for part in built.parts
            for theme in part.themes
        ]
        result.append(
            {
                "round": assessment_round,
                "respondents": built.respondents,
                "suppressed": built.overall.suppressed,
                "themes": themes,
            }
        )
    return result
