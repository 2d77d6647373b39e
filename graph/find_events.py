"""Find congresses ("Đại hội XIII", "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng") and plenums
("Hội nghị Trung ương 7 (khóa XII)", "Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XII")."""
from __future__ import annotations

import re
from typing import Iterator

from .found import KHOA, ROMAN, Found, Scan
from .types import EntityType

# Ordinals written as words ("lần thứ bảy", "lần thứ mười ba").
_UNITS = {"nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
          "chín": 9, "mười": 10}
_ORDINAL_WORDS = r"(?:mười(?: +(?:một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)"


def _ordinal_value(words: str) -> int | None:
    parts = words.lower().split()
    if not parts:
        return None
    if parts[0] == "mười":
        return 10 + ({"lăm": 5} | _UNITS).get(parts[1], 0) if len(parts) > 1 else 10
    return _UNITS.get(parts[0])


def _roman(value: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for amount, numeral in numerals:
        while value >= amount:
            out += numeral
            value -= amount
    return out


_CONGRESS_RE = re.compile(
    rf"(?i:Đại hội)(?P<whole> +(?i:đại biểu toàn quốc|Đảng toàn quốc)|(?P<party> +Đảng)(?= +lần thứ))?(?: +(?i:lần thứ))?"
    rf"(?: +(?P<n>{ROMAN}|[1-9]\d?)(?!\w))?(?P<of> +của Đảng)?"
)
_TERM = rf"(?P<term> *\(? *{KHOA} +(?P<k>{ROMAN})(?: *\))?)?"
_PLENUM_RE = re.compile(
    rf"Hội nghị +(?:"
    rf"(?:Trung ương|TW)(?: +lần thứ)? +(?P<n>\d{{1,2}}(?: *, *\d{{1,2}})*(?: *và *\d{{1,2}})?)"
    rf"|lần thứ +(?P<n2>\d{{1,2}}|{_ORDINAL_WORDS})(?!\w) +Ban Chấp hành Trung ương(?: +Đảng)?"
    rf"|lần thứ +(?P<n3>\d{{1,2}}|{_ORDINAL_WORDS})(?!\w)"
    rf"){_TERM}"
)
# "… báo cáo Ban Chấp hành Trung ương tại Hội nghị lần thứ 11": the plenum named by the committee just before it.
_COMMITTEE_BEFORE = re.compile(r"Ban Chấp hành Trung ương(?: +Đảng)? +(?:tại|ở) +$")


def congress_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    view = scan.view
    match = _CONGRESS_RE.match(view, position)
    if match is not None:
        head = view[match.start():match.start() + 1]
        number = match.group("n")
        if number and number.isdigit():
            number = _roman(int(number))
        if not number:
            # "đại hội Đảng toàn quốc" without a number: kept only to join the one congress of the text.
            if not match.group("whole"):
                return
            yield Found(match.start(), match.end("whole"), EntityType.CONGRESS.value, "Đại hội Đảng toàn quốc",
                        {"unnumbered": True}, kind="event")
            return
        if head.islower() and not match.group("whole"):
            return  # "đại hội XIII" in lower case is rare and mostly a party-branch congress
        end = match.end("n")  # "… của Đảng" is not part of the name (as "của …" after a document)
        yield Found(match.start(), end, EntityType.CONGRESS.value, f"Đại hội {number}",
                    {"number": number}, kind="event")


def plenum_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    match = _PLENUM_RE.match(scan.view, position)
    if match is not None:
        if match.group("n3") and not _COMMITTEE_BEFORE.search(scan.view, max(0, position - 40), position):
            return  # "Hội nghị lần thứ 39" of some other body
        if match.group("n"):
            number = re.sub(r" *, *", ", ", match.group("n"))
            number = re.sub(r" *và *", ", ", number)
        else:
            raw = match.group("n2") or match.group("n3")
            number = raw if raw.isdigit() else str(_ordinal_value(raw) or raw)
        label = f"Hội nghị Trung ương {number}"
        attributes = {"number": number}
        if match.group("k"):
            label += f" (khóa {match.group('k')})"
            attributes["term"] = match.group("k")
        yield Found(match.start(), match.end(), EntityType.PLENUM.value, label, attributes, kind="event")


def finders() -> list[tuple[set[str], object]]:
    # Lower case only in the long form ("đại hội đại biểu toàn quốc", "đại hội Đảng toàn quốc").
    return [({"Đại hội", "ĐẠI HỘI", "đại hội đại biểu", "đại hội Đảng"}, congress_at), ({"Hội nghị"}, plenum_at)]
