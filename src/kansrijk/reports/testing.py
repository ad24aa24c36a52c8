"""Read back what a PDF shows, for tests: its text per page and the cells of a page's tables.

No PDF reader is installed (no pypdf, pdfminer or poppler), so this reads the small subset
of PDF that WeasyPrint writes: objects and object streams, Flate streams, Type0 fonts with a
ToUnicode map, form XObjects (the charts) and the text operators. Only glyphs whose origin
lies on the page are kept: a column pushed past the paper's edge is missing from the text,
as it is for a reader of the printed page.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from unittest import mock

_OBJECT = re.compile(rb"(\d+) 0 obj\s*(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n")
_REF = rb"(\d+) 0 R"
_TOKEN = re.compile(
    rb"\[|\]|<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|/[^\s/\[\]<>()]+|[-+]?\d*\.?\d+|[A-Za-z*'\"]+"
)
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF's row-vector convention)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


@dataclass
class _Object:
    head: bytes
    stream: bytes | None = None


@dataclass
class PdfDocument:
    objects: dict[int, _Object] = field(default_factory=dict)

    def stream(self, number: int) -> bytes:
        found = self.objects[number].stream
        return found if found is not None else b""

    def head(self, number: int) -> bytes:
        return self.objects[number].head


def _parse(pdf: bytes) -> PdfDocument:
    document = PdfDocument()
    for match in _OBJECT.finditer(pdf):
        number, body = int(match.group(1)), match.group(2)
        start = _STREAM.search(body)
        if start is None:
            document.objects[number] = _Object(body)
            continue
        head = body[: start.start()]
        raw = body[start.end() : body.rfind(b"endstream")]
        data = zlib.decompress(raw) if b"/FlateDecode" in head else raw
        document.objects[number] = _Object(head, data)
    for obj in list(document.objects.values()):
        if b"/Type /ObjStm" in obj.head and obj.stream is not None:
            count = int(_value(obj.head, b"N") or 0)
            first = int(_value(obj.head, b"First") or 0)
            numbers = obj.stream[:first].split()
            offsets = [(int(numbers[2 * i]), int(numbers[2 * i + 1])) for i in range(count)]
            for i, (number, offset) in enumerate(offsets):
                end = offsets[i + 1][1] if i + 1 < count else len(obj.stream) - first
                body = obj.stream[first + offset : first + end]
                document.objects[number] = _Object(body)
    return document


def _value(head: bytes, key: bytes) -> bytes | None:
    match = re.search(rb"/" + key + rb"\s*([^/\s<>\[\]]+)", head)
    return match.group(1) if match else None


def _dict(document: PdfDocument, head: bytes, key: bytes) -> bytes:
    """The dictionary under ``key``: inline or referenced."""
    match = re.search(rb"/" + key + rb"\s*(?:" + _REF + rb"|<<)", head)
    if match is None:
        return b""
    if match.group(1):
        return document.head(int(match.group(1)))
    depth, i = 1, match.end()
    while depth and i < len(head):
        if head[i : i + 2] == b"<<":
            depth, i = depth + 1, i + 2
        elif head[i : i + 2] == b">>":
            depth, i = depth - 1, i + 2
        else:
            i += 1
    return head[match.end() : i - 2]


def _named_refs(mapping: bytes) -> dict[bytes, int]:
    return {m.group(1): int(m.group(2)) for m in re.finditer(rb"/(\S+?)\s+" + _REF, mapping)}


def _to_unicode(cmap: bytes) -> dict[int, str]:
    table: dict[int, str] = {}

    def text(hexa: bytes) -> str:
        return bytes.fromhex(hexa.decode()).decode("utf-16-be", "replace")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, uni in re.findall(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            table[int(code, 16)] = text(uni)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, uni in re.findall(
            rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block
        ):
            base = int(uni, 16)
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                table[code] = chr(base + offset)
    return table


@dataclass
class _Page:
    width: float
    height: float
    glyphs: list[str] = field(default_factory=list)


def _fonts(document: PdfDocument, resources: bytes) -> dict[bytes, dict[int, str]]:
    fonts: dict[bytes, dict[int, str]] = {}
    for name, number in _named_refs(_dict(document, resources, b"Font")).items():
        ref = re.search(rb"/ToUnicode\s+" + _REF, document.head(number))
        fonts[name] = _to_unicode(document.stream(int(ref.group(1)))) if ref else {}
    return fonts


def _run(document: PdfDocument, content: bytes, resources: bytes, ctm: Matrix, page: _Page) -> None:
    fonts = _fonts(document, resources)
    xobjects = _named_refs(_dict(document, resources, b"XObject"))
    stack: list[Matrix] = []
    operands: list[bytes] = []
    font: dict[int, str] = {}
    text_matrix = line_matrix = IDENTITY
    array: list[bytes] | None = None

    def show(strings: list[bytes]) -> None:
        x, y = _multiply(text_matrix, ctm)[4:6]
        if not (-1 <= x <= page.width + 1 and -1 <= y <= page.height + 1):
            return
        for token in strings:
            if token.startswith(b"<"):
                hexa = re.sub(rb"\s", b"", token[1:-1])
                codes = [int(hexa[i : i + 4], 16) for i in range(0, len(hexa), 4)]
                page.glyphs.extend(font.get(code, "?") for code in codes)
            elif token.startswith(b"("):
                page.glyphs.append(token[1:-1].decode("latin-1"))

    for token in _TOKEN.findall(content):
        if token == b"[":
            array = []
        elif token == b"]":
            operands.append(b"[")
            stack_array, array = array or [], None
            operands.extend(stack_array)
        elif array is not None:
            array.append(token)
        elif token[:1].isalpha() or token in (b"'", b'"', b"T*"):
            numbers = [float(o) for o in operands if re.fullmatch(rb"[-+]?\d*\.?\d+", o)]
            if token == b"q":
                stack.append(ctm)
            elif token == b"Q" and stack:
                ctm = stack.pop()
            elif token == b"cm" and len(numbers) >= 6:
                ctm = _multiply(tuple(numbers[-6:]), ctm)  # type: ignore[arg-type]
            elif token == b"BT":
                text_matrix = line_matrix = IDENTITY
            elif token == b"Tm" and len(numbers) >= 6:
                text_matrix = line_matrix = tuple(numbers[-6:])  # type: ignore[assignment]
            elif token in (b"Td", b"TD") and len(numbers) >= 2:
                line_matrix = _multiply((1, 0, 0, 1, numbers[-2], numbers[-1]), line_matrix)
                text_matrix = line_matrix
            elif token == b"Tf":
                names = [o for o in operands if o.startswith(b"/")]
                font = fonts.get(names[-1][1:], {}) if names else {}
            elif token in (b"TJ", b"Tj", b"'", b'"'):
                show([o for o in operands if o[:1] in (b"<", b"(")])
            elif token == b"Do":
                names = [o for o in operands if o.startswith(b"/")]
                number = xobjects.get(names[-1][1:]) if names else None
                if number is not None and b"/Subtype /Form" in document.head(number):
                    head = document.head(number)
                    found = re.search(rb"/Matrix\s*\[([^\]]*)\]", head)
                    matrix = tuple(float(v) for v in found.group(1).split()) if found else IDENTITY
                    inner = _dict(document, head, b"Resources")
                    form_ctm = _multiply(matrix, ctm)  # type: ignore[arg-type]
                    _run(document, document.stream(number), inner, form_ctm, page)
            operands = []
        else:
            operands.append(token)


def pdf_pages(pdf: bytes) -> list[str]:
    """The text of each page, in the order it is drawn (document order for WeasyPrint)."""
    document = _parse(pdf)
    pages: list[str] = []
    for obj in document.objects.values():
        if not re.search(rb"/Type\s*/Page(?!s)", obj.head):
            continue
        box = re.search(rb"/MediaBox\s*\[([^\]]*)\]", obj.head)
        x0, y0, x1, y1 = (float(v) for v in box.group(1).split()) if box else (0, 0, 595, 842)
        page = _Page(width=x1 - x0, height=y1 - y0)
        resources = _dict(document, obj.head, b"Resources")
        for number in re.findall(_REF, _contents(obj.head)):
            _run(document, document.stream(int(number)), resources, IDENTITY, page)
        pages.append("".join(page.glyphs))
    return pages


def _contents(head: bytes) -> bytes:
    match = re.search(rb"/Contents\s*(\[[^\]]*\]|" + _REF + rb")", head)
    return match.group(1) if match else b""


def squeeze(text: str) -> str:
    """Text without any white space: line breaks in a PDF cell fall anywhere."""
    return re.sub(r"\s+", "", text)


class _Cells(HTMLParser):
    """Collects the text of every th and td inside a table, minus screen-reader-only text."""

    VOID = frozenset({"br", "img", "input", "meta", "link", "hr", "wbr", "col", "source"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cells: list[str] = []
        self._open: list[tuple[str, bool]] = []  # (tag, hidden)
        self._tables = 0
        self._cell: list[str] | None = None

    def _hidden(self) -> bool:
        return any(hidden for _tag, hidden in self._open)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        classes = (dict(attrs).get("class") or "").split()
        self._open.append((tag, "kr-visually-hidden" in classes))
        if tag == "table":
            self._tables += 1
        elif tag in ("th", "td") and self._tables:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        while self._open:
            open_tag, _hidden = self._open.pop()
            if open_tag == tag:
                break
        if tag in ("th", "td") and self._cell is not None:
            text = " ".join("".join(self._cell).split())
            if text:
                self.cells.append(text)
            self._cell = None
        elif tag == "table":
            self._tables -= 1

    def handle_data(self, data: str) -> None:
        if self._cell is not None and not self._hidden():
            self._cell.append(data)


def table_cells(page: str | bytes) -> list[str]:
    """Every non-empty header and data cell of every table of an HTML page, as read aloud
    minus the text only screen readers get."""
    parser = _Cells()
    parser.feed(page.decode() if isinstance(page, bytes) else page)
    parser.close()
    return parser.cells


def missing_cells(page: str | bytes, pdf: bytes) -> list[str]:
    """The cells of the page's tables that the PDF does not show."""
    shown = squeeze("".join(pdf_pages(pdf)))
    return [cell for cell in table_cells(page) if squeeze(cell) not in shown]


