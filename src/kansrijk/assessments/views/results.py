"""The results of a closed round: page, PDF and CSV. Aggregates only, see `selectors`."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from kansrijk.accounts.decorators import coalition_view
from kansrijk.assessments import charts, selectors
from kansrijk.assessments.models import Instrument, Item, Round
from kansrijk.assessments.results import ItemResult, RoundResult
from kansrijk.assessments.scoring import Flag, Summary
from kansrijk.assessments.views.rounds import round_of
from kansrijk.coalitions.models import STEPS, Coalition
from kansrijk.reports.csv import csv_response

STEP_NAMES = dict(STEPS)


def instrument_url(instrument: Instrument, coalition: Coalition) -> str | None:
    """The instrument's page for this coalition, if the platform has one."""
    if not instrument.url_name:
        return None
    for kwargs in ({"slug": coalition.slug}, {}):
        try:
            return reverse(instrument.url_name, kwargs=kwargs)
        except NoReverseMatch:
            continue
    return None


def flag_labels(summary: Summary) -> list[str]:
    labels = charts.signal_labels()
    order = [Flag.NO_AGREEMENT, Flag.IMPROVE, Flag.STRONG]
    return [labels[flag.value] for flag in order if flag in summary.flags]


def _row(
    res: ItemResult,
    items: dict[str, Item],
    coalition: Coalition,
    comments: dict[str, list[str]],
    scale: range,
) -> dict[str, Any]:
    item = items[res.key]
    return {
        "number": item.position,
        "item": item,
        "res": res,
        "summary": res.summary,
        "distribution": [(p, res.summary.distribution.get(p, 0)) for p in scale],
        "flags": flag_labels(res.summary),
        "signal": charts.signal(res.summary),
        "change": res.change,
        "step": f"{item.step}. {STEP_NAMES.get(item.step, '')}",
        "instrument": item.instrument,
        "instrument_url": instrument_url(item.instrument, coalition),
        "comments": comments.get(res.key, []),
    }


def results_context(assessment_round: Round, *, with_charts: bool = True) -> dict[str, Any]:
    coalition = assessment_round.coalition
    questionnaire = assessment_round.questionnaire
    result = selectors.round_result(assessment_round)
    assert result is not None  # the views only call this for closed rounds
    items = {item.key: item for item in selectors.version_items(assessment_round.version)}
    numbers = {key: item.position for key, item in items.items()}
    comments = selectors.round_comments(assessment_round)
    scale = range(questionnaire.scale_min, questionnaire.scale_max + 1)
    rows = {res.key: _row(res, items, coalition, comments, scale) for res in result.items}
    parts: list[dict[str, Any]] = []
    for part in result.parts:
        parts.append(
            {
                "result": part,
                "title": charts.text(part.title),
                "themes": [
                    {
                        "result": t,
                        "title": charts.text(t.title),
                        "rows": [rows[i.key] for i in t.items],
                    }
                    for t in part.themes
                ],
                "chart": charts.part_chart(
                    part, numbers, scale_min=scale.start, scale_max=scale.stop - 1
                )
                if with_charts and not result.suppressed
                else None,
            }
        )
    previous = selectors.round_previous(assessment_round)
    benchmark = selectors.round_benchmark(assessment_round)
    return {
        "coalition": coalition,
        "round": assessment_round,
        "questionnaire": questionnaire,
        "result": result,
        "parts": parts,
        "scale": list(scale),
        "scale_labels": [(p, questionnaire.scale_label(p)) for p in scale],
        "no_agreement": [rows[i.key] for i in result.flagged(Flag.NO_AGREEMENT)],
        "improve": [rows[i.key] for i in result.flagged(Flag.IMPROVE)],
        "strong": [rows[i.key] for i in result.flagged(Flag.STRONG)],
        "moved": [rows[i.key] for i in result.moved()],
        "previous": previous,
        "overview_chart": charts.overview_chart(
            result, scale_min=scale.start, scale_max=scale.stop - 1
        )
        if with_charts and not result.suppressed
        else None,
        "benchmark": benchmark,
        "benchmark_rows": [
            {"title": charts.text(part.title), "position": benchmark.parts.get(part.key)}
            for part in result.parts
        ],
        "thresholds": questionnaire.thresholds,
        "signal_labels": charts.signal_labels(),
    }


def _closed_or_open_page(request: HttpRequest, assessment_round: Round) -> HttpResponse | None:
    if assessment_round.is_open:
        context = {
            "coalition": assessment_round.coalition,
            "round": assessment_round,
            "respondents": selectors.round_respondent_count(assessment_round),
        }
        return render(request, "assessments/results_open.html", context, status=409)
    return None


@coalition_view("member")
def results(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    assessment_round = round_of(coalition, pk)
    refused = _closed_or_open_page(request, assessment_round)
    if refused is not None:
        return refused
    context = results_context(assessment_round)
    context["page_head"] = True
    return render(request, "assessments/results.html", context)


@coalition_view("member")
def results_pdf(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    assessment_round = round_of(coalition, pk)
    refused = _closed_or_open_page(request, assessment_round)
    if refused is not None:
        return refused
    # Imported here so that the pages keep working when WeasyPrint cannot load.
    from kansrijk.reports.pdf import render_to_pdf

    return render_to_pdf(
        "assessments/results_pdf.html",
        results_context(assessment_round),
        request,
        filename=f"analysetool-{coalition.slug}-{assessment_round.pk}.pdf",
    )


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}".replace(".", ",")


def csv_rows(result: RoundResult, numbers: dict[str, int], scale: range) -> list[list[Any]]:
    rows: list[list[Any]] = []

    def add(level: str, key: str, label: str, summary: Summary, change: Any) -> None:
        rows.append(
            [
                level,
                key,
                label,
                summary.respondents,
                summary.unknown,
                summary.not_applicable,
                _("yes") if summary.suppressed else _("no"),
                _number(summary.mean),
                _number(summary.sd),
                _number(summary.iqr),
                *[summary.distribution.get(p, "") for p in scale],
                " / ".join(flag_labels(summary)),
                _number(change.delta) if change is not None else "",
            ]
        )

    add(_("questionnaire"), "", _("All statements"), result.overall, result.change)
    for part in result.parts:
        add(_("part"), part.key, charts.text(part.title), part.summary, part.change)
        for theme in part.themes:
            add(_("theme"), theme.key, charts.text(theme.title), theme.summary, theme.change)
            for item in theme.items:
                label = f"{numbers.get(item.key, '')}. {charts.text(item.item.text)}"
                add(_("statement"), item.key, label, item.summary, item.change)
    return rows


@coalition_view("member")
def results_csv(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    assessment_round = round_of(coalition, pk)
    refused = _closed_or_open_page(request, assessment_round)
    if refused is not None:
        return refused
    result = selectors.round_result(assessment_round)
    assert result is not None
    questionnaire = assessment_round.questionnaire
    scale = range(questionnaire.scale_min, questionnaire.scale_max + 1)
    numbers = {i.key: i.position for i in selectors.version_items(assessment_round.version)}
    header = [
        _("Level"),
        _("Identifier"),
        _("Text"),
        _("Respondents with a score"),
        _("Don't know"),
        _("Not applicable"),
        _("Suppressed"),
        _("Mean"),
        _("Standard deviation"),
        _("Interquartile range"),
        *[_("Number of %(point)s") % {"point": p} for p in scale],
        _("Signals"),
        _("Change since previous round"),
    ]
    return csv_response(
        f"analysetool-{coalition.slug}-{assessment_round.pk}.csv",
        header,
        csv_rows(result, numbers, scale),
    )
