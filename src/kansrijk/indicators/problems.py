"""Readable (translated) messages for the problems ``parsing`` finds in a file."""

from __future__ import annotations

import datetime

from django.template.defaultfilters import filesizeformat
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from kansrijk.indicators.parsing import Problem


def describe(problem: Problem) -> str:
    params = dict(problem.params)
    if isinstance(params.get("merged_on"), datetime.date):
        params["merged_on"] = date_format(params["merged_on"], "SHORT_DATE_FORMAT")
    if "size" in params:
        params["size"] = filesizeformat(params["size"])
    messages = {
        "missing_columns": _("The file lacks the columns: %(columns)s."),
        "empty": _("The file holds no values."),
        "unreadable": _("The file cannot be read as CSV text."),
        "duplicate": _("This row repeats the indicator, area and period of line %(first)s."),
        "unknown_indicator": _("Unknown indicator code “%(code)s”."),
        "unknown_area": _("Unknown area code “%(code)s”."),
        "abolished_area": _(
            "Municipality %(code)s no longer exists from %(merged_on)s on (it went into "
            "%(successor)s); a period that reaches that day is refused, and its values are "
            "not attached to the successor. Give the value for %(successor)s instead."
        ),
        "field_count": _(
            "This row has %(found)s fields; the header has %(expected)s. Check for a "
            "separator too many or too few (a comma inside a number or a name needs quotes)."
        ),
        "too_many_rows": _(
            "The file has more than %(max)s rows; reading stopped here. Split it into "
            "smaller files."
        ),
        "file_too_large": _("The file is larger than %(size)s; split it into smaller files."),
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
