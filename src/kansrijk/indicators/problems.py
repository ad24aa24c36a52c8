"""Readable (translated) messages for the problems ``parsing`` finds in a file."""

from __future__ import annotations

from django.utils.translation import gettext as _

from kansrijk.indicators.parsing import Problem


def describe(problem: Problem) -> str:
    params = dict(problem.params)
    messages = {
        "missing_columns": _("The file lacks the columns: %(columns)s."),
        "empty": _("The file holds no values."),
        "unreadable": _("The file cannot be read as CSV text."),
        "duplicate": _("This row repeats the indicator, area and period of line %(first)s."),
        "unknown_indicator": _("Unknown indicator code “%(code)s”."),
        "unknown_area": _("Unknown area code “%(code)s”."),
        "abolished_area": _(
            "Municipality %(code)s no longer existed after %(last_year)s (it merged into "
            "%(successor)s); its values are not attached to the successor. Give the value "
            "for %(successor)s instead."
        ),
        "bad_period": _("“%(period)s” is not a year or a span of years such as 2018-2022."),
        "not_a_number": _("The %(column)s is not a number."),
        "not_a_whole_number": _("The %(column)s must be a whole number."),
        "negative": _("The %(column)s cannot be negative."),
        "too_large": _("The %(column)s is larger than %(max)s."),
        "numerator_above_denominator": _("The numerator is larger than the denominator."),
        "numerator_without_denominator": _("A numerator needs a denominator above zero."),
        "no_value": _("Give a value, or both a numerator and a denominator."),
        "value_mismatch": _(
            "The value %(value)s does not match numerator and denominator (%(computed)s)."
        ),
        "statline_no_columns": _(
            "None of the StatLine columns is linked to an indicator; give a column mapping."
        ),
        "statline_no_period": _("This StatLine table has no Perioden column: give the year."),
    }
    template = messages.get(problem.code, problem.code)
    return template % params if params else template
