"""The page for parents-to-be: services grouped so that each is described once.

A service meant for every phase (or for no phase in particular) goes into one group "at any
time" instead of being repeated under each of the four phases. A service for some phases is
described in full under the first of them; the later phases name it with a link back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

ANY_TIME = "altijd"


@dataclass
class Entry:
    service: Any
    anchor: str
    full: bool  # False: only the name, with a link to the full description
    described_under: Any = ""  # the label of the phase with the full description


@dataclass
class Section:
    key: str
    label: Any  # a (lazy) translated string
    entries: list[Entry] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"fase-{self.key}"


def sections(
    services: Sequence[Any], phases: Sequence[tuple[str, Any]], any_time_label: str
) -> list[Section]:
    """``services`` (with ``uuid`` and ``phase_list``) grouped as the page shows them."""
    all_phases = {key for key, _label in phases}
    any_time = Section(ANY_TIME, any_time_label)
    per_phase = [Section(key, label) for key, label in phases]
    first_seen: dict[str, Section] = {}
    for service in services:
        anchor = f"dienst-{service.uuid}"
        own = set(service.phase_list) & all_phases
        if not own or own == all_phases:
            any_time.entries.append(Entry(service, anchor, full=True))
            continue
        for section in per_phase:
            if section.key not in own:
                continue
            first = first_seen.setdefault(anchor, section)
            full = first is section
            section.entries.append(Entry(service, anchor, full, "" if full else first.label))
    return [any_time, *per_phase]
