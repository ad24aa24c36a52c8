"""Small-count suppression that cannot be undone by subtraction (pure code).

Primary suppression hides every count from 1 to ``threshold - 1`` (zero reveals nothing about
a person and is shown). That alone is not enough where a table also shows sums: a hidden
cell equals the shown total minus the other shown cells of its row. Secondary
(complementary) suppression hides more cells until no hidden small count can be worked out
from the shown numbers.

A table is described as cells (key -> count) and *lines*: ``(total, members)`` meaning
``counts[total] == sum(counts[m] for m in members)``. Each cell may take part in at most two
lines (as a member or as the total), as in a table with row and column totals. *Hidden* cells
take part in the sums but are never shown (a complement such as "conversations without a
referral" = total - with referral); a small hidden count is protected like any other, and a
hidden zero counts as known to the reader.

Which hidden cells a reader can compute is a question of linear algebra; for these tables it
reduces to graphs. Take every line as a vertex plus one extra vertex ``ground``; each unknown
cell is an edge between the two lines it belongs to (or between its only line and ground).
The values an unknown cell can take form a line segment, never one point, exactly when its
edge lies on a cycle; a *bridge* is a cell the reader can compute. So: while a protected cell
is a bridge, also hide the smallest shown cell of one of its lines (preferring non-zero
members over totals), and look again. The tests check the result against plain Gaussian
elimination.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)

Line = tuple[K, Sequence[K]]

_GROUND = -1


@dataclass(frozen=True)
class Protected(Generic[K]):
    """The outcome: every cell that may be shown, and which cells are hidden and why."""

    values: dict[K, int | None]
    primary: frozenset[K]
    secondary: frozenset[K]

    def value(self, key: K) -> int | None:
        return self.values[key]


def _cell_lines(
    counts: Mapping[K, int], lines: Sequence[Line[K]]
) -> tuple[dict[K, list[int]], dict[K, list[int]]]:
    """Per cell, the lines it is a member of and the lines it is the total of."""
    member_of: dict[K, list[int]] = {key: [] for key in counts}
    total_of: dict[K, list[int]] = {key: [] for key in counts}
    for index, (total, members) in enumerate(lines):
        if total not in counts or any(m not in counts for m in members):
            raise ValueError(f"line {index} names a cell without a count")
        if total in members or len(set(members)) != len(members):
            raise ValueError(f"line {index} names a cell twice")
        total_of[total].append(index)
        for member in members:
            member_of[member].append(index)
    for key in counts:
        if len(member_of[key]) + len(total_of[key]) > 2:
            raise ValueError(f"cell {key!r} takes part in more than two lines")
    return member_of, total_of


def _bridges(edges: Mapping[K, tuple[int, int]]) -> set[K]:
    """The edges (cells) that lie on no cycle of the multigraph (Tarjan, iterative)."""
    adjacent: dict[int, list[tuple[int, K]]] = {}
    for key, (a, b) in edges.items():
        adjacent.setdefault(a, []).append((b, key))
        adjacent.setdefault(b, []).append((a, key))
    order: dict[int, int] = {}
    low: dict[int, int] = {}
    found: set[K] = set()
    for root in adjacent:
        if root in order:
            continue
        order[root] = low[root] = len(order)
        stack: list[tuple[int, K | None, int]] = [(root, None, 0)]
        while stack:
            vertex, via, position = stack[-1]
            if position < len(adjacent[vertex]):
                stack[-1] = (vertex, via, position + 1)
                neighbour, key = adjacent[vertex][position]
                if key == via:
                    continue
                if neighbour in order:
                    low[vertex] = min(low[vertex], order[neighbour])
                else:
                    order[neighbour] = low[neighbour] = len(order)
                    stack.append((neighbour, key, 0))
                continue
            stack.pop()
            if stack:
                parent = stack[-1][0]
                low[parent] = min(low[parent], low[vertex])
                if low[vertex] > order[parent] and via is not None:
                    found.add(via)
    return found


def protect(
    counts: Mapping[K, int],
    *,
    threshold: int,
    lines: Sequence[Line[K]] = (),
    hidden: Collection[K] = (),
    owner: bool = False,
) -> Protected[K]:
    """What others may see of ``counts``: ``None`` for a suppressed cell.

    ``lines`` are the sums the table shows (total, members); ``hidden`` cells are part of a
    sum but never shown and are left out of the result. The data's owner sees everything.
    """
    member_of, total_of = _cell_lines(counts, lines)
    shown_keys = [key for key in counts if key not in hidden]
    if owner:
        return Protected({k: counts[k] for k in shown_keys}, frozenset(), frozenset())
    small = {key for key, count in counts.items() if 0 < count < threshold}
    # A hidden zero is treated as known: readers may well guess it (no outcome off the list,
    # nobody declined), and an unknown that is really known would protect nothing.
    unknown = small | {key for key in hidden if counts[key] != 0}

    def edge(key: K) -> tuple[int, int]:
        ends = [*member_of[key], *total_of[key]]
        return (ends[0], ends[1]) if len(ends) == 2 else (ends[0], _GROUND)

    def rank(key: K) -> tuple[bool, int, bool, str]:
        # non-zero cells before zeros, small before large, members before totals
        return (counts[key] == 0, counts[key], bool(total_of[key]), repr(key))

    def shown_in(line_indexes: Collection[int]) -> set[K]:
        cells: set[K] = set()
        for index in line_indexes:
            total, members = lines[index]
            cells.update(k for k in (total, *members) if k not in unknown)
        return cells

    while True:
        edges = {key: edge(key) for key in unknown if member_of[key] or total_of[key]}
        computable = _bridges(edges)
        exposed = computable & small
        if not exposed:
            break
        candidates = shown_in({i for key in exposed for i in member_of[key] + total_of[key]})
        if not candidates:
            candidates = shown_in(
                {i for key in computable for i in member_of[key] + total_of[key]}
            ) or shown_in(range(len(lines)))
        if not candidates:
            break  # pragma: no cover - every cell of every sum is hidden already
        unknown.add(min(candidates, key=rank))
    values = {key: (None if key in unknown else counts[key]) for key in shown_keys}
    secondary = frozenset(k for k in unknown - small if k not in hidden)
    return Protected(values, frozenset(small & set(shown_keys)), secondary)


@dataclass(frozen=True)
class ProtectedGrid:
    """A table with optional row and column totals, as others may see it."""

    cells: list[list[int | None]]
    row_totals: list[int | None] | None
    column_totals: list[int | None] | None
    grand_total: int | None


def protect_grid(
    rows: Sequence[Sequence[int]],
    *,
    threshold: int,
    row_totals: bool = False,
    column_totals: bool = False,
    owner: bool = False,
) -> ProtectedGrid:
    """Suppress a rows-by-columns table; the totals shown are the sums of its rows/columns.

    With both kinds of totals the grand total is shown (or suppressed) as well.
    """
    width = len(rows[0]) if rows else 0
    if any(len(row) != width for row in rows):
        raise ValueError("every row needs the same number of cells")
    counts: dict[tuple[str, int, int], int] = {}
    lines: list[Line[tuple[str, int, int]]] = []
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value < 0:
                raise ValueError("counts cannot be negative")
            counts[("cell", r, c)] = value
    if row_totals:
        for r, row in enumerate(rows):
            counts[("row", r, 0)] = sum(row)
            lines.append((("row", r, 0), [("cell", r, c) for c in range(width)]))
    if column_totals:
        for c in range(width):
            counts[("column", 0, c)] = sum(row[c] for row in rows)
            lines.append((("column", 0, c), [("cell", r, c) for r in range(len(rows))]))
    both = row_totals and column_totals and rows and width
    if both:
        counts[("grand", 0, 0)] = sum(map(sum, rows))
        lines.append((("grand", 0, 0), [("row", r, 0) for r in range(len(rows))]))
        lines.append((("grand", 0, 0), [("column", 0, c) for c in range(width)]))
    result = protect(counts, threshold=threshold, lines=lines, owner=owner)
    return ProtectedGrid(
        cells=[[result.value(("cell", r, c)) for c in range(width)] for r in range(len(rows))],
        row_totals=[result.value(("row", r, 0)) for r in range(len(rows))] if row_totals else None,
        column_totals=(
            [result.value(("column", 0, c)) for c in range(width)] if column_totals else None
        ),
        grand_total=result.value(("grand", 0, 0)) if both else None,
    )
