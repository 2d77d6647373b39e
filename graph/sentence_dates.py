"""Issue dates a sentence gives a reference away from it: "Ngày 18/01/2025, Ban Chấp hành Trung ương ký
ban hành Kết luận 118-KL/TW …" and "Nghị quyết số 18-NQ/TW … được Ban Chấp hành Trung ương ban hành ngày
16/6/2022". Only the neighbourhood of each undated reference is read."""
from __future__ import annotations

import bisect
import re

from .dates import DATE_PATTERN, iso_date
from .found import UPPER, Found
from .literal_led import word_start_led
from .types import DOCUMENT_TYPES, PROGRAM_TYPES

_DOCUMENT_LIKE = frozenset(t.value for t in DOCUMENT_TYPES | PROGRAM_TYPES)

# The lower-case words that name a sitting ("kỳ họp thứ 9", "phiên họp thứ 45", "khóa XV").
_SITTING_WORDS = "kỳ|họp|phiên|thứ|khóa|khoá|lần"
_DATE_ONLY = DATE_PATTERN.replace("(?:(?i:ngày) +)?", "", 1)
# "Ngày 18/01/2025, <issuer> (ký) ban hành <reference>": the sentence opens with the date.
# "Ngày 15/9/2025, Chính phủ có Nghị quyết 282/NQ-CP …": "có" a document, in a sentence opened by its date.
_ISSUED_BEFORE = re.compile(r"(?<!\w)(?:ban hành|thông qua|ký|có) +$")
_OPENING_DATE = re.compile(rf"(?:Ngày|NGÀY) +{_DATE_ONLY}(?: +(?:vừa qua|mới đây))? *,")
# "Trước đó, ngày 24/6/2025, Quốc hội đã thông qua Luật …", "… cho biết, ngày 12/01/2025, Văn phòng Trung ương
# Đảng có Công văn số …": a date set off by commas inside the sentence, the first reference after it.
_INNER_DATE = re.compile(rf"(?<=,) +ngày +{_DATE_ONLY}(?: +(?:vừa qua|mới đây))? *,")
# "<reference> … ban hành ngày 16/6/2022" (or "thông qua", "ký": the day a law is passed, a decision signed).
# The place may come between ("Hiệp định … đã ký chính thức tại Ku-a-la Lăm-pơ, Ma-lai-xi-a ngày 24/8/2006",
# "… thông qua tại kỳ họp thứ 9 ngày 26 tháng 6 năm 2025"): a few names or a sitting, nothing else ("ban hành tại
# Quyết định số 2077/QĐ-BYT ngày …" dates the decision; "thông qua tại kỳ họp thứ 9 và có hiệu lực từ ngày …" is
# not the day it was passed).
_PLACE_WORD = rf"(?:[{UPPER}][\w-]*|{_SITTING_WORDS}|\d{{1,3}})"
_PLACE = rf"(?:chính thức +)?(?:tại +{_PLACE_WORD}(?:,? +{_PLACE_WORD}){{0,8}},? +)?"
# Led by the verbs' first letters (graph.literal_led), a search of the stretch after a reference skips to them.
_ISSUED_ON = re.compile(rf"{word_start_led('ban hành|thông qua|ký')} +{_PLACE}(?:vào +)?(?P<date>{DATE_PATTERN})")
# "Luật số:   75/2006/QH 11\nHà Nội, ngày 29 tháng 11 năm 2006": a symbol on a line of its own, then a header's
# place and date (a text whose type line is missing, so no header is read); the date follows on the view.
_PLACE_LINE = re.compile(rf"[ \t|*]*\n[ \t|*]*[{UPPER}][\w ]{{0,30}}, *(?=(?i:ngày) )")
_DATE_AT = re.compile(DATE_PATTERN)
# "A thuộc B": B is the whole A is part of.
_BELONGS_TO = re.compile(r" +thuộc +")
_SENTENCE_END = re.compile(rf"[.!?;] +(?=[{UPPER}\d\"“(*-])|  +")
_REACH = 400
# A sentence opened by its date may name its subject at length before the verb ("Ngày 14/4/2025, đồng chí …,
# Trưởng Ban …, Phó Trưởng Ban Thường trực Ban Chỉ đạo … về tổng kết Nghị quyết số 18-NQ/TW (…) đã ký ban hành …").
_OPENING_REACH = 600


