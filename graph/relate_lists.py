"""The objects of a change announced as a list: "Nghị định này thay thế các Nghị định sau: Nghị định số 123/2016/NĐ-CP
…; Nghị định số 101/2020/NĐ-CP …", "Quyết định này bãi bỏ toàn bộ các Quyết định sau:\n\na) Quyết định số 32/2021/QĐ-UBND
…\n\nb) Quyết định số 09/2022/QĐ-UBND …", "Bãi bỏ các văn bản, quy định sau đây:\n a) Pháp lệnh …".

The phrase's own clause ends at the colon, so the trigger rules see no object; here every document that opens an
item of the list (after the colon, a semicolon or an item's letter or dash on its line) is one, up to the list's end
(the next numbered clause or article). A document named inside an item's description ("… sửa đổi, bổ sung một số
điều của Nghị định số 123/2016/NĐ-CP") is not.
"""
from __future__ import annotations

import bisect
import re
from functools import cache

from . import lexicon
from .relate_context import Context

# How far after the colon a list may run.
_LIST_REACH = 3000
# What opens the next part of the text after the list: a numbered clause, an article, a chapter.
_LIST_END = re.compile(r"\n[ \t*_#]*(?:\d+\s*\.|Điều\s+\d|Chương\s+[IVXLC\d])")
# Before an item's document, from the last colon, semicolon or line start: markup, a letter or dash.
_ITEM_OPENING = re.compile(r"[\s*_]*(?:(?:[a-zđ]|\d+)\)[\s*_]*|[-+•–][\s*_]+)?")
_GENERIC_HEADS = ("văn bản", "quy định", "văn bản quy phạm pháp luật")


@cache
def _heads() -> str:
    """The words a list's lead names its items by: every type phrase and the generic ones, longest first."""
    heads = sorted({d.phrase for d in lexicon.document_types()} | set(_GENERIC_HEADS), key=len, reverse=True)
    return "|".join(re.escape(h) for h in heads)


@cache
def _lead_re() -> re.Pattern:
    """"(toàn bộ) các <type> (của …)? sau (đây):" right after the phrase, up to the colon."""
    alternation = _heads()
    return re.compile(rf"\s*(?:toàn bộ\s+)?(?:các|những)\s+(?P<head>{alternation})(?:\s*,\s*(?:{alternation}))*"
                      rf"\s+sau(?:\s+đây)?[\s*_]*:", re.IGNORECASE)


@cache
def _lead_before_re() -> re.Pattern:
    """"Các <type> sau đây " right before a phrase that ends them ("… sau đây hết hiệu lực …:")."""
    alternation = _heads()
    return re.compile(rf"(?<!\w)(?:các|những)\s+(?P<head>{alternation})(?:\s*,\s*(?:{alternation}))*"
                      rf"\s+sau(?:\s+đây)?\s+$", re.IGNORECASE)


# From "hết hiệu lực" to the colon that opens its list: "thi hành kể từ ngày Quyết định này có hiệu lực thi hành:".
_TAIL_TO_COLON = re.compile(r"[^.;:!?]{0,200}?[\s*_]*:")


def listed_before(ctx: Context, start: int, end: int) -> tuple[int, list[int]] | None:
    """"Các Quyết định sau đây hết hiệu lực kể từ ngày …:\n\na) Quyết định số …;\n\nb) …": the lead's start
    and the documents listed after the colon, when "các <type> sau đây" stands right before the phrase at
    `start`…`end`."""
    lead = _lead_before_re().search(ctx.view, max(0, start - 120), start)
    if lead is None:
        return None
    tail = _TAIL_TO_COLON.match(ctx.view, end)
    if tail is None:
        return None
    # "Các quy định sau hết hiệu lực …: a) Thông tư số …": the generic word, not the Party's Quy định; whatever
    # documents the list names end.
    head = lead.group("head")
    return lead.start(), _items(ctx, tail.end(), head, any_type=head.lower() in _GENERIC_HEADS)


def listed_objects(ctx: Context, position: int) -> list[int]:
    """The documents listed after "… các <type> sau:" that starts at `position` (right after the phrase); after a
    bare "Bãi bỏ:" or a generic lead ("Bãi bỏ các quy định sau:"), the provisions that open items too."""
    lead = _lead_re().match(ctx.view, position)
    if lead is None:
        numbered = _numbered_list_start(ctx, position)
        if numbered is not None:
            return _numbered_items(ctx, numbered)
        bare = _BARE_LEAD.match(ctx.view, position)
        if bare is None:
            return []
        return sorted(_items(ctx, bare.end(), _GENERIC_HEADS[0], any_type=True) + _listed_provisions(ctx, bare.end()),
                      key=lambda i: ctx.found[i].start)
    if lead.group("head").lower() not in _GENERIC_HEADS:
        return _items(ctx, lead.end(), lead.group("head"))
    # "Bãi bỏ các quy định sau:\n\na) Thông tư số 05/2023/TT-BKHCN …;\n\nb) Điều 2, Điều 3 … Thông tư số 11/2024/…":
    # a generic head names no type, so every document and provision that opens an item ends.
    items = _items(ctx, lead.end(), lead.group("head"), any_type=True) + _listed_provisions(ctx, lead.end())
    return sorted(items, key=lambda i: ctx.found[i].start)


