"""Relations of the text's own document: its header organ, and its preamble.

- the header organ ("CHÍNH PHỦ", "BAN CHẤP HÀNH TRUNG ƯƠNG") issued it;
- every "Căn cứ …" item → based_on, including "; "-separated items and coordinated references;
- "Theo đề nghị của Bộ trưởng Bộ X", "Xét đề nghị của Chánh Văn phòng …" → the body advises it;
  "Xét Tờ trình số … của Ủy ban nhân dân …" → the issuer of that submission advises it;
- the promulgation clause "Ban Bí thư quy định …", "Hội đồng nhân dân ban hành Nghị quyết …" → issued_by.
"""
from __future__ import annotations

import re
from functools import cache

from . import lexicon
from . import relate_lexicon as lex
from .literal_led import finditer_words
from .relate_consolidated import consolidated_base
from .relate_context import BODY, NEXT_SUBMISSION, Context, Relations, is_filler
from .relate_reported import reported_document


@cache
def _opener_re() -> re.Pattern:
    roles = ("based_on", "advises", "advises_by_document")
    phrases = [lex.phrase_patterns(role) for role in roles]
    if all(p[:1].isalpha() and p[1:2] not in ("*", "+", "?", "{") for ps in phrases for p in ps):
        # The phrases open with a few capitals: the pattern opens with their class (the engine skips to those
        # letters; a leading look-behind is tried at every position), then the word-start check, and each
        # phrase checks its own first letter behind it, in the order of the plain alternation below.
        letters = "[" + "".join(sorted({p[0] for ps in phrases for p in ps})) + "]"
        groups = "|".join(f"(?P<{role}>" + "|".join(f"(?<={p[0]}){p[1:]}" for p in ps) + ")"
                          for role, ps in zip(roles, phrases))
        return re.compile(rf"{letters}(?<![\w]{letters})(?:{groups})(?![\w])")
    alternation = "|".join(f"(?P<{role}>{lex.alternation(role)})" for role in roles)
    return re.compile(rf"(?<![\w])(?:{alternation})(?![\w])")


@cache
def _proposer_re() -> re.Pattern:
    return re.compile(rf"\s*(?:(?:{lex.alternation('proposer')})\s+)?$")


@cache
def _enacts_re() -> re.Pattern:
    return re.compile(rf"\s+(?:(?:đã|chính thức)\s+)?(?:{lex.alternation('enacts')})(?![\w])", re.IGNORECASE)


_HEADLINE_LIMIT = 200
# Before the document of a "Căn cứ" item: markup, "vào", and the articles relied on
# ("Căn cứ khoản 3, khoản 4 Điều 15 và khoản 1 Điều 35 Luật Thủ đô …", "Căn cứ vào Điều 84 của Hiến pháp …").
# A group named before a colon: "Căn cứ các Luật của Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam: Luật …".
_ITEM_LEAD = re.compile(
    r"[\s*_\-–:,]*+(?:các\s+[^;:.]{1,150}?:\s*)?(?:vào\s+)?(?:(?:các\s+)?(?:điểm|khoản|điều|mục|chương)\s+(?:\d+[a-zđ]?|[a-zđ]|[IVXLC]+)(?![\w])[\s,]*+(?:và\s+)?)*+(?:của\s+)?",
    re.IGNORECASE)
_ITEM_SPLIT = re.compile(r";")
_COORDINATED = re.compile(r"\s*(?:,|và|,\s*và)\s*")


@cache
def _coordinated_proposer_re() -> re.Pattern:
    # "… của Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Tư pháp": another proposer joined by "và" or ", <title>".
    titles = lex.alternation("proposer")
    return re.compile(rf"\s*(?:,\s*và|và)\s*(?:(?:{titles})\s+)?|\s*,\s*(?:{titles})\s+")

_CLAUSE_START = re.compile(r"[\s*_\-–+•]*$")


def own_relations(ctx: Context, out: Relations, organ_span: tuple[int, int] | None) -> None:
    if ctx.own is None:
        return
    if ctx.organ is not None and organ_span is not None:
        out.add(ctx.own, "issued_by", ctx.organ, organ_span[0], organ_span[1])
    if ctx.preamble_span is None:
        return
    start, end = ctx.preamble_span
    _preamble_items(ctx, out, start, end)
    base = consolidated_base(ctx)
    if base is not None and not _later_grounds(ctx, base, start, end):
        # A consolidated text writes the preamble of the document it consolidates: the grounds and proposals
        # are that document's too. The consolidating ministry may be the one that proposed it ("Xét đề nghị của
        # Bộ trưởng Bộ Quốc phòng" in a text Bộ Quốc phòng consolidates): its header organ is not the base's.
        saved = ctx.own, ctx.organ
        ctx.own, ctx.organ = ctx.of_found[base], None
        try:
            _preamble_items(ctx, out, start, end)
        finally:
            ctx.own, ctx.organ = saved
    _promulgation(ctx, out, start, end)