def _consistent(found: Found, date: str) -> bool:
    symbol = found.attributes.get("symbol") or ""
    year = re.match(r"^\d+[a-z]?/((?:19|20)\d{2})/", symbol)
    if year and year.group(1) != date[:4]:
        return False
    stated = found.attributes.get("year")
    return not stated or stated == date[:4]


def _part_of_previous(view: str, documents: list[Found], index: int) -> bool:
    """Whether the reference at `index` names the whole the one before it belongs to ("A thuộc B")."""
    return index > 0 and _BELONGS_TO.fullmatch(view, documents[index - 1].end, documents[index].start) is not None


def _sentence_start(view: str, position: int) -> int:
    start = max(0, position - _OPENING_REACH)
    last = start
    for match in _SENTENCE_END.finditer(view, start, position):
        last = match.end()
    return last


def _header_line_date(content: str, view: str, target: Found) -> str | None:
    """The date on the line under a reference that stands alone on its line, when that line is a place and date."""
    place = _PLACE_LINE.match(content, target.end)
    if place is None or content[content.rfind("\n", 0, target.start) + 1:target.start].strip(" \t|*"):
        return None
    date = _DATE_AT.match(view, place.end())
    return iso_date(date) if date else None


def attach_sentence_dates(view: str, found: list[Found], content: str | None = None) -> None:
    documents = sorted((f for f in found if f.type in _DOCUMENT_LIKE), key=lambda f: f.start)
    starts = [d.start for d in documents]
    for index, target in enumerate(documents):
        if target.attributes.get("date"):
            continue
        date = _header_line_date(content, view, target) if content is not None else None
        if date is not None:
            if _consistent(target, date):
                target.attributes["date"] = date
            continue
        if _ISSUED_BEFORE.search(view, max(0, target.start - 12), target.start):
            sentence = _sentence_start(view, target.start)
            opening = _OPENING_DATE.match(view, sentence)
            # The first reference the sentence issues ("Ngày …, Chính phủ có Nghị quyết 282/NQ-CP ban hành
            # Chương trình …": the date is the resolution's); one named in the subject is not issued by it ("Ngày
            # 04/01/2025, Ban Chỉ đạo về tổng kết việc thực hiện Nghị quyết 18-NQ/TW … có Công văn 31/CV-…").
            first = not any(_ISSUED_BEFORE.search(view, max(0, d.start - 12), d.start)
                            for d in documents[bisect.bisect_left(starts, sentence, 0, index):index])
            if opening is not None and first:
                date = iso_date(opening)
            elif opening is None:
                inner = None
                for inner in _INNER_DATE.finditer(view, sentence, target.start):
                    pass
                if inner is not None and (index == 0 or documents[index - 1].end <= inner.start()):
                    date = iso_date(inner)
        if date is None and not _part_of_previous(view, documents, index):
            limit = min(len(view), target.end + _REACH)
            following = index + 1
            # "Hiệp định Thương mại hàng hóa thuộc Hiệp định khung … đã ký chính thức … ngày 24 tháng 8 năm 2006":
            # the verb's subject is the head, not the whole it belongs to.
            while following < len(documents) and _part_of_previous(view, documents, following):
                following += 1
            if following < len(documents):
                limit = min(limit, documents[following].start)
            issued = _ISSUED_ON.search(view, target.end, limit)
            if issued is not None and not _SENTENCE_END.search(view, target.end, issued.start()):
                date = iso_date(issued)
        if date and _consistent(target, date):
            target.attributes["date"] = date
