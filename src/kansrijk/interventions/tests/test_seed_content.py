"""The seed content of the menu: pure, runs with `pytest -p no:django`."""

from __future__ import annotations

from kansrijk.interventions import seeds

NAMED_BY_THE_ISSUE = {
    "nu-niet-zwanger",
    "centeringzwangerschap",
    "centeringouderschap",
    "voorzorg",
    "stevig-ouderschap",
    "samen-starten",
    "home-start",
    "moeders-informeren-moeders",
    "samen-oplopen",
    "steunouders",
    "babythuiszorg",
    "preconceptieconsult",
    "prenataal-huisbezoek-jgz",
}


def test_the_seed_has_no_unknown_keys_missing_fields_or_duplicates() -> None:
    risk_keys = {item["key"] for item in seeds.load_risk_situations()}
    assert seeds.problems(seeds.load_lists(), seeds.load_menukaart(), risk_keys) == []


def test_the_menu_holds_at_least_25_interventions_including_those_the_issue_names() -> None:
    keys = {entry["key"] for entry in seeds.load_menukaart()}
    assert len(keys) >= 25
    assert keys >= NAMED_BY_THE_ISSUE


def test_the_zvw_statuses_follow_the_zorginstituut_where_the_handreiking_says_so() -> None:
    status = {entry["key"]: entry["zvw_status"] for entry in seeds.load_menukaart()}
    assert status["preconceptieconsult"] == "insured"
    assert status["centeringzwangerschap"] == "insured"
    assert status["nu-niet-zwanger"] == "not-insured"
    assert status["babythuiszorg"] == "not-insured"
    assert status["integrale-gezinspoli"] == "partly-insured"


def test_the_national_spuk_amounts_are_those_of_the_handreiking() -> None:
    budgets = {
        (row["kind"], row["year"]): row["amount_eur"]
        for row in seeds.load_lists()["national_budgets"]
    }
    assert budgets[("spuk-gala-kansrijke-start", 2023)] == 15_000_000
    assert budgets[("spuk-gala-kansrijke-start", 2024)] == 16_000_000
    assert budgets[("spuk-gala-kansrijke-start", 2025)] == 16_000_000
    assert budgets[("spuk-gala-kansrijke-start", 2026)] == 20_000_000
    assert budgets[("prenatal-home-visit", 2023)] == 5_300_000


def test_a_broken_entry_is_reported_in_words() -> None:
    lists = seeds.load_lists()
    entry = {**seeds.load_menukaart()[0], "phases": ["someday"], "source_url": ""}
    found = seeds.problems(lists, [entry, entry], {"lifestyle"})
    assert f"{entry['key']}: unknown phases 'someday'" in found
    assert f"{entry['key']}: source_url is missing" in found
    assert f"{entry['key']}: key used twice" in found
