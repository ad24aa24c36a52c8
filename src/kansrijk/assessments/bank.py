"""Reading and checking a statement bank file (pure, no Django).

A bank file (see `seed/analysetool.yaml`) describes one version of a questionnaire: its
scale and thresholds, and its parts, themes and items. `parse_bank` turns the YAML text
into frozen dataclasses and refuses anything the engine could not use, with a message
that says where the problem is. The same check guards the reference data and the national
editor's upload of a new version.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from django.utils.translation import gettext as _

SEED_DIR = Path(__file__).resolve().parent / "seed"
LANGUAGES = ("nl", "en")
KEY_CHARACTERS = set("abcdefghijklmnopqrstuvwxyz0123456789-._")


MAX_TEXT_LENGTH = 2000  # a statement, a label, a note


class BankError(ValueError):
    """A bank file that cannot be used; the message names the place of the problem."""


@dataclass(frozen=True)
class Text:
    nl: str
    en: str


@dataclass(frozen=True)
class BankItem:
    key: str
    text: Text
    step: int
    instrument: str


@dataclass(frozen=True)
class BankTheme:
    key: str
    title: Text
    items: tuple[BankItem, ...]


@dataclass(frozen=True)
class BankPart:
    key: str
    title: Text
    themes: tuple[BankTheme, ...]

    @property
    def items(self) -> tuple[BankItem, ...]:
        return tuple(item for theme in self.themes for item in theme.items)


@dataclass(frozen=True)
class Bank:
    key: str
    name: Text
    description: Text
    scale_min: int
    scale_max: int
    scale_labels: dict[int, Text]
    allow_unknown: bool
    allow_not_applicable: bool
    min_respondents: int
    benchmark_min_groups: int
    strong_mean: float
    improve_mean: float
    disagreement_sd: float
    meaningful_change: float
    version: int
    note: Text
    parts: tuple[BankPart, ...]

    @property
    def items(self) -> tuple[BankItem, ...]:
        return tuple(item for part in self.parts for item in part.items)

    def statements_digest(self) -> str:
        """A fingerprint of what respondents see; equal banks give equal digests."""
        content = [
            [
                part.key,
                part.title.nl,
                part.title.en,
                [
                    [
                        theme.key,
                        theme.title.nl,
                        theme.title.en,
                        [[i.key, i.text.nl, i.text.en, i.step, i.instrument] for i in theme.items],
                    ]
                    for theme in part.themes
                ],
            ]
            for part in self.parts
        ]
        encoded = json.dumps(content, ensure_ascii=False, sort_keys=True).encode()
        return hashlib.sha256(encoded).hexdigest()


def _mapping(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BankError(_("%(where)s: expected a mapping") % {"where": where})
    return value


def _text(value: Any, where: str) -> Text:
    data = _mapping(value, where)
    unexpected = set(data) - set(LANGUAGES)
    if unexpected:
        raise BankError(
            _("%(where)s: unexpected %(keys)s; quote a text with a comma")
            % {"where": where, "keys": sorted(map(str, unexpected))}
        )
    texts = {}
    for language in LANGUAGES:
        text = data.get(language)
        if isinstance(text, str) and len(text) > MAX_TEXT_LENGTH:
            raise BankError(
                _("%(where)s: the '%(language)s' text has more than %(max)s characters")
                % {"where": where, "language": language, "max": MAX_TEXT_LENGTH}
            )
        if not isinstance(text, str) or not text.strip():
            raise BankError(
                _("%(where)s: the '%(language)s' text is missing")
                % {"where": where, "language": language}
            )
        texts[language] = " ".join(text.split())
    return Text(**texts)


def _key(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value or not set(value) <= KEY_CHARACTERS:
        raise BankError(
            _("%(where)s: a key is lower-case letters, digits, '-', '.' or '_'") % {"where": where}
        )
    if len(value) > 80:
        raise BankError(_("%(where)s: a key has at most 80 characters") % {"where": where})
    return value


def _int(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise BankError(
            _("%(where)s: expected a whole number from %(low)s to %(high)s")
            % {"where": where, "low": low, "high": high}
        )
    return value


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BankError(_("%(where)s: expected a number") % {"where": where})
    return float(value)


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise BankError(_("%(where)s: expected a non-empty list") % {"where": where})
    return value


def parse_bank(text: str, *, instruments: set[str], steps: set[int]) -> Bank:
    """Parse and check a bank file; `instruments` and `steps` are the known ones."""
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise BankError(_("not valid YAML: %(error)s") % {"error": error}) from error
    root = _mapping(document, "file")
    q = _mapping(root.get("questionnaire"), "questionnaire")
    scale = _mapping(q.get("scale"), "questionnaire.scale")
    scale_min = _int(scale.get("min"), "questionnaire.scale.min", 0, 10)
    scale_max = _int(scale.get("max"), "questionnaire.scale.max", scale_min + 1, 10)
    raw_labels: dict[Any, Any] = _mapping(scale.get("labels"), "questionnaire.scale.labels")
    labels = {
        point: _text(
            raw_labels.get(point, raw_labels.get(str(point))),
            f"questionnaire.scale.labels.{point}",
        )
        for point in range(scale_min, scale_max + 1)
    }
    thresholds = _mapping(q.get("thresholds", {}), "questionnaire.thresholds")
    version = _mapping(root.get("version"), "version")

    seen: set[str] = set()

    def unique(key: str, where: str) -> str:
        if key in seen:
            raise BankError(
                _("%(where)s: the key '%(key)s' is used twice") % {"where": where, "key": key}
            )
        seen.add(key)
        return key

    parts = []
    for p_index, raw_part in enumerate(_list(root.get("parts"), "parts"), start=1):
        p_where = f"parts[{p_index}]"
        part = _mapping(raw_part, p_where)
        themes = []
        for t_index, raw_theme in enumerate(_list(part.get("themes"), f"{p_where}.themes"), 1):
            t_where = f"{p_where}.themes[{t_index}]"
            theme = _mapping(raw_theme, t_where)
            items = []
            for i_index, raw_item in enumerate(_list(theme.get("items"), f"{t_where}.items"), 1):
                i_where = f"{t_where}.items[{i_index}]"
                item = _mapping(raw_item, i_where)
                step = _int(item.get("step"), f"{i_where}.step", 1, 99)
                if step not in steps:
                    raise BankError(
                        _("%(where)s.step: unknown step %(step)s")
                        % {"where": i_where, "step": step}
                    )
                instrument = item.get("instrument")
                if instrument not in instruments:
                    raise BankError(
                        _("%(where)s.instrument: unknown instrument %(key)r")
                        % {"where": i_where, "key": instrument}
                    )
                items.append(
                    BankItem(
                        key=unique(_key(item.get("key"), f"{i_where}.key"), i_where),
                        text=_text({"nl": item.get("nl"), "en": item.get("en")}, i_where),
                        step=step,
                        instrument=str(instrument),
                    )
                )
            themes.append(
                BankTheme(
                    key=unique(_key(theme.get("key"), f"{t_where}.key"), t_where),
                    title=_text(theme.get("title"), f"{t_where}.title"),
                    items=tuple(items),
                )
            )
        parts.append(
            BankPart(
                key=unique(_key(part.get("key"), f"{p_where}.key"), p_where),
                title=_text(part.get("title"), f"{p_where}.title"),
                themes=tuple(themes),
            )
        )

    strong = _number(thresholds.get("strong_mean", 4.0), "thresholds.strong_mean")
    improve = _number(thresholds.get("improve_mean", 3.0), "thresholds.improve_mean")
    if not scale_min <= improve <= strong <= scale_max:
        raise BankError(_("thresholds: improve_mean <= strong_mean, both on the scale"))
    return Bank(
        key=_key(q.get("key"), "questionnaire.key"),
        name=_text(q.get("name"), "questionnaire.name"),
        description=_text(q.get("description"), "questionnaire.description"),
        scale_min=scale_min,
        scale_max=scale_max,
        scale_labels=labels,
        allow_unknown=bool(scale.get("allow_unknown", True)),
        allow_not_applicable=bool(scale.get("allow_not_applicable", True)),
        min_respondents=_int(q.get("min_respondents", 3), "min_respondents", 1, 100),
        benchmark_min_groups=_int(
            q.get("benchmark_min_groups", 5), "benchmark_min_groups", 2, 1000
        ),
        strong_mean=strong,
        improve_mean=improve,
        disagreement_sd=_number(
            thresholds.get("disagreement_sd", 1.2), "thresholds.disagreement_sd"
        ),
        meaningful_change=_number(
            thresholds.get("meaningful_change", 0.5), "thresholds.meaningful_change"
        ),
        version=_int(version.get("number"), "version.number", 1, 10_000),
        note=_text(version.get("note"), "version.note"),
        parts=tuple(parts),
    )


@dataclass(frozen=True)
class ChainStep:
    number: int
    name: Text


@dataclass(frozen=True)
class Instrument:
    key: str
    name: Text
    url_name: str


@dataclass(frozen=True)
class Chain:
    steps: tuple[ChainStep, ...]
    instruments: tuple[Instrument, ...]


def parse_chain(text: str) -> Chain:
    root = _mapping(yaml.safe_load(text), "file")
    steps = tuple(
        ChainStep(
            number=_int(s.get("number"), f"steps[{n}].number", 1, 99),
            name=_text(s.get("name"), f"steps[{n}].name"),
        )
        for n, s in enumerate(_list(root.get("steps"), "steps"), 1)
    )
    instruments = tuple(
        Instrument(
            key=_key(i.get("key"), f"instruments[{n}].key"),
            name=_text(i.get("name"), f"instruments[{n}].name"),
            url_name=str(i.get("url_name") or ""),
        )
        for n, i in enumerate(_list(root.get("instruments"), "instruments"), 1)
    )
    return Chain(steps=steps, instruments=instruments)


def load_chain() -> Chain:
    return parse_chain((SEED_DIR / "chain.yaml").read_text(encoding="utf-8"))


def load_seed_bank(name: str = "analysetool") -> Bank:
    chain = load_chain()
    return parse_bank(
        (SEED_DIR / f"{name}.yaml").read_text(encoding="utf-8"),
        instruments={i.key for i in chain.instruments},
        steps={s.number for s in chain.steps},
    )