# "2. Bãi bỏ:\n\na) Khoản 2, khoản 3 Điều 2 … Quyết định số 960/QĐ-TTg …": the phrase, then the colon.
_BARE_LEAD = re.compile(r"[\s*_]*:")


def _listed_provisions(ctx: Context, list_start: int) -> list[int]:
    """Provisions that open items of a list starting at `list_start` ("a) Khoản 2, khoản 3 Điều 2 và khoản 1 …
    Điều 3 Quyết định số 960/QĐ-TTg …"), with the other provisions of the same document listed right after them."""
    end = _LIST_END.search(ctx.content, list_start, list_start + _LIST_REACH)
    end = end.start() if end else min(len(ctx.view), list_start + _LIST_REACH)
    out: list[int] = []
    lo = bisect.bisect_left(ctx.provision_starts, list_start)
    hi = bisect.bisect_left(ctx.provision_starts, end)
    of_open = None
    for provision in ctx.provisions[lo:hi]:
        item = ctx.found[provision]
        of_start = item.attributes.get("of_start")
        if of_open is not None and of_start == of_open and item.start < of_open:
            out.append(provision)  # the next part of the same item's list
            continue
        of_open = None
        if of_start is not None and _opens_item(ctx, list_start, item.start):
            out.append(provision)
            of_open = of_start
    return out


def _opens_item(ctx: Context, list_start: int, start: int) -> bool:
    """Whether what starts at `start` opens an item of the list starting at `list_start`."""
    opening = max(ctx.view.rfind(":", list_start - 1, start), ctx.view.rfind(";", list_start, start),
                  ctx.content.rfind("\n", list_start, start))
    marker = _ITEM_OPENING.fullmatch(ctx.view, opening + 1, start)
    if marker is None:
        return False
    # A hard-wrapped line may break before a document inside a description ("… của\nNghị định số …"): a
    # line opens an item only with its letter or dash, or after the end of the previous item or paragraph.
    return not (ctx.content[opening] == "\n" and not marker.group().strip(" \t\n*_") and
                not ctx.content[:opening].rstrip(" \t*_").endswith((":", ";", ".", "\n")))


def _items(ctx: Context, list_start: int, head: str, any_type: bool = False) -> list[int]:
    """The documents (of the type `head` names, unless `any_type`) that open the items of a list starting right
    after its colon at `list_start`."""
    head = head.lower()
    doc_type = None if any_type else lexicon.type_of_phrase().get(head)
    end = _LIST_END.search(ctx.content, list_start, list_start + _LIST_REACH)
    end = end.start() if end else min(len(ctx.view), list_start + _LIST_REACH)
    out = []
    for doc in ctx.docs_in(list_start, end):
        item = ctx.found[doc]
        if doc_type is not None and item.type != doc_type:
            continue
        if _opens_item(ctx, list_start, item.start):
            out.append(doc)
    return out


# "Điều 1. Bãi bỏ toàn bộ một số văn bản quy phạm pháp luật của Thủ tướng Chính phủ\n1. Quyết định số …\n2. …",
# "Bãi bỏ các văn bản quy phạm pháp luật thuộc lĩnh vực Y tế …, cụ thể như sau:\n\n1. Quyết định số …": a lead that
# names the documents only generically, then a numbered list as long as the article.
_NUMBERED_LEAD = re.compile(r"\s*(?:toàn bộ\s+)?(?:các|một số|những)\s+văn bản\b[^:;.]{0,250}?[\s*_]*:?(?=[\s*_]*1\s*\.\s)",
                            re.IGNORECASE)
# The numbered item a document opens: "12. Quyết định số …" at the start of its line.
_NUMBERED_ITEM = re.compile(r"[ \t*_]*\d{1,3}\s*\.[ \t*_]*")
# The end of the article: the next article, chapter or signature block.
_ARTICLE_END = re.compile(r"\n[ \t*_#]*(?:Điều\s+\d|Chương\s+[IVXLC\d])")
_ARTICLE_REACH = 20000


def _numbered_list_start(ctx: Context, position: int) -> int | None:
    """Where the numbered list of a generic lead right after `position` starts, if the lead ends its line."""
    lead = _NUMBERED_LEAD.match(ctx.view, position)
    if lead is None:
        return None
    first = ctx.view.index("1", lead.end())
    gap = ctx.content[lead.start():first]
    if "\n" not in gap[len(gap.rstrip(" \t\n*_:")):]:
        return None  # the list must open on a line of its own
    return lead.end()


def _numbered_items(ctx: Context, list_start: int) -> list[int]:
    """The documents that open the numbered items ("1. Quyết định số …") of the list starting at `list_start`."""
    end = _ARTICLE_END.search(ctx.content, list_start, list_start + _ARTICLE_REACH)
    end = end.start() if end else min(len(ctx.view), list_start + _ARTICLE_REACH)
    out = []
    for doc in ctx.docs_in(list_start, end):
        start = ctx.found[doc].start
        line = ctx.content.rfind("\n", list_start - 1, start) + 1
        if line > 0 and _NUMBERED_ITEM.fullmatch(ctx.content, line, start):
            out.append(doc)
    return out
