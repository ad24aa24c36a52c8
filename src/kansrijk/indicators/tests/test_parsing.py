"""Parsing and checking indicator files, without a database."""

from __future__ import annotations

import datetime
import io
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kansrijk.indicators.parsing import Known, parse

KNOWN = Known(
    units={"big2": "percentage", "geboortecijfer": "per_1000", "stedelijkheid": "score"},
    areas=frozenset({"GM0344", "GM0363", "GG3114", "NL01"}),
    abolished={"GM0457": (datetime.date(2022, 3, 24), "GM0363")},
)
HEADER = "indicator,area,period,numerator,denominator,value\n"


def codes(parsed: Any) -> Any:
    return [(p.line, p.code) for p in parsed.problems]


def test_a_clean_tidy_file_gives_rows_with_the_value_computed_from_the_counts() -> None:
    parsed = parse(
        (HEADER + "big2,GM0344,2022,612,4130,\ngeboortecijfer,GM0363,2022,,,10\n").encode(), KNOWN
    )
    assert parsed.problems == []
    first, second = parsed.rows
    assert first.value is not None and round(first.value, 2) == 14.82
    assert (second.numerator, second.value) == (None, 10.0)


def test_a_pooled_period_is_read_as_a_span_of_years() -> None:
    parsed = parse((HEADER + "big2,GM0344,2018-2022,3000,20000,\n").encode(), KNOWN)
    assert (parsed.rows[0].period_start, parsed.rows[0].period_end) == (2018, 2022)


def test_every_bad_row_is_listed_with_its_line() -> None:
    body = (
        "big3,GM0344,2022,1,10,\n"  # 2 unknown indicator
        "big2,GM9999,2022,1,10,\n"  # 3 unknown area
        "big2,GM0344,2022,11,10,\n"  # 4 numerator above denominator
        "big2,GM0363,2022,-1,10,\n"  # 5 negative count
        "big2,GM0344,2021,1,10,\n"  # 6 fine
        "big2,GM0344,2021,2,10,\n"  # 7 duplicate of line 6
        "big2,GM0344,twintig,1,10,\n"  # 8 bad period
        "big2,GM0344,2020,1,10,55\n"  # 9 value does not match the counts
        "big2,GM0344,2019,1.5,10,\n"  # 10 not a whole number
        "big2,GM0344,2018,,,\n"  # 11 no value
    )
    parsed = parse((HEADER + body).encode(), KNOWN)
    assert codes(parsed) == [
        (2, "unknown_indicator"),
        (3, "unknown_area"),
        (4, "numerator_above_denominator"),
        (5, "negative"),
        (7, "duplicate"),
        (8, "bad_period"),
        (9, "value_mismatch"),
        (10, "not_a_whole_number"),
        (11, "no_value"),
    ]


def test_a_value_of_an_abolished_municipality_after_its_merger_is_refused() -> None:
    parsed = parse((HEADER + "big2,GM0457,2022,5,100,\nbig2,GM0457,2020,5,100,\n").encode(), KNOWN)
    assert codes(parsed) == [(2, "abolished_area")]
    assert parsed.problems[0].params["successor"] == "GM0363"
    assert parsed.rows[0].area == "GM0457"  # before the merger it stays its own series


def test_a_file_without_the_required_columns_is_refused() -> None:
    parsed = parse(b"indicator;gebied;jaar\nbig2;GM0344;2022\n", KNOWN)
    assert codes(parsed) == [(1, "missing_columns")]


def test_a_semicolon_file_with_decimal_commas_is_read() -> None:
    parsed = parse(
        "indicator;area;period;numerator;denominator;value\ngeboortecijfer;GM0344;2022;;;10,5\n".encode(
            "cp1252"
        ),
        KNOWN,
    )
    assert parsed.rows[0].value == 10.5


STATLINE = (
    '"ID";"WijkenEnBuurten";"Gemeentenaam_1";"SoortRegio_2";"Codering_3";'
    '"AantalInwoners_5";"GeboorteRelatief_25";"Mannen_6"\n'
    '0;"GM0344  ";"Utrecht   ";"Gemeente  ";"GM0344    ";361699;11;1\n'
    '1;"GM0363  ";"Amsterdam ";"Gemeente  ";"GM0363    ";882633;.;1\n'
)
COLUMNS = {
    "GeboorteRelatief": ("geboortecijfer", "value"),
    "AantalInwoners_5": ("geboortecijfer", "denominator"),
}


def test_a_statline_export_is_read_through_the_column_mapping() -> None:
    parsed = parse(STATLINE.encode(), KNOWN, statline_columns=COLUMNS, statline_period="2022")
    assert parsed.problems == []
    (row,) = [r for r in parsed.rows if r.area == "GM0344"]
    assert (row.indicator, row.period_start, row.value, row.denominator) == (
        "geboortecijfer",
        2022,
        11.0,
        361699,
    )
    assert "Mannen_6" in parsed.unused_columns
    assert parsed.unpublished == 1  # Amsterdam's "." is counted, not stored


def test_a_statline_export_with_a_perioden_column_takes_the_year_from_it() -> None:
    text = '"ID";"RegioS";"Perioden";"GeboorteRelatief_25"\n0;"GM0344  ";"2021JJ00";12\n'
    parsed = parse(text.encode(), KNOWN, statline_columns=COLUMNS)
    assert parsed.rows[0].period_start == 2021