@contextmanager
def pdf_html() -> Iterator[list[str]]:
    """The HTML of every PDF rendered inside the block (to lay it out again in a test);
    the PDF cache is bypassed so that every PDF is really rendered."""
    from weasyprint import HTML

    from kansrijk.reports import pdf

    seen: list[str] = []

    def recording(*args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs["string"])
        return HTML(*args, **kwargs)

    fresh = itertools.count()
    with (
        mock.patch.object(pdf, "HTML", recording),
        mock.patch.object(pdf, "_cache_key", lambda *_args: f"test-pdf:{next(fresh)}:{id(seen)}"),
    ):
        yield seen


def overlapping_text(html: str) -> list[str]:
    """Lines of text that overlap another line on the same page, or run off the paper, when
    WeasyPrint lays the PDF's HTML out: what the text alone does not show."""
    from weasyprint import HTML
    from weasyprint.formatting_structure import boxes

    from kansrijk.reports.pdf import _LocalOnlyFetcher

    document = HTML(string=html, base_url="file:///", url_fetcher=_LocalOnlyFetcher()).render()
    problems: list[str] = []
    for number, page in enumerate(document.pages, start=1):
        lines: list[tuple[float, float, float, float, str]] = []
        stack: list[Any] = [page._page_box]
        while stack:
            box = stack.pop()
            if isinstance(box, boxes.TextBox) and box.text.strip():
                x, y = box.position_x, box.position_y
                lines.append((x, y, x + box.width, y + box.height, box.text))
            stack.extend(getattr(box, "children", []))
        for i, (x0, y0, x1, y1, text) in enumerate(lines):
            if x0 < -1 or x1 > page.width + 1:
                problems.append(f"page {number}: {text!r} runs off the paper")
            for a0, b0, a1, b1, other in lines[i + 1 :]:
                if x0 < a1 - 1 and a0 < x1 - 1 and y0 < b1 - 1 and b0 < y1 - 1:
                    problems.append(f"page {number}: {text!r} overlaps {other!r}")
    return problems
