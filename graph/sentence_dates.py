"""Issue dates a sentence gives a reference away from it: "Ngày 18/01/2025, Ban Chấp hành Trung ương ký
ban hành Kết luận 118-KL/TW …" and "Nghị quyết số 18-NQ/TW … được Ban Chấp hành Trung ương ban hành ngày
16/6/2022"."""
from __future__ import annotations

import re

from .dates import DATE_PATTERN, iso_date
from .found import UPPER, Found
from .types import is_document_like

_OPENING_DATE = re.compile(rf"(?:^|[.!?;:] +|  +)(?P<date>(?:Ngày|NGÀY) +{DATE_PATTERN.replace('(?:(?i:ngày) +)?', '', 1)}) *,")
_ISSUED = re.compile(r"(?<!\w)(?:ký +)?ban hành(?!\w)")
_ISSUED_ON = re.compile(rf"(?<!\w)ban hành +(?:vào +)?(?P<date>{DATE_PATTERN})")
_SENTENCE_END = re.compile(rf"[.!?;] +(?=[{UPPER}\d\"“(*-])|  +")


def _sentence_end(view: str, start: int) -> int:
    match = _SENTENCE_END.search(view, start)
    return match.start() if match else len(view)


def _consistent(found: Found, date: str) -> bool:
    symbol = found.attributes.get("symbol") or ""
    year = re.match(r"^\d+[a-z]?/((?:19|20)\d{2})/", symbol)
    if year and year.group(1) != date[:4]:
        return False
    stated = found.attributes.get("year")
    return not stated or stated == date[:4]


def attach_sentence_dates(view: str, found: list[Found]) -> None:
    documents = sorted((f for f in found if is_document_like(f.type) and f.kind != "provision"),
                       key=lambda f: f.start)
    if not documents:
        return
    starts = [f.start for f in documents]
    import bisect

    for match in _OPENING_DATE.finditer(view):
        date = iso_date(match)
        if not date:
            continue
        end = _sentence_end(view, match.end())
        issued = _ISSUED.search(view, match.end(), end)
        if not issued:
            continue
        index = bisect.bisect_left(starts, issued.end())
        if index < len(documents) and documents[index].start - issued.end() <= 3 and documents[index].start < end:
            target = documents[index]
            if not target.attributes.get("date") and _consistent(target, date):
                target.attributes["date"] = date
    for match in _ISSUED_ON.finditer(view):
        date = iso_date(match)
        if not date:
            continue
        index = bisect.bisect_left(starts, match.start()) - 1
        if index < 0:
            continue
        target = documents[index]
        # Same sentence, nothing but the issuer between the reference and "ban hành".
        if _SENTENCE_END.search(view, target.end, match.start()) or match.start() - target.end > 400:
            continue
        if not target.attributes.get("date") and _consistent(target, date):
            target.attributes["date"] = date
