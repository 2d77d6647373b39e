"""The amending documents a consolidated text lists under its base document.

A consolidated text (văn bản hợp nhất) opens with the document it consolidates and the documents that changed it,
one per paragraph:

    Nghị định số 88/2024/NĐ-CP ngày … của Chính phủ quy định về …, có hiệu lực …, được sửa đổi, bổ sung bởi:

    Nghị định số 151/2025/NĐ-CP ngày … của Chính phủ quy định về …

    Nghị định số 226/2025/NĐ-CP ngày … của Chính phủ quy định sửa đổi, bổ sung …

Each listed document amends the one that opens the paragraph of the phrase.
"""
from __future__ import annotations

import bisect
import re

from .relate_context import Context, Relations

# The passive phrase ends its line with a colon; the list follows.
_COLON_AT_LINE_END = re.compile(r"[ \t*_]*:[ \t*_]*\n")
# The word that leads the agent in the phrase ("được sửa đổi, bổ sung bởi:").
_AGENT_WORD = re.compile(r"(?:bởi|theo|tại)$", re.IGNORECASE)
# An item's opening: its number or dash, then the document ("1. Thông tư số …", "- Nghị định số …").
_ITEM_MARK = re.compile(r"[ \t*_]*(?:(?:\d{1,2}|[a-zđ])[.)][ \t]*|[-–+•][ \t]*)?")
# A line that follows the end of an item: a blank line, or a line whose text ends with ';' or '.'.
_ITEM_END_LINE = re.compile(r"[;.][ \t*_]*$")
# How far back the base document may open its paragraph, and how far the list may run.
_BASE_REACH = 1200
_LIST_REACH = 3000


def listed_amenders(ctx: Context, out: Relations, relation: str, start: int, end: int) -> bool:
    """When the phrase at `start`..`end` ends its line with a colon after its agent word, add `relation` from each
    listed document to the base document; True when the phrase heads such a list (found or not)."""
    view = ctx.content  # the view has no line breaks; the text, of the same length, has
    if _COLON_AT_LINE_END.match(view, end) is None or not _AGENT_WORD.search(ctx.view, max(0, end - 4), end):
        return False
    base = _line_opening_doc_before(ctx, start)
    if base is None:
        return True
    for source in _listed_docs(ctx, view.index("\n", end) + 1):
        out.add(ctx.of_found[source], relation, ctx.of_found[base], ctx.found[base].start, ctx.found[source].end)
    return True


def _line_opening_doc_before(ctx: Context, position: int) -> int | None:
    """The last document before `position` that opens its line, with no sentence end between."""
    view = ctx.content
    k = bisect.bisect_left(ctx.doc_starts, position)
    for j in range(k - 1, -1, -1):
        doc = ctx.docs[j]
        doc_start = ctx.found[doc].start
        if position - doc_start > _BASE_REACH or re.search(r"\.[ \t*_]*\n", view[doc_start:position]):
            return None
        line_start = view.rfind("\n", 0, doc_start) + 1
        if _ITEM_MARK.fullmatch(view, line_start, doc_start):
            return doc
    return None


def _listed_docs(ctx: Context, position: int) -> list[int]:
    """The documents that open the items of the list from `position` (a line start) on."""
    view, limit = ctx.content, min(len(ctx.content), position + _LIST_REACH)
    listed, item_open = [], True  # the first line after the colon opens an item
    while position < limit:
        line_end = view.find("\n", position)
        line_end = limit if line_end < 0 else line_end
        line = view[position:line_end]
        if not line.strip(" \t*_"):
            item_open = True  # a blank line parts items
        elif item_open:
            mark = _ITEM_MARK.match(view, position, line_end)
            doc = ctx.doc_at(mark.end())
            if doc is None:
                break  # the list has ended ("*Căn cứ Luật …")
            listed.append(doc)
            item_open = _ITEM_END_LINE.search(line) is not None
        else:
            item_open = _ITEM_END_LINE.search(line) is not None
        position = line_end + 1
    return listed


# The phrase that heads the list of amending documents, at the end of its line.
_LIST_HEAD = re.compile(r"được\s+sửa\s+đổi,\s+bổ\s+sung(?:\s+một\s+số\s+điều)?\s+(?:bởi|theo|tại)[ \t*_]*:[ \t*_]*\n",
                        re.IGNORECASE)


def consolidated_base(ctx: Context) -> int | None:
    """The document a consolidated text consolidates: the one whose paragraph after the text's title ends "…, được
    sửa đổi, bổ sung bởi:" (the header reader counts it in the preamble). Its preamble ("Căn cứ …", "Theo đề nghị …") is that
    document's, written again."""
    if ctx.own is None or ctx.preamble_span is None:
        return None
    head = _LIST_HEAD.search(ctx.content, ctx.title_span[1] if ctx.title_span else 0, ctx.preamble_span[1])
    return None if head is None else _line_opening_doc_before(ctx, head.start())

