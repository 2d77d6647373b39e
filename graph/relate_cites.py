"""cites: the text's own document refers to another document ("… quy định tại khoản 2 Điều 3 Nghị định số X",
"theo quy định của Luật Y") in its body, and no stronger relation (based_on, amends, guides, …) links the two.

Cites are a weak, subjective relation (gold marks them optional), so the rule is narrow: only the own
document as source, only in its body (not its title or preamble), only right after a citing phrase of the
lexicon (relation_words.tsv, role "cites") with at most the cited articles between; and never in an
amending text, whose body is the new wording of the document it amends, nor in a consolidated text (văn bản hợp
nhất), whose body is the wording of the documents it consolidates.
"""
from __future__ import annotations

import re
from functools import cache

from . import relate_lexicon as lex
from .header import CONSOLIDATED_CODE
from .literal_led import letter_variants
from .relate_context import Context, Relations

# The articles cited, between the phrase and the document: "khoản 1, khoản 2 và khoản 3 Điều 39 (của)".
_ARTICLE = r"(?:điểm|khoản|điều|mục|chương|tiểu mục|phụ lục)\s+(?:\d+[a-zđ]?|[a-zđ]|[IVXLC]+)(?![\w])"


@cache
def _citing_re() -> re.Pattern:
    tail = rf"(?:\s|,|và|của|các|\d+(?![\w])|{_ARTICLE})*$"
    phrases = lex.phrase_patterns("cites")
    if not all(p[:1].isalpha() and p[1:2] not in ("*", "+", "?", "{") for p in phrases):
        return re.compile(rf"(?<![\w])(?:{lex.alternation('cites')}){tail}", re.IGNORECASE)
    # Led by the class of every case of the phrases' first letters (the engine skips to those; a leading
    # look-behind is tried at every position), then the word-start check; each phrase checks its own first
    # letter behind it, case ignored as before, in the order of the plain alternation.
    letters = "[" + "".join(sorted({v for p in phrases for v in letter_variants(p[0], re.IGNORECASE)})) + "]"
    alternation = "|".join(f"(?<={p[0]}){p[1:]}" for p in phrases)
    return re.compile(rf"{letters}(?<![\w]{letters})(?i:(?:{alternation}){tail})")


# How far before a reference its citing phrase and articles may start.
_LEAD_REACH = 120


def cites(ctx: Context, out: Relations) -> None:
    if ctx.own is None or ctx.preamble_span is None:
        return
    if any(r.source == ctx.own.id and r.type == "amends" for r in out.items):
        return  # an amending text's body is the new wording of the amended one: its references are that text's
    if CONSOLIDATED_CODE in (ctx.own.attributes.get("symbol") or ""):
        return  # a consolidated text's references are those of the documents it consolidates
    linked = {(r.source, r.target) for r in out.items} | {(r.target, r.source) for r in out.items}
    body_start = ctx.preamble_span[1]
    for i in ctx.docs:
        item = ctx.found[i]
        target = ctx.of_found[i]
        if not body_start <= item.start < ctx.own_end or target.id == ctx.own.id:
            continue
        if (ctx.own.id, target.id) in linked or _nested(ctx, i):
            continue
        lead = _citing_re().search(ctx.view, max(body_start, item.start - _LEAD_REACH), item.start)
        if lead is None or not ctx.same_clause(lead.start(), item.start):
            continue
        out.add(ctx.own, "cites", target, lead.start(), item.end)
        linked.add((ctx.own.id, target.id))


def _nested(ctx: Context, i: int) -> bool:
    """A reference inside another document's name ("Chương trình … thực hiện Nghị quyết X") is that name's."""
    item = ctx.found[i]
    return any(ctx.found[d].start < item.start and item.end <= ctx.found[d].end for d in ctx.docs_in(max(0, item.start - 400), item.start))
