"""Find mentions: document references, bodies, congresses and plenums, provisions.

Each finder scans the matching view of the text (graph.normalise.for_matching, same length as the text)
and yields `Found` spans; nothing here decides identity (graph.resolve does).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Iterator

from . import lexicon
from .dates import DATE_PATTERN, iso_date
from .normalise import normalise_symbol
from .types import EntityType

_UPPER = "A-ZĐÀ-Ỹ"
# A symbol: a number, then "-" or "/" separated codes or years (39-KL/TW, 89/2021/NĐ-CP, 1579/QĐ-TTg).
SYMBOL = (
    r"\d{1,5}[a-z]?(?:\s?[-/]\s?(?:(?:19|20)\d{2}|[A-ZĐ][A-Za-zĐđ]*\d*))+"
)
_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"


@dataclass
class Found:
    start: int
    end: int
    type: str
    label: str
    attributes: dict = field(default_factory=dict)
    kind: str = "reference"  # reference | short | named | body | event | provision | self


@cache
def _type_alternation() -> str:
    return "|".join(re.escape(d.phrase) for d in lexicon.document_types())


@cache
def _phrase_to_type() -> dict[str, str]:
    return {d.phrase.lower(): d.type for d in lexicon.document_types()}


@cache
def _numbered_re() -> re.Pattern:
    # Type word in any case, optional "số", then a symbol or a bare number, then an adjacent date.
    return re.compile(
        rf"(?<![\w])(?P<type>{_type_alternation()})(?:\s+(?:số|Số|SỐ))?\s*:?\s*"
        rf"(?P<symbol>{SYMBOL}|\d{{1,5}}(?![\d/\-]))"
        rf"(?P<date>\s?,?\s?\(?\s?(?:{DATE_PATTERN})\)?)?",
        re.IGNORECASE,
    )


_MORE_SYMBOLS = re.compile(rf"\s?(?:,|và)\s?(?P<symbol>{SYMBOL})(?P<date>\s?,?\s?\(?\s?(?:{DATE_PATTERN})\)?)?")
_DATE_ONLY = re.compile(DATE_PATTERN, re.IGNORECASE)


def _type_of(phrase: str) -> str:
    return _phrase_to_type()[phrase.lower()]


def _date_of(fragment: str | None) -> str | None:
    if not fragment:
        return None
    match = _DATE_ONLY.search(fragment)
    return iso_date(match) if match else None


def _reference(view: str, start: int, end: int, doc_type: str, symbol: str, date: str | None) -> Found:
    symbol = normalise_symbol(symbol)
    attributes: dict = {"number": re.match(r"\d+", symbol).group(0)}
    kind = "short"
    if not symbol.isdigit():
        attributes["symbol"] = symbol
        kind = "reference"
    if date:
        attributes["date"] = date
    phrase = next(d.phrase for d in lexicon.document_types() if d.type == doc_type)
    label = f"{phrase} số {symbol}"
    return Found(start, end, doc_type, label, attributes, kind)


def find_numbered(view: str) -> Iterator[Found]:
    """"Nghị quyết số 18-NQ/TW ngày 16/6/2022", "Kết luận 118", and grouped siblings ", 19-NQ/TW"."""
    for match in _numbered_re().finditer(view):
        doc_type = _type_of(match.group("type"))
        end = match.end("date") if match.group("date") else match.end("symbol")
        yield _reference(view, match.start(), end, doc_type, match.group("symbol"),
                         _date_of(match.group("date")))
        position = end
        while (more := _MORE_SYMBOLS.match(view, position)) is not None:
            more_end = more.end("date") if more.group("date") else more.end("symbol")
            yield _reference(view, more.start("symbol"), more_end, doc_type, more.group("symbol"),
                             _date_of(more.group("date")))
            position = more_end


@cache
def _body_re() -> re.Pattern:
    aliases = sorted(lexicon.body_aliases(), key=len, reverse=True)
    productive = [
        # Ministries: "Bộ Tư pháp", "Bộ Kế hoạch và Đầu tư", "Bộ Lao động - Thương binh và Xã hội".
        rf"Bộ\s+[{_UPPER}][\wđ]*(?:\s+[a-zđà-ỹ][\wđ]*)*(?:\s*(?:và|-|,)\s*[{_UPPER}][\wđ]*(?:\s+[a-zđà-ỹ][\wđ]*)*)*",
        # Local organs with their place: "Ủy ban nhân dân tỉnh Nghệ An", "Tỉnh ủy Thanh Hóa".
        rf"(?:Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\s+(?:tỉnh|thành phố|huyện|quận|xã|phường)"
        rf"(?:\s+[{_UPPER}][\wđ]*)+",
        rf"(?:Tỉnh ủy|Thành ủy|Tỉnh uỷ|Thành uỷ)(?:\s+[{_UPPER}][\wđ]*)+",
        rf"Học viện(?:\s+[{_UPPER}][\wđ]*)(?:\s+(?:[\wđ]+))*?\s+(?:khu vực\s+{_ROMAN}\b|Hồ Chí Minh|Tuyên truyền|quốc gia)",
    ]
    alternation = "|".join([re.escape(a) for a in aliases] + productive)
    return re.compile(rf"(?<![\w])(?:{alternation})(?![\w])")


_MINISTRY_STOP = re.compile(r"\s+(?:ban hành|trình|chủ trì|phối hợp|quy định|hướng dẫn|về|của|tại|và các|đã|sẽ|có)\b.*$")


def find_bodies(view: str) -> Iterator[Found]:
    aliases = lexicon.body_aliases()
    for match in _body_re().finditer(view):
        surface = match.group(0)
        if surface.startswith("Bộ ") and surface not in aliases:
            surface = _MINISTRY_STOP.sub("", surface)
            if surface in ("Bộ", "Bộ Chính") or len(surface.split()) < 2:
                continue
        canonical = aliases.get(surface, surface)
        yield Found(match.start(), match.start() + len(surface), EntityType.BODY.value, canonical, kind="body")


_CONGRESS_RE = re.compile(
    rf"(?<![\w])Đại hội(?:\s+(?:đại biểu toàn quốc|Đảng toàn quốc|Đảng))?(?:\s+lần thứ)?\s+(?P<n>{_ROMAN})(?![\w])"
)
_PLENUM_RE = re.compile(
    rf"(?<![\w])Hội nghị (?:Trung ương|TW)\s+(?P<n>\d{{1,2}}(?:\s?,\s?\d{{1,2}})*)"
    rf"(?P<term>\s?\(?\s?khóa\s+(?P<k>{_ROMAN})\s?\)?)?"
)


def find_events(view: str) -> Iterator[Found]:
    for match in _CONGRESS_RE.finditer(view):
        if not match.group("n"):
            continue
        yield Found(match.start(), match.end(), EntityType.CONGRESS.value, f"Đại hội {match.group('n')}",
                    {"number": match.group("n")}, kind="event")
    for match in _PLENUM_RE.finditer(view):
        label = f"Hội nghị Trung ương {match.group('n')}"
        attributes = {"number": match.group("n")}
        if match.group("k"):
            label += f" (khóa {match.group('k')})"
            attributes["term"] = match.group("k")
        yield Found(match.start(), match.end(), EntityType.PLENUM.value, label, attributes, kind="event")


_NAMED_BY_CONGRESS = re.compile(
    rf"(?<![\w])(?P<type>Nghị quyết|Văn kiện) Đại hội(?:\s+(?:đại biểu toàn quốc|Đảng toàn quốc))?(?:\s+lần thứ)?\s+(?P<n>{_ROMAN})(?![\w])"
)


def find_named(view: str) -> Iterator[Found]:
    """Unnumbered documents named by what made them: "Nghị quyết Đại hội XIII"."""
    for match in _NAMED_BY_CONGRESS.finditer(view):
        if not match.group("n"):
            continue
        doc_type = EntityType.RESOLUTION.value if match.group("type") == "Nghị quyết" else EntityType.OTHER_DOCUMENT.value
        yield Found(match.start(), match.end(), doc_type, f"{match.group('type')} Đại hội {match.group('n')}",
                    {"congress": match.group("n")}, kind="named")


_PROVISION_RE = re.compile(
    r"(?<![\w])(?P<p>(?:điểm\s+[a-zđ]\s+)?(?:khoản\s+\d+\s+)?Điều\s+\d+[a-z]?)(?:\s+(?:của\s+)?)"
)


def find_provisions(view: str, references: list[Found]) -> Iterator[Found]:
    """"khoản 3 Điều 2 Nghị định số 89/2021/NĐ-CP": a provision followed directly by a document reference."""
    starts = {f.start: f for f in references}
    for match in _PROVISION_RE.finditer(view):
        target = starts.get(match.end())
        if target is None or not match.group("p").lower().startswith(("điểm", "khoản", "điều")):
            continue
        yield Found(match.start("p"), match.end("p"), EntityType.PROVISION.value,
                    f"{match.group('p')} {target.label}", {"of_start": target.start}, kind="provision")


def find_all(view: str) -> list[Found]:
    """Every mention, overlaps resolved: a longer span wins over one it contains."""
    references = list(find_numbered(view))
    found = references + list(find_named(view)) + list(find_events(view)) + list(find_bodies(view))
    found += list(find_provisions(view, references))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Found] = []
    for item in found:
        # A body or congress inside a document reference stays ("Nghị quyết Đại hội XIII" holds "Đại hội XIII").
        if kept and item.start < kept[-1].end and item.type == kept[-1].type and item.end <= kept[-1].end:
            continue
        kept.append(item)
    return kept
