"""Find international agreements named by their title ("Hiệp định Thương mại hàng hóa thuộc Hiệp định Khung về hợp
tác kinh tế toàn diện giữa …", "Hiệp định vận chuyển hàng không giữa Chính phủ các Quốc gia thành viên Hiệp hội các
quốc gia Đông Nam Á và Chính phủ New Zealand") and the numbered protocols of one ("Nghị định thư 1 của Hiệp định …"):
documents of their own (OtherDocument). A kind of agreement ("Hiệp định của Chính phủ", "các Hiệp định thương mại tự
do") is no name.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from . import lexicon
from .found import LOWER, UPPER, Found, Scan, spaced_alternation
from .normalise import fold
from .types import EntityType

_HEADS = ("Hiệp định", "HIỆP ĐỊNH")
_PROTOCOL_HEADS = ("Nghị định thư", "NGHỊ ĐỊNH THƯ")
# The most words a title runs to (the longest in the corpus has 27).
_MAX_WORDS = 40
# Words a title does not start with: "Hiệp định ký kết giữa Chính phủ Việt Nam với Chính phủ nước ngoài", "Hiệp định
# của Chính phủ", "Hiệp định giữa hai Chính phủ", "Hiệp định này".
_NOT_FIRST = ("ký", "của", "giữa", "này", "đó", "đã", "được", "với", "và", "về", "theo", "thì", "từ", "trên", "tại")
# Words that end a title: the sentence goes on ("… đã ký chính thức tại …", "… do Bộ trưởng …", "… ký ngày …"), or
# another agreement it belongs to follows ("… thuộc Hiệp định Khung …", "… trong khuôn khổ Hiệp định …").
_ENDS = ("và", "đã", "được", "ký", "ngày", "thì", "với", "để", "theo", "tại", "thông qua", "trong", "có", "là", "nay",
         "kể từ", "quy định")
# The same, where a word ends a title only in some places: "do" but not "tự do" (free trade), "thuộc" before the
# agreement it belongs to ("… thuộc Hiệp định Khung …", not "các nước thành viên thuộc Hiệp hội …").
_ENDS_WHERE = (r"(?<!tự\s)do", r"thuộc(?=\s+(?i:Hiệp định))")
# A committee that carries out an agreement is a body named by it ("Ủy ban thực thi Hiệp định Thương mại tự do ASEAN
# - Hàn Quốc"): the name is the body's, no mention of the agreement.
_BODY_BEFORE = re.compile(r"((?i:Ủy ban thực thi|Ủy ban hỗn hợp))\s+$")


@cache
def _title_re() -> re.Pattern:
    heads = "|".join(_HEADS)
    not_first = "|".join(re.escape(w) for w in _NOT_FIRST)
    ends = "|".join((spaced_alternation(_ENDS), *_ENDS_WHERE))
    types = spaced_alternation(("Nghị định thư", *lexicon.type_phrases()))
    word = rf"[{UPPER}{LOWER}]+(?:-[{UPPER}{LOWER}]+)*"
    # A word of the title: not one that ends it; "và" only before a capitalised word that opens no document
    # ("Đối tác Toàn diện và Tiến bộ …", "… Đông Nam Á và Chính phủ New Zealand", not "… và các văn kiện", "… và
    # Nghị định thư 1"); a hyphen between names ("ASEAN - Hàn Quốc"); an abbreviation in brackets ("(CHXHCN)").
    link = rf"(?:\s+-\s+|\s+(?i:và)\s+(?!(?i:{types})(?!\w))(?=[{UPPER}])|\s+)"
    return re.compile(
        rf"(?P<head>{heads})\s+(?P<name>(?!(?i:{not_first})(?!\w)){word}"
        rf"(?:{link}(?!(?i:{ends})(?!\w))(?:{word}|\([{UPPER}-]{{2,12}}\))){{0,{_MAX_WORDS - 1}}}"
        rf"(?:{_YEARS})?)")


# The period an agreement is for closes its title ("… giai đoạn 2025 - 2030").
_YEARS = r"(?<=(?i:giai đoạn))\s+(?:19|20)\d\d\s*-\s*(?:19|20)\d\d"


# A title ends at its paragraph, and at markup ("… Việt Nam Lào\n**Số hiệu:**").
_TITLE_END = re.compile(r"\n[ \t*#|_]*\n|\*\*")


def agreement_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    view = scan.view
    committee = _BODY_BEFORE.search(view, max(0, position - 20), position)
    match = _title_re().match(view, position)
    if match is None:
        return
    end = match.end("name")
    if scan.content is not None and (cut := _TITLE_END.search(scan.content, match.start("name"), end)):
        end = match.start("name") + len(view[match.start("name"):cut.start()].rstrip())
    words = view[match.start("name"):end].split()
    upper = head.isupper()
    if upper:
        while words and not (words[-1].isupper() or not any(c.isalpha() for c in words[-1])):
            words.pop()  # a heading's title is written in capitals: the next line starts the text
    while words and (words[-1].lower() in ("và", "-") or words[-1].startswith("(")):
        words.pop()  # an abbreviation after the title is no part of it ("… ASEAN - Hàn Quốc (AKFTA-IC)")
    if len(words) < 2 or not _names_one(words) or " ".join(words) in lexicon.body_aliases():
        return  # "Hiệp định Chính phủ": a kind of agreement
    lower = [w.lower() for w in words]
    if _PROTOCOL_BEFORE.search(view, max(0, position - 30), position) and "giữa" in lower \
            and "về" in lower[lower.index("giữa"):]:
        # "Nghị định thư 1 của Hiệp định vận chuyển hàng không giữa … và Chính phủ New Zealand về các quyền vận chuyển
        # 3, 4 và 5 giữa các Bên": what follows the parties is the protocol's subject.
        words = words[:lower.index("về", lower.index("giữa"))]
    end = match.start("name")
    for word in words:  # where the last word kept ends (it may be written earlier in the title too)
        end = view.index(word, end) + len(word)
    if committee is not None:
        label = f"{' '.join(committee.group(1).split())} {head} {' '.join(words)}"
        yield Found(committee.start(), end, EntityType.BODY.value, label, kind="body")
        return
    label = f"{head} {' '.join(words)}"  # a heading's stays in capitals: graph.resolve prefers a sentence's
    # "treaty": made between states, so no domestic body issues it and no domestic document changes it
    # (graph.relate_issuers, graph.relate_triggers read the clause as said of the document whose title names it).
    yield Found(match.start(), end, EntityType.OTHER_DOCUMENT.value, label, {"name": fold(label), "treaty": True},
                kind="named")


_PROTOCOL_BEFORE = re.compile(r"(?i:Nghị định thư)\s+\d{1,2}\s+(?i:của)\s+$")


def _names_one(words: list[str]) -> bool:
    """A title names one agreement: by a capitalised word ("Thương mại hàng hóa", "Khung về …"), or by the parties
    it is between ("vận chuyển hàng không giữa Chính phủ các Quốc gia …")."""
    if words[0][0].isupper():
        return True
    return any(w == "giữa" and i + 1 < len(words) and words[i + 1][0].isupper() for i, w in enumerate(words))


# "Nghị định thư 1 của Hiệp định …": a numbered protocol, part of the agreement named after it.
_PROTOCOL = re.compile(r"(?P<head>Nghị định thư|NGHỊ ĐỊNH THƯ)\s+(?P<number>\d{1,2})(?!\w)(?:\s+(?i:của)\s+(?=(?i:Hiệp định)))?")


def protocol_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    match = _PROTOCOL.match(scan.view, position)
    if match is None:
        return
    label = f"Nghị định thư {match.group('number')}"
    attributes = {"name": fold(label)}
    if match.end() > match.end("number"):
        attributes["carrier_start"] = match.end()  # graph.relate: part of the agreement named there
    yield Found(match.start(), match.end("number"), EntityType.OTHER_DOCUMENT.value, label, attributes, kind="named")


def finders() -> list[tuple[set[str], object]]:
    return [(set(_HEADS), agreement_at), (set(_PROTOCOL_HEADS), protocol_at)]
