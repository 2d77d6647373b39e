"""Find rules that another document carries as its annex, named by their title before it: "Quy định đơn giá bồi
thường thiệt hại … trên địa bàn tỉnh Cao Bằng ban hành kèm theo Quyết định số 52/2024/QĐ-UBND", "Quy chế Cuộc thi
nghiên cứu khoa học, kỹ thuật … ban hành kèm theo Thông tư số 06/2024/TT-BGDĐT", "Điều lệ bảo hiểm xã hội ban hành
kèm theo Nghị định số 12/CP". The rules are a document of their own (Regulation; a charter is an OtherDocument).

The text's own annex ("Ban hành kèm theo Quyết định này Quy chế …") is read by graph.find_programs.enacted_at.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from . import lexicon
from .found import BLANK_LINE, LOWER, UPPER, Found, Scan, spaced_alternation
from .normalise import fold
from .types import EntityType

# The type words of annexed rules, as written in a sentence and in a heading.
_RULES_TYPES = {"Quy chế": EntityType.REGULATION.value, "Quy định": EntityType.REGULATION.value,
                "Điều lệ": EntityType.OTHER_DOCUMENT.value}
_HEADS = {form: t for phrase, t in _RULES_TYPES.items() for form in (phrase, phrase.upper())}

# How far a title is read (the longest in the corpus runs to ~230 characters).
_REACH = 320
# The fewest words of a title: fewer is "Quy định ban hành kèm theo …", the rules not named.
_MIN_WORDS = 3
# Between the title and the document that carries the rules.
_ANNEXED = ("ban hành kèm theo", "được ban hành kèm theo", "kèm theo")
# Words a title does not start with ("Quy định tại Phụ lục … kèm theo", "Quy định của Hội đồng nhân dân …",
# "Quy định này"): the verb "quy định", or the rules of something else.
_NOT_FIRST = ("tại", "của", "này", "đó", "trên", "ban", "kèm", "được", "số", "chung", "và", "theo", "về việc")
# Parts of a document, named inside the stretch: the stretch names a part, not rules ("Quy định tại mục A,
# khoản 2, Phần I ban hành kèm theo …").
_PARTS = ("Phụ lục", "phụ lục", "PHỤ LỤC", "Mẫu", "mẫu", "MẪU", "Điều", "điều", "ĐIỀU", "khoản", "KHOẢN", "Mục",
          "mục", "MỤC", "Phần", "PHẦN", "Chương", "CHƯƠNG")


@cache
def _title_re() -> re.Pattern:
    heads = "|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True))
    annexed = spaced_alternation(_ANNEXED)
    types = spaced_alternation(lexicon.type_phrases())
    not_first = "|".join(re.escape(w) for w in _NOT_FIRST)
    # The title: from a letter (not a word that shows the verb or another's rules) over anything but a clause's
    # end, lazily to the first "(ban hành) kèm theo <type word>" (not "… kèm theo Quyết định này").
    return re.compile(
        rf"(?P<type>{heads})\s+(?P<name>(?!(?i:{not_first})(?!\w))[{UPPER}{LOWER}][^;.:()“”\"|]{{0,{_REACH}}}?)"
        rf"\s+(?i:{annexed})\s+(?=(?i:{types})\s+(?!(?i:này)(?!\w)))")


@cache
def _inner_reference_re() -> re.Pattern:
    # A document named inside the stretch ("Quy định tại Nghị định số 106/2025/NĐ-CP"): not one title.
    return re.compile(rf"(?<!\w)(?i:{spaced_alternation(lexicon.type_phrases())})\s+(?:số\s+)?\d")


# Words that open a sentence, written capitalised inside the stretch: a heading ended before them ("Điều 24. Quy
# định chuyển tiếp\nCác khoản phí trong Danh mục … kèm theo Pháp lệnh …").
_SENTENCE_OPENERS = re.compile(r"(?<!\w)(?:Các|Những|Việc|Trường hợp|Trong|Khi|Đối với|Theo|Tại)(?!\w)")
# An article's heading: its title is no rules of another document ("Điều 25. Quy định chi tiết").
_ARTICLE_HEADING_BEFORE = re.compile(r"(?i:Điều)\s+\d+[a-zđ]?\s*\.[\s*_]*$")
_PARTS_RE = re.compile(rf"(?<!\w)(?:{'|'.join(_PARTS)})\s+(?:\d|[IVXLC]+(?!\w)|[a-zđ](?!\w)|số)")


def annexed_rules_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    view = scan.view
    upper = head.isupper()
    # Most type words have no annex named after them: test the literal first.
    window = view[position:position + _REACH + 40]
    if ("KÈM THEO" if upper else "kèm theo") not in window and "Kèm theo" not in window:
        return
    match = _title_re().match(view, position)
    if match is None:
        return
    name = match.group("name")
    if upper != name.isupper():
        return  # a heading's title is written in capitals throughout; a sentence's is not
    if scan.content is not None and BLANK_LINE.search(scan.content, match.start("name"), match.end("name")):
        return  # a title ends at its paragraph
    if _inner_reference_re().search(name) or _PARTS_RE.search(name) or _SENTENCE_OPENERS.search(name):
        return
    if _ARTICLE_HEADING_BEFORE.search(view, max(0, position - 16), position):
        return
    words = name.split()
    if len(words) < _MIN_WORDS:
        return
    doc_type = _HEADS[match.group("type")]
    label = f"{' '.join(match.group('type').split())} {' '.join(words)}"  # graph.resolve prefers a sentence's
    # Where the document that carries the rules is named (graph.relate links the two, and a change of the rules
    # to that document too).
    yield Found(match.start(), match.end("name"), doc_type, label, {"name": fold(label), "carrier_start": match.end()},
                kind="named")


def finders() -> list[tuple[set[str], object]]:
    return [(set(_HEADS), annexed_rules_at)]