_SYMBOL_YEAR = re.compile(r"/((?:19|20)\d{2})/")


def _year(entity) -> int | None:
    """The year a document was made, from its date, its year or its symbol."""
    attributes = entity.attributes
    if attributes.get("date"):
        return int(attributes["date"][:4])
    if attributes.get("year"):
        return int(attributes["year"])
    match = _SYMBOL_YEAR.search(attributes.get("symbol") or "")
    return int(match.group(1)) if match else None


def _later_grounds(ctx: Context, base: int, start: int, end: int) -> bool:
    """A consolidated text whose preamble names a document made after the consolidated one ("Căn cứ Luật Tổ chức
    Chính phủ năm 2025" over a decree of 2024) writes the latest amending document's grounds, not the base's."""
    made = _year(ctx.of_found[base])
    first = _opener_re().search(ctx.view, start, end)
    if made is None or first is None:
        return True
    # From the first ground on: the amending documents listed before it are later, as they should be.
    return any((_year(ctx.of_found[d]) or 0) > made for d in ctx.docs_in(first.start(), end))


def _preamble_items(ctx: Context, out: Relations, start: int, end: int) -> None:
    """based_on and advises of each "Căn cứ …", "Theo đề nghị …", "Xét Tờ trình …" item of the preamble."""
    openers = list(_opener_re().finditer(ctx.view, start, end))
    for n, opener in enumerate(openers):
        item_end = openers[n + 1].start() if n + 1 < len(openers) else _preamble_item_end(ctx, opener.end(), end)
        if opener.lastgroup == "based_on":
            _based_on(ctx, out, opener.start(), opener.end(), item_end)
        elif opener.lastgroup == "advises":
            _advises(ctx, out, opener.start(), opener.end(), item_end)
        else:
            _advises_by_document(ctx, out, opener.start(), opener.end(), item_end)


def topic_relations(ctx: Context, out: Relations) -> None:
    """A text that reports on one document (its headline names it) and quotes that document's preamble
    ("Xem xét đề nghị của Ban Tổ chức Trung ương …, Bộ Chính trị thống nhất …"): the proposer advises
    the reported document."""
    if ctx.own is not None or not ctx.docs:
        return
    headline_end = ctx.content.find("\n")
    first = ctx.docs[0]
    # The headline: a short first line (a paragraph is not a headline).
    headline = None
    if 0 <= headline_end <= _HEADLINE_LIMIT and ctx.found[first].start <= headline_end:
        headline = ctx.of_found[first]
    saved = ctx.own
    try:
        # The phrases searched by first letter (graph.literal_led): the same matches, read many times faster.
        for opener in finditer_words(lex.alternation('reported_advises'), re.IGNORECASE, ctx.view):
            end = _sentence_end(ctx, opener.end())
            # The quoted preamble ends with the deciding body: "…, Bộ Chính trị kết luận như sau", also after a
            # semicolon ("… (Tờ trình số 08-TTr/ĐU, ngày 13/2/2025); ý kiến các cơ quan, Bộ Chính trị đã thảo luận và
            # kết luận như sau:").
            decision_end = _sentence_end(ctx, opener.end(), _DECISION_END)
            deciders = ctx.bodies_in(opener.end(), decision_end)
            if not any(_enacts_re().match(ctx.view, ctx.found[b].end) for b in deciders):
                continue
            ctx.own = headline or _paragraph_topic(ctx, opener.start())
            if ctx.own is not None:
                _advises(ctx, out, opener.start(), opener.end(), end)
    finally:
        ctx.own = saved


def _paragraph_topic(ctx: Context, position: int):
    """"Theo Kết luận 157-KL/TW, căn cứ …; sau khi xem xét đề xuất, kiến nghị của Ban Tổ chức Trung ương …, Bộ
    Chính trị kết luận như sau": the document that opens the paragraph is the one whose preamble it quotes."""
    paragraph_start = ctx.content.rfind("\n", 0, position) + 1
    if _thereby_re().match(ctx.view, paragraph_start, position):
        # "Theo đó, tại phiên họp ngày 20/2, sau khi nghe …": the document the paragraph before opened with.
        previous_end = len(ctx.content[:paragraph_start].rstrip())
        previous_start = ctx.content.rfind("\n", 0, previous_end) + 1
        docs = ctx.docs_in(previous_start, previous_end)
        return ctx.of_found[docs[0]] if docs else None
    docs = [d for d in ctx.docs_in(paragraph_start, position) if ctx.found[d].end <= position]
    if not docs:
        return _named_by_type(ctx, paragraph_start, position)
    if not _according_re().fullmatch(ctx.masked, paragraph_start, ctx.found[docs[0]].start):
        return None
    return ctx.of_found[docs[0]]


