"""Find provisions that point into a named document: "khoản 3 Điều 2 Nghị định số 89/2021/NĐ-CP",
"điểm a khoản 1 Điều 5 Luật …", "khoản 2 Điều 12 của Quy định kèm theo Nghị quyết số …",
"tiểu mục 8 Mục II Chương trình ban hành kèm theo Nghị quyết 281/NQ-CP".

The mention is the provision alone; `attributes["of_start"]` is the start of the document reference it
belongs to, so relate.py can draw part_of.
"""
from __future__ import annotations

import re
from typing import Iterator

from .found import Found
from .literal_led import word_start_led
from .types import EntityType

_LEVEL = (r"(?:(?i:tiểu mục) +\d{1,3}(?:\.\d{1,3})*|(?i:điểm) +(?:[a-zđ]\d?|\d{1,3}(?:\.\d{1,3})*)|(?i:khoản) +\d{1,3}[a-zđ]?|Điều +\d{1,4}[a-zđ]?"
          r"|(?:Mục|mục) +(?:[IVXLC]+|\d{1,3}|[A-Z](?![\w.]))|Chương +[IVXLC]+[a-zđ]?|(?:Phần|phần) +(?:thứ +\w+|[IVXLC]+|\d{1,2}))")
# Between the provision and the document: nothing, "của", or an annex that attaches it.
# "mục A, khoản 2, Phần I ban hành kèm theo Quyết định số …", "mục II Phần 2 Định mức kinh tế kỹ thuật … ban hành
# kèm theo Quyết định số …": the annex may go unnamed, or be named by its title when "ban hành kèm theo" follows
# (a title has no "tại": "… Bản mô tả vị trí việc làm … tại Phụ lục VI ban hành kèm theo …" places the part
# in another annex first).
# A draft's article: "Điều 2 Dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp 2013".
_LINK_WORD = r"(?: *,? +(?:của|tại|trong))?(?: +(?:[Dd]ự thảo|DỰ THẢO))?"
_LINK = (_LINK_WORD + r"(?:(?: *,? +(?:Quy định|Quy chế|Chương trình|Kế hoạch|Điều lệ|Phụ lục(?: +(?:\d{1,2}|[IVX]+))?))?"
         r"(?: +(?:được +)?ban hành)? +kèm +theo"
         r"| +[A-ZĐ](?:(?! tại )[^.;:()\d]){0,120}? +(?:được +)?ban hành +kèm +theo)?")
# Read backwards from each document reference: the provision chain must end right where it starts.
# Siblings in a list: "khoản 1, khoản 2 và khoản 3 Điều 39", "điểm 8.1 và 8.2 mục III", "điểm a, b khoản 2".
_SIBLING = r"(?:\d{1,3}(?:\.\d{1,3})*|[a-zđ])(?!\w)"
# A comma may go without its space between siblings ("các điểm a,b,c khoản 3 Điều 12", "điểm b,c khoản 4").
# "điểm a khoản 2 Điều 72 và các điểm c, d khoản 2 Điều 73 của Luật …": "các" may lead the next part.
_NEXT = rf"(?: *(?:,|;)? +(?:(?:và|hoặc) +)?(?:(?:các +)?{_LEVEL}|{_SIBLING})| *, *{_LEVEL}| *,(?=\w){_SIBLING})"
# Up to twenty-four parts: "khoản 3 Điều 12, khoản 5 Điều 44, điểm g khoản 1 và điểm b khoản 8 Điều 51 của Luật …",
# "điểm b, c, d, đ, e, i, a, l, k, n, h và g khoản 1 Điều 2 của Luật Bảo hiểm xã hội".
# A comma may part the article from its document ("các Khoản 1, 2, 3, 4, Điều 2, Nghị định số 177/2024/NĐ-CP").
# The first level is led by its letters (literal_led.word_start_led): the engine skips to them instead of trying
# the word-start look-behind at every position of the stretch.
_FIRST_LEVEL = word_start_led(_LEVEL) or rf"(?<!\w)(?:{_LEVEL})"
_PROVISION_BEFORE = re.compile(rf"(?P<p>{_FIRST_LEVEL}(?:{_NEXT}){{0,24}})(?:{_LINK}|(?<=\d),) +$")
# Where the stretch does not end with "kèm theo" (nearly always), the annex links cannot match: the same pattern
# without them gives the same match, without trying them at every ending of the chain.
_ANNEX_END = re.compile(r"kèm +theo +$")
_PROVISION_BEFORE_NO_ANNEX = re.compile(rf"(?P<p>{_FIRST_LEVEL}(?:{_NEXT}){{0,24}})(?:{_LINK_WORD}|(?<=\d),) +$")
_REACH = 160
_LEVEL_WORDS = ("Điều", "điều", "khoản", "Khoản", "KHOẢN", "Mục", "mục", "Chương", "Phần", "điểm", "Điểm")
_LEVEL_WORD = re.compile("|".join(_LEVEL_WORDS))  # one search of the window instead of a test per word