def test_a_statline_export_without_a_year_or_known_columns_is_refused() -> None:
    parsed = parse(STATLINE.encode(), KNOWN, statline_columns=COLUMNS)
    assert codes(parsed) == [(1, "statline_no_period")]
    parsed = parse(STATLINE.encode(), KNOWN, statline_columns={}, statline_period="2022")
    assert codes(parsed) == [(1, "statline_no_columns")]


def test_an_empty_file_is_refused() -> None:
    assert codes(parse(HEADER.encode(), KNOWN)) == [(1, "empty")]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_rows_or_problems_and_never_an_exception(data: bytes) -> None:
    parsed = parse(HEADER.encode() + data, KNOWN)
    assert parsed.rows or parsed.problems


rows_strategy = st.lists(
    st.tuples(
        st.sampled_from(["GM0344", "GM0363", "GG3114", "NL01"]),
        st.integers(2000, 2030),
        st.integers(1, 100_000).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))),
    ),
    min_size=1,
    max_size=20,
    unique_by=lambda r: (r[0], r[1]),
)


@settings(max_examples=100, deadline=None)
@given(rows_strategy)
def test_every_sound_row_comes_back_unchanged(rows: list[Any]) -> None:
    body = "".join(f"big2,{area},{year},{k},{n},\n" for area, year, (k, n) in rows)
    parsed = parse((HEADER + body).encode(), KNOWN)
    assert parsed.problems == []
    assert [(r.area, r.period_start, r.numerator, r.denominator) for r in parsed.rows] == [
        (area, year, k, n) for area, year, (k, n) in rows
    ]


def test_a_file_that_is_not_csv_text_is_refused_with_a_problem() -> None:
    assert codes(parse(HEADER.encode() + b"big2\x00,GM0344", KNOWN)) == [(2, "unreadable")]
    assert parse((HEADER + "big2,GM0344,2022,1,10,\r").encode(), KNOWN).problems == []


def test_a_row_with_a_field_more_or_less_than_the_header_is_refused_not_shifted() -> None:
    parsed = parse(
        (
            HEADER
            + "big2,GM0344,2022,612,4130,\n"
            + "big2,GM0363,2022,15,00,10000,\n"  # a decimal comma without quotes: 7 fields
            + "big2,GM0363,2021,1500,10000\n"  # the empty value left out: 5 fields
        ).encode(),
        KNOWN,
    )
    assert codes(parsed) == [(3, "field_count"), (4, "field_count")]
    assert parsed.problems[0].params == {"found": 7, "expected": 6}


def test_a_value_of_a_municipality_for_the_year_it_merged_during_is_refused() -> None:
    # Weesp went into Amsterdam on 24 March 2022: 2022 and a pool ending in 2022 are refused.
    parsed = parse(
        (
            HEADER
            + "big2,GM0457,2021,5,100,\nbig2,GM0457,2022,5,100,\nbig2,GM0457,2018-2022,5,100,\n"
        ).encode(),
        KNOWN,
    )
    assert codes(parsed) == [(3, "abolished_area"), (4, "abolished_area")]
    assert [r.period_start for r in parsed.rows] == [2021]


class _WholeReadForbidden(io.BytesIO):
    """A file that refuses to be read whole: the parser must stream it in pieces."""

    def read(self, size: int | None = -1) -> bytes:
        assert size is not None and 0 < size <= 1024 * 1024, size
        return super().read(size)

    def read1(self, size: int | None = -1) -> bytes:
        assert size is not None and 0 < size <= 1024 * 1024, size
        return super().read1(size)


def test_a_file_is_read_as_a_stream_and_not_whole_into_memory() -> None:
    body = HEADER + "".join(f"big2,GM0344,{1900 + i},1,10,\n" for i in range(100))
    stream = _WholeReadForbidden(body.encode())
    parsed = parse(stream, KNOWN)
    assert (len(parsed.rows), parsed.problems) == (100, [])
    assert not stream.closed  # the caller closes its own file


def test_a_windows_1252_file_is_read_also_when_its_first_accent_comes_late() -> None:
    body = (
        HEADER
        + "big2,GM0344,2022,612,4130,\n"
        + "".join(f"big2,GM0363,{1900 + i},1,10,\n" for i in range(5000))
    )
    parsed = parse((body + '\n"caf\xe9"\n').encode("cp1252"), KNOWN)
    assert parsed.problem_count == 1 and parsed.problems[0].line == 5004
    assert parsed.problems[0].code == "field_count"


def test_more_rows_than_the_limit_stop_the_reading_with_one_problem() -> None:
    body = HEADER + "".join(f"big2,GM0344,{1900 + i},1,10,\n" for i in range(60))
    parsed = parse(body.encode(), KNOWN, max_rows=50)
    assert codes(parsed) == [(52, "too_many_rows")]
    assert parsed.problems[0].params == {"max": 50}


def test_only_the_first_hundred_problems_are_kept_and_the_rest_are_counted() -> None:
    body = HEADER + "".join(f"big2,GM9999,{1900 + i},1,10,\n" for i in range(250))
    parsed = parse(body.encode(), KNOWN)
    assert len(parsed.problems) == 100
    assert (parsed.problem_count, parsed.more_problems) == (250, 150)
    assert parsed.problems[-1].line == 101