def _named_by_type(ctx: Context, paragraph_start: int, position: int):
    """"Kết luận nêu rõ, căn cứ …; sau khi xem xét, đề xuất, kiến nghị của Ban Tổ chức Trung ương …": a paragraph
    that opens with the bare type word of the document the report is about quotes that document."""
    reported = reported_document(ctx)
    if reported is None or ctx.found[reported].end > paragraph_start:
        return None
    opening = _type_word_opening_re().match(ctx.view, paragraph_start, position)
    if opening is None:
        return None
    same_type = lexicon.type_of_phrase().get(opening.group("type").lower()) == ctx.found[reported].type
    return ctx.of_found[reported] if same_type else None


@cache
def _type_word_opening_re() -> re.Pattern:
    # A paragraph's first words: markup, then a type word as a word of its own ("Kết luận nêu rõ, …").
    phrases = lexicon.type_phrases()
    alternation = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"[\s*_#\-–+•]*(?P<type>{alternation})(?![\w])", re.IGNORECASE)


@cache
def _thereby_re() -> re.Pattern:
    return re.compile(rf"[\s*_#\-–+•]*(?:{lex.alternation('according_anaphor')})(?![\w])", re.IGNORECASE)


@cache
def _according_re() -> re.Pattern:
    return re.compile(rf"[\s*_#\-–+•]*(?:{lex.alternation('according')})\s+", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.;!?:](?=\s|\*|$)")
_DECISION_END = re.compile(r"[.!?:](?=\s|\*|$)")


def _sentence_end(ctx: Context, position: int, pattern: re.Pattern = _SENTENCE_END) -> int:
    match = pattern.search(ctx.view, position, position + 1200)
    return match.start() if match else min(len(ctx.view), position + 1200)


def _preamble_item_end(ctx: Context, position: int, end: int) -> int:
    """The last opener's item runs to the end of its sentence (or of the preamble)."""
    match = re.compile(r"[.;](?=\s|\*|$)").search(ctx.view, position, end)
    return match.end() if match else end


def _based_on(ctx: Context, out: Relations, opener_start: int, position: int, end: int) -> None:
    """Each ";"-separated item of "Căn cứ …" names one document (and those coordinated with it)."""
    item_start = position
    for split in list(_ITEM_SPLIT.finditer(ctx.view, position, end)) + [None]:
        item_end = split.start() if split else end
        lead = _ITEM_LEAD.match(ctx.view, item_start, item_end)
        first = ctx.next_item(ctx.doc_starts, ctx.docs, lead.end(), lead.end() + 1)
        if first is not None:
            evidence_start = opener_start if item_start == position else ctx.found[first].start
            chosen = [first]
            while True:
                last = ctx.found[chosen[-1]]
                following = ctx.next_item(ctx.doc_starts, ctx.docs, last.end, item_end)
                if following is None or not _COORDINATED.fullmatch(ctx.view[last.end:ctx.found[following].start]):
                    break
                chosen.append(following)
            chosen += _grounds_after_description(ctx, chosen, item_end)
            for doc in chosen:
                out.add(ctx.own, "based_on", ctx.of_found[doc], evidence_start, ctx.found[doc].end)
        item_start = split.end() if split else end


_AFTER_DESCRIPTION = re.compile(r"\s+(?:,\s*)?và\s+$")


def _grounds_after_description(ctx: Context, chosen: list[int], item_end: int) -> list[int]:
    """"Căn cứ Nghị định số 123/2020/NĐ-CP … của Chính phủ quy định về hóa đơn, chứng từ và Nghị định số
    70/2025/NĐ-CP …": a document of the item's type joined by "và" after the previous one's description is
    another ground, also when the description ends with a document of another type ("… hướng dẫn thi hành Luật
    Ban hành văn bản quy phạm pháp luật và Nghị định số 187/2025/NĐ-CP …"). Not when the description names a
    document of that type ("Nghị định số 187/2025/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP
    … và Nghị định số 79/2025/NĐ-CP …": both amended), nor inside another name."""
    head_type = ctx.found[chosen[0]].type
    out: list[int] = []
    ground_end = last_end = ctx.found[chosen[-1]].end
    for doc in ctx.docs_in(last_end, item_end):
        item = ctx.found[doc]
        if item.start < last_end:
            continue  # inside the previous one's name
        gap = _AFTER_DESCRIPTION.search(ctx.view, last_end, item.start)
        if item.type == head_type and gap is not None and gap.end() == item.start and gap.start() > ground_end \
                and not any(ctx.found[d].type == head_type for d in ctx.docs_in(ground_end, gap.start())):
            out.append(doc)
            ground_end = item.end
        last_end = max(last_end, item.end)
    return out