def find_provisions(view: str, documents: list[Found]) -> Iterator[Found]:
    for target in documents:
        start = max(0, target.start - _REACH)
        if _LEVEL_WORD.search(view, start, target.start) is None:
            continue
        annex = _ANNEX_END.search(view, start, target.start) is not None
        match = (_PROVISION_BEFORE if annex else _PROVISION_BEFORE_NO_ANNEX).search(view, start, target.start)
        if match is None:
            continue
        inserted = _INSERTED_BEFORE.search(view, max(0, match.start("p") - 40), match.start("p"))
        if inserted is not None and _ARTICLE.fullmatch(view, match.start("p"), match.end("p")):
            # "bổ sung thêm Điều 2a vào sau Điều 2 Nghị định số 24/2024/NĐ-CP": the new article is the one in
            # that decree the sentence is about; the one it follows only says where.
            yield Found(inserted.start("new"), inserted.end("new"), EntityType.PROVISION.value,
                        f"{inserted.group('new')} {target.label}", {"of_start": target.start}, kind="provision")
            continue
        for article_start, article_end in _per_article(view, match.start("p"), match.end("p")):
            for start_of, end_of, words in _per_depth(view, article_start, article_end):
                yield Found(start_of, end_of, EntityType.PROVISION.value,
                            f"{view[start_of:end_of]}{words} {target.label}", {"of_start": target.start},
                            kind="provision")


_ARTICLE = re.compile(r"Điều +\d{1,4}[a-zđ]?(?!\w)")
_INSERTED_BEFORE = re.compile(r"(?P<new>Điều +\d{1,4}[a-zđ])(?: +vào)? +(?:sau|trước) +$")
_BETWEEN_ARTICLES = re.compile(r"[ ,;]*(?:(?:và|hoặc) +)?(?:các +)?")


def _per_article(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """One provision per article of a list: "Điều 51, Điều 52 Nghị định …" is two provisions, each with the
    clauses written before it ("khoản 3 Điều 15 và khoản 1 Điều 35"); "khoản 1, khoản 2 Điều 39" is one."""
    articles = list(_ARTICLE.finditer(view, start, end))
    if len(articles) < 2:
        return [(start, end)]
    spans, begin = [], start
    for n, article in enumerate(articles):
        last = n + 1 == len(articles)
        spans.append((begin, end if last else article.end()))
        if not last:
            begin = _BETWEEN_ARTICLES.match(view, article.end()).end()
    return spans


# One item of a list of parts before their article: "điểm c khoản 1", "khoản 2", its depth the number of levels.
_ITEM = re.compile(r"(?P<item>(?:(?i:điểm) +[a-zđ]\d?|(?i:điểm) +\d{1,3}(?:\.\d{1,3})*)? *(?i:khoản) +\d{1,3}[a-zđ]?"
                   r"|(?i:điểm) +[a-zđ]\d?)(?P<link> *, *| +(?:và|hoặc) +)")


def _per_depth(view: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Parts of different depths listed before one article are provisions of their own ("điểm c khoản 1, khoản 2
    Điều 23 của Luật Đấu thầu": "điểm c khoản 1 Điều 23" and "khoản 2 Điều 23"); a run of parts of one depth
    stays one ("khoản 1, khoản 2 Điều 47"). Returns (start, end, the article words the label adds)."""
    article = _ARTICLE.search(view, start, end)
    if article is None:
        return [(start, end, "")]
    items, position = [], start
    while position < article.start():
        item = _ITEM.match(view, position, article.start())
        if item is None:
            break
        items.append((item.start(), item.end("item"), item.group("item").lower().count("điểm")))
        position = item.end()
    if not items or _LAST_ITEM.fullmatch(view, position, article.start()) is None:
        return [(start, end, "")]
    last_depth = view[position:article.start()].lower().count("điểm")
    depths = [d for _, _, d in items] + [last_depth]
    if len(set(depths)) < 2:
        return [(start, end, "")]
    words = " " + " ".join(article.group(0).split())
    out, group_start, group_end, group_depth = [], items[0][0], items[0][1], items[0][2]
    for item_start, item_end, depth in items[1:]:
        if depth != group_depth:
            out.append((group_start, group_end, words))
            group_start, group_depth = item_start, depth
        group_end = item_end
    if last_depth != group_depth:
        out.append((group_start, group_end, words))
        group_start = position
    out.append((group_start, end, ""))
    return out


# The last part, written right before its article: "khoản 2 ", "điểm s khoản 3 ", "điểm b ".
_LAST_ITEM = re.compile(r"(?:(?i:điểm) +[a-zđ]\d? +)?(?i:khoản) +\d{1,3}[a-zđ]? +|(?i:điểm) +[a-zđ]\d? +")