def _advises(ctx: Context, out: Relations, opener_start: int, position: int, end: int) -> None:
    """"Theo đề nghị của [Bộ trưởng] Bộ X [và …]": every body named as the proposer."""
    first = True
    for body in ctx.bodies_in(position, end):
        item = ctx.found[body]
        gap = ctx.view[position:item.start]
        if not (_proposer_re().fullmatch(gap) if first else _coordinated_proposer_re().fullmatch(gap)):
            break
        if not first and _enacts_re().match(ctx.view, item.end):
            break  # "Theo đề nghị của Vụ trưởng Vụ X,* *Bộ trưởng Bộ Công Thương ban hành …": the enacting head
        if item.type == BODY and ctx.of_found[body] is not ctx.organ:
            out.add(ctx.of_found[body], "advises", ctx.own, opener_start, item.end)
        position, first = item.end, False
    _submissions_relied_on(ctx, out, position, end)


def _advises_by_document(ctx: Context, out: Relations, opener_start: int, position: int, end: int) -> None:
    """"Xét Tờ trình số … của Ủy ban nhân dân …": the issuer of the submission advises the own document."""
    doc = ctx.next_item(ctx.doc_starts, ctx.docs, position - 12, end)
    if doc is None:
        return
    _submissions_relied_on(ctx, out, ctx.found[doc].start, end, _NOTHING)
    for relation in list(_issuers_of(ctx, out, doc)):
        if relation is not ctx.organ:
            out.add(relation, "advises", ctx.own, opener_start, ctx.found[doc].end)


_NOTHING = re.compile("")
_SUBMISSIONS = frozenset({"OtherDocument", "Report", "Project"})
# Between the proposer and its submission: "… của Giám đốc Sở Nội vụ tại Tờ trình số …", "(Tờ trình số …".
_AT_SUBMISSION = re.compile(r"\s*(?:tại|\()\s*")

def _submissions_relied_on(ctx: Context, out: Relations, position: int, end: int,
                           lead: re.Pattern = _AT_SUBMISSION) -> None:
    """"Xét đề nghị của Bộ trưởng Bộ Xây dựng tại Tờ trình số 118/TTr-BXD …", "Xét Tờ trình số 429/TTr-UBND …":
    the proposer's submissions are what the own document was made on (based_on, as the gold reads them), so a
    later mention in its body is no mere citation. Only the submission and those listed with it."""
    if ctx.own is None:
        return
    doc = ctx.next_item(ctx.doc_starts, ctx.docs, position, end)
    if doc is None or not lead.fullmatch(ctx.view, position, ctx.found[doc].start):
        return
    while doc is not None:
        item = ctx.found[doc]
        # Numbered submissions, reports and schemes: not a document named in their titles.
        if item.type in _SUBMISSIONS and item.attributes.get("symbol") and ctx.of_found[doc] is not ctx.own:
            out.add(ctx.own, "based_on", ctx.of_found[doc], item.start, item.end)
        joiner = NEXT_SUBMISSION.match(ctx.view, item.end)
        doc = ctx.next_item(ctx.doc_starts, ctx.docs, joiner.end(), joiner.end() + 1) \
            if joiner and joiner.end() < end else None


def _issuers_of(ctx: Context, out: Relations, doc: int):
    source = ctx.of_found[doc].id
    by_id = {e.id: e for e in ctx.of_found.values()}
    for relation in out.items:
        if relation.source == source and relation.type == "issued_by" and relation.target in by_id:
            yield by_id[relation.target]


def _promulgation(ctx: Context, out: Relations, start: int, end: int) -> None:
    """A body opening a clause and enacting: "Ban Bí thư quy định về …", "Chính phủ ban hành Nghị định …"."""
    for body in ctx.bodies_in(start, end):
        item = ctx.found[body]
        enacts = _enacts_re().match(ctx.view, item.end)  # the rarer test first: it rules most bodies out
        if enacts is None:
            continue
        clause_start = ctx.clause_start(item.start)
        if _CLAUSE_START.fullmatch(ctx.view, clause_start, item.start) or is_filler(ctx.masked[clause_start:item.start]):
            out.add(ctx.own, "issued_by", ctx.of_found[body], item.start, enacts.end())
