"""issued_by as the text states it.

- "Kết luận số 39-KL/TW ngày 18/7/2022 của Bộ Chính trị", "… do Ban Bí thư ban hành";
- "Bộ Chính trị (đã) (ký) ban hành Kết luận số 39-KL/TW" (and "Chính phủ ban hành Nghị định …" for the own
  document, through its anchor);
- passive "Nghị quyết số 18-NQ/TW về “…” được Ban Chấp hành Trung ương khóa XIII ban hành";
- a body named inside a document's name after "của" ("Chương trình hành động của Chính phủ …");
- "Nghị quyết 71-NQ/TW về đột phá phát triển giáo dục và đào tạo của Bộ Chính trị" (a short title between
  the reference and "của X" at the end of the clause).
"""
from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from . import lexicon
from .found import LOWER, UPPER, spaced_alternation
from . import relate_lexicon as lex
from .keys import is_party_symbol

from .relate_context import BODY_MARK, DOC_MARK, ISSUERS, NEXT_SUBMISSION, Context, Relations


@cache
def _of_re() -> re.Pattern:
    # "của Bộ trưởng Bộ Tư pháp", "của Chủ tịch Ủy ban nhân dân tỉnh": the head of a body issues in its name
    # (the heads' titles are the proposers' of the lexicon).
    # Two titles of one head: "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ".
    return re.compile(rf"[\s,]*(?:của|do)\s+(?:(?:{lex.alternation('proposer')})(?:\s*,)?\s+)*$", re.IGNORECASE)


_OF_BEFORE = re.compile(r"(?:của)\s+$", re.IGNORECASE)


@cache
def _of_title_before_re() -> re.Pattern:
    """"của <body>" or "của <head's title> <body>" ("của Giám đốc Sở Nội vụ")."""
    return re.compile(rf"(?<![\w])của\s+(?:(?:{lex.alternation('proposer')})\s+)?$", re.IGNORECASE)

_PASSIVE_BEFORE = re.compile(r"(?<![\w])(?:được|do)\s+$", re.IGNORECASE)
@cache
def _passive_after_re() -> re.Pattern:
    # "được Ban Chấp hành Trung ương khóa XIII ban hành", "được Quốc hội khóa XV tại Kỳ họp thứ 7 thông qua".
    return re.compile(rf"(?:\s*\(?\s*kh(?:óa|oá)\s+[IVXLC]+\)?)?(?:,?\s+tại\s+kỳ\s+họp\s+thứ\s+\w+,?)?"
                      rf"\s+(?:(?:đã|chính thức)\s+)?(?:{lex.alternation('issues')})(?![\w])", re.IGNORECASE)
# A short title between a reference and its issuer: no document, body or clause end inside.
_AT_DOCUMENT = re.compile(rf"\s+tại\s+(?={DOC_MARK})", re.IGNORECASE)


@cache
def _at_listed_documents_re() -> re.Pattern:
    """"của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch tại Tờ trình: số 334/TTr-BVHTTDL …": a type word and a
    colon head the list of its documents (each read from its "số …")."""
    types = "|".join(re.escape(phrase) for phrase in lexicon.type_phrases())
    return re.compile(rf"\s+tại\s+(?:các\s+)?(?:{types})\s*:\s*(?={DOC_MARK})", re.IGNORECASE)


@cache
def _locality_starts() -> tuple[str, ...]:
    """The locality words in both cases: the cheap test before the pattern."""
    return tuple(w for word in lex.words("locality") for w in (word, word.capitalize()))


@cache
def _placed_at_document_re() -> re.Pattern:
    """"của Giám đốc Sở Tài chính tỉnh Cao Bằng tại Tờ trình số …": a local organ's province, written after its
    name (which the body's span leaves out), before "tại"."""
    places = spaced_alternation(lexicon.provinces())
    return re.compile(rf"\s+(?:{lex.alternation('locality')})\s+(?:{places})(?![\w]){_AT_DOCUMENT.pattern}",
                      re.IGNORECASE)
# "thay mặt Bộ Chính trị, Ban Bí thư, đồng chí …, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đã ký ban hành
# Quy định 301-QĐ/TW": every body spoken for (read in the masked view), and the signer's titles may name bodies.
_ON_BEHALF_BEFORE = re.compile(rf"(?<![\w])[Tt]hay mặt\s+(?:{BODY_MARK}+\s*(?:,|và)\s*)*$")
_SIGNED = re.compile(rf"(?:\s*(?:,|và)\s*{BODY_MARK}+)*\s*,[^.;:!?{DOC_MARK}]{{0,120}}?\s(?:ký\s+)?ban hành\s+(?={DOC_MARK})")
_TITLE_GAP = re.compile(rf"\s*về\s+[^{DOC_MARK}{BODY_MARK}.;:!?|]{{1,100}}?\s+của\s+$", re.IGNORECASE)
_CLAUSE_TAIL = re.compile(r"\s*(?:[.;:!?,)\]|*]|\s*$)")
# A stray slash after a date the document's span holds: "Chỉ thị số 05/CT-TTg ngày 01/3/2025/ của Thủ tướng …".
_DATE_TAIL = re.compile(r"[\s,]*(?:\(?\s*(?:ngày\s+)?\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4}\s*\)?|/(?=\s)"
                        r"|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|năm\s+\d{4}"
                        # A date written with a slip: a stray number ("ngày 21 1 tháng 7 năm 2023"), "năm" for
                        # "tháng" ("ngày 27 năm 12 năm 2019"), a blank day and month ("ngày tháng năm 2024").
                        r"|ngày(?:\s+\d{1,2}){0,2}\s+(?:tháng|năm)(?:\s+\d{1,2})?\s+năm\s+\d{4}"
                        # A year alone after the symbol, as news sites write it: "Nghị quyết 57-NQ/TW 2024 của …".
                        r"|(?<=[\w\s])(?:19|20)\d{2}(?![\d/.\-]))?", re.IGNORECASE)


def issued_by(ctx: Context, out: Relations) -> None:
    of_issuer = {}
    for i in ctx.docs:
        body = _of_body(ctx, out, i)
        if body is not None:
            of_issuer[i] = body
    _shared_issuer(ctx, out, of_issuer)
    # What a body issues starts within its look-ahead window: a body with no document or anchor starting
    # there issues nothing, and most bodies have none.
    issued_starts = sorted(ctx.doc_starts + [anchor.start for anchor in ctx.anchors])
    found, view, masked = ctx.found, ctx.view, ctx.masked
    for i in ctx.bodies:
        start, end = found[i].start, found[i].end
        k = bisect.bisect_left(issued_starts, end)
        if k < len(issued_starts) and issued_starts[k] <= end + _ISSUES_WINDOW:
            _body_issues(ctx, out, i)
        # The patterns read around a body need a cue word right before it, or "tại" right after it.
        tail = masked[start - 40 if start > 40 else 0:start].rstrip()
        at = view.find("tại", end, end + 8) >= 0 or view.startswith(_locality_starts(), end + 1)
        if at or tail[-1:] in _CUE_ENDS:
            _around_body(ctx, out, i, tail, at)
    _named_inside(ctx, out)


# The last letters of the cue words before a body: "được" and "do" (any case), "thay mặt", "," and "và", "của".
_CUE_ENDS = frozenset("cCoOt,àa")
_PASSIVE_ENDS = frozenset("cCoO")


def _around_body(ctx: Context, out: Relations, i: int, masked_tail: str, at: bool) -> None:
    """The patterns read around one body (anchored look-ups, no scan of the whole text). `masked_tail`: the
    masked text of the 40 characters before it, trailing space stripped; `at`: "tại" follows it closely."""
    body = ctx.found[i]
    before = max(0, body.start - 40)
    masked = ctx.masked
    # Each pattern below but "tại" ends with a word right before the body: the words that end the stretch
    # before it rule most bodies out without running the patterns ("được" and "do" end in c or o, any case).
    passive = None
    if masked_tail[-1:] in _PASSIVE_ENDS:
        last_word = masked_tail[-4:].lower()
        if last_word == "được" or last_word.endswith("do"):
            passive = _PASSIVE_BEFORE.search(masked, before, body.start)
    if passive and _passive_after_re().match(masked, body.end):
        # "Nghị quyết số 18-NQ/TW về “…” được Ban Chấp hành Trung ương khóa XIII ban hành".
        doc = _doc_before_in_sentence(ctx, passive.start())
        if doc is not None and passive.group().lower().startswith("do"):
            doc = _catalogue_head(ctx, doc)
        if doc is not None and not (passive.group().lower().startswith("do") and _is_draft(ctx, ctx.found[doc].start)) \
                and not ctx.found[doc].attributes.get("treaty"):  # a treaty no domestic body issues
            out.add(ctx.of_found[doc], "issued_by", ctx.of_found[i], ctx.found[doc].start,
                    _passive_after_re().match(masked, body.end).end())
    elif passive and (done_at := _DONE_AT_DOCUMENT.match(masked, body.end)) is not None:
        # "được Thủ tướng Chính phủ phê duyệt tại Quyết định 1589/QĐ-TTg", "được Ban Chấp hành Trung ương cho chủ
        # trương tại Nghị quyết số 69-NQ/TW": the body acted in that document, its own.
        doc = ctx.next_item(ctx.doc_starts, ctx.docs, done_at.end(), done_at.end() + 1)
        if doc is not None and _could_issue(ctx.of_found[i].label, ctx.of_found[doc].attributes.get("symbol")):
            out.add(ctx.of_found[doc], "issued_by", ctx.of_found[i], body.start, ctx.found[doc].end)
    if at:
        _at_document(ctx, out, i)
    # "thay mặt Bộ Chính trị, Ban Bí thư, …": the bodies after the first follow a comma or "và" (the pattern
    # reads the masked text, so its stretch ends with one of these there).
    if masked_tail.endswith(("hay mặt", ",", "và")) and masked.find("hay mặt", max(0, body.start - 80), body.start) >= 0 \
            and _ON_BEHALF_BEFORE.search(masked, max(0, body.start - 80), body.start):
        signed = _SIGNED.match(masked, body.end)
        doc = ctx.next_item(ctx.doc_starts, ctx.docs, signed.end(), signed.end() + 1) if signed else None
        if doc is not None:
            # "thay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú ký ban hành Kết luận 157-KL/TW".
            out.add(ctx.of_found[doc], "issued_by", ctx.of_found[i], body.start, ctx.found[doc].end)
    if masked_tail.endswith(",") and DOC_MARK in masked_tail:
        _fronted_reference(ctx, out, i)
    # "Kết luận của <body>": the type word right before "của" (a literal test rules most bodies out).
    bare = _bare_type_re().search(masked, before, body.start) \
        if masked_tail.endswith("của") and masked_tail[:-3].rstrip().endswith(lexicon.type_phrases()) else None
    if bare is not None:
        _bare_type_of(ctx, out, bare, i)


def _at_document(ctx: Context, out: Relations, i: int) -> None:
    """"của <body> tại <document>": the document is the body's."""
    body = ctx.found[i]
    at = _AT_DOCUMENT.match(ctx.masked, body.end) or _placed_at_document_re().match(ctx.masked, body.end) \
        or _at_listed_documents_re().match(ctx.masked, body.end)
    if at is None:
        return
    joint = _joined_before(ctx, i)
    first = ctx.found[joint[0]]
    if _of_title_before_re().search(ctx.view, max(0, first.start - 48), first.start):
        doc = ctx.next_item(ctx.doc_starts, ctx.docs, at.end(), at.end() + 1)
        # "đề xuất của Ban Tổ chức Trung ương tại Báo cáo số 392-BC/BTCTW": the report is the body's; so is
        # the submission of "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 6482/TTr-SNV", and a joint
        # one ("kết luận của Bộ Chính trị, Ban Bí thư tại Kết luận 202-KL/TW").
        symbol = ctx.of_found[doc].attributes.get("symbol") if doc is not None else None
        for issuer in joint if doc is not None else ():
            # "Nhiệm vụ của Bộ Công an tại Nghị quyết 124/NQ-CP": a body's part in another's document.
            if _could_issue(ctx.of_found[issuer].label, symbol):
                out.add(ctx.of_found[doc], "issued_by", ctx.of_found[issuer], first.start, ctx.found[doc].end)
        # "… tại Tờ trình số 844/TTr-BTC ngày … và Tờ trình số 18186/TTr-BTC": those listed with it are the body's too.
        for listed in _listed_after(ctx, doc) if doc is not None else ():
            symbol = ctx.of_found[listed].attributes.get("symbol")
            for issuer in joint:
                if _could_issue(ctx.of_found[issuer].label, symbol):
                    out.add(ctx.of_found[listed], "issued_by", ctx.of_found[issuer], first.start, ctx.found[listed].end)


# How many documents a list after "tại" may name.
_LISTED_LIMIT = 6


def _listed_after(ctx: Context, doc: int) -> list[int]:
    """The documents of the same type listed right after `doc`, each after a date and a comma or "và"."""
    out = []
    item = ctx.found[doc]
    while len(out) < _LISTED_LIMIT:
        joiner = NEXT_SUBMISSION.match(ctx.view, item.end)
        following = ctx.next_item(ctx.doc_starts, ctx.docs, joiner.end(), joiner.end() + 1) if joiner else None
        if following is None or ctx.found[following].type != ctx.found[doc].type:
            break
        out.append(following)
        item = ctx.found[following]
    return out


_BODY_JOINER = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def _joined_before(ctx: Context, i: int) -> list[int]:
    """The bodies joined to body `i` before it by commas and "và" ("Bộ Chính trị, Ban Bí thư"), `i` last."""
    k = bisect.bisect_left(ctx.body_starts, ctx.found[i].start)
    chain = [i]
    while k > 0 and len(chain) < 4:
        previous = ctx.bodies[k - 1]
        if not _BODY_JOINER.fullmatch(ctx.view, ctx.found[previous].end, ctx.found[chain[0]].start):
            break
        chain.insert(0, previous)
        k -= 1
    return chain


# "được <body> phê duyệt tại <document>": a few words of what the body did, then "tại" and the document.
_DONE_AT_DOCUMENT = re.compile(rf"(?:\s+[^\W\d]+){{1,4}}?\s+tại\s+(?={DOC_MARK})")
# Between the document and its issuer: its date or year, then the comma.
_DATED_COMMA = re.compile(r"(?:\s*\(?\s*(?:ngày\s+)?\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4}\s*\)?"
                          r"|\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\s+năm\s+\d{4})?\s*,\s*", re.IGNORECASE)


@cache
def _fronted_opening_re() -> re.Pattern:
    # Markup, a heading's letter or number, a label ("**Lưu ý:** "), then "Theo", "Tại", "Từ" …
    return re.compile(rf"[\s*_#\-–+•]*(?:(?:[A-ZĐ]|[IVX]+|\d+)\.[\s*_]*)?(?:\w+(?:\s\w+)?:[\s*_]*)?"
                      rf"(?:(?:{lex.alternation('reference_fronting')})\s+)?")


@cache
def _issuer_states_re() -> re.Pattern:
    return re.compile(rf"\s+(?:(?:đã|cũng|tiếp tục|đồng thời)\s+)*(?:{lex.alternation('issuer_states')})(?![\w])")


@cache
def _advisor_does_re() -> re.Pattern:
    return re.compile(rf"\s+(?:(?:đã|cũng|tiếp tục|đồng thời)\s+)*(?:{lex.alternation('advisor_does')})(?![\w])")


def _fronted_reference(ctx: Context, out: Relations, i: int) -> None:
    """"Từ Kết luận 137-KL/TW, Bộ Chính trị nêu cụ thể …", "Theo tiểu mục 5.2 Mục 5 Kết luận 83-KL/TW năm 2024, Bộ
    Chính trị yêu cầu …": the document that opens the sentence is what the body, its subject, says or asks in;
    or, when the body submitted it ("…, Bộ Tài chính đã trình Chính phủ …"), what the body advised."""
    body = ctx.found[i]
    relation = "issued_by" if _issuer_states_re().match(ctx.view, body.end) else \
        "advises" if _advisor_does_re().match(ctx.view, body.end) else None
    if relation is None:
        return
    k = bisect.bisect_left(ctx.doc_starts, body.start) - 1
    if k < 0:
        return
    doc = ctx.docs[k]
    item = ctx.found[doc]
    if not _DATED_COMMA.fullmatch(ctx.view, item.end, body.start):
        return
    # Only the document (and the articles of it the sentence points to) after the opening.
    start = min([ctx.found[p].start for p in ctx.provisions
                 if ctx.found[p].attributes.get("of_start") == item.start and ctx.found[p].start < item.start]
                + [item.start])
    if ctx.docs_in(start, item.start):
        return
    line_start = max(ctx.clause_start(start), ctx.content.rfind("\n", 0, start) + 1)
    if _fronted_opening_re().fullmatch(ctx.view, line_start, start) is None:
        return
    if relation == "advises":
        # "Tại Nghị định số 245/2025/NĐ-CP, Bộ Tài chính đã trình Chính phủ …": the body proposed what it holds.
        out.add(ctx.of_found[i], "advises", ctx.of_found[doc], start, body.end)
    elif _could_issue(ctx.of_found[i].label, ctx.of_found[doc].attributes.get("symbol")):
        out.add(ctx.of_found[doc], "issued_by", ctx.of_found[i], start, body.end)


def _of_body(ctx: Context, out: Relations, i: int) -> int | None:
    """"<document> [date] của|do <body>", or "<document> về <short title> của <body>" at a clause end. The body
    when it follows the document (and its date) right after "của"."""
    item = ctx.found[i]
    date = _DATE_TAIL.match(ctx.view, item.end)
    after = date.end() if date else item.end
    near = ctx.next_item(ctx.body_starts, ctx.bodies, after, after + 120)
    if near is None or _ends_with_nested(ctx, i):
        return  # no body close after it (most documents), or its "của X" is a nested document's
    body = near if ctx.found[near].start < after + 40 else None
    if body is not None and ctx.found[body].type == "Plenum" and item.type in _PLENUM_DOCUMENTS and \
            _APPOSITION.fullmatch(ctx.view, item.end, ctx.found[body].start):
        # "Nghị quyết 11-NQ/TW, Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII về …": the plenum
        # in apposition made it.
        out.add(ctx.of_found[i], "issued_by", ctx.of_found[body], item.start, ctx.found[body].end)
        return
    if body is not None and _of_re().fullmatch(ctx.view[after:ctx.found[body].start]) and \
            (_DO_BEFORE.search(ctx.view, after, ctx.found[body].start) is None or
             (_do_tail_re().match(ctx.view, ctx.found[body].end) and not _is_draft(ctx, item.start)
              and not item.attributes.get("treaty"))) \
            and _could_issue(ctx.of_found[body].label, ctx.of_found[i].attributes.get("symbol"), state_codes=False):
        out.add(ctx.of_found[i], "issued_by", ctx.of_found[body], item.start, ctx.found[body].end)
        _joint_issuers(ctx, out, i, body)
        return body
    body = near
    if ctx.found[body].type not in ISSUERS:
        return
    if _TITLE_GAP.fullmatch(ctx.masked[after:ctx.found[body].start]) and \
            _CLAUSE_TAIL.match(ctx.view, ctx.found[body].end) and \
            not _type_word_of_re().search(ctx.view, max(after, ctx.found[body].start - 40), ctx.found[body].start):
        out.add(ctx.of_found[i], "issued_by", ctx.of_found[body], item.start, ctx.found[body].end)


@cache
def _type_word_of_re() -> re.Pattern:
    """"Nghị quyết số 155 … về kế hoạch triển khai Nghị quyết của Quốc hội": a type word of its own right before
    "của X" in the title; X is that other document's issuer, not the reference's."""
    alternation = spaced_alternation(lexicon.type_phrases())
    return re.compile(rf"(?<![\w])(?:{alternation})\s+của\s+$", re.IGNORECASE)


# "… ngày 22/01/2025 và số 03-TB/BCĐTW …": a later symbol of the list may stand after "số" alone.
_SIBLING_JOINER = re.compile(r"\s*(?:,\s*và|,|và)\s*(?:số\s+)?")


@lru_cache(maxsize=65536)  # a pure function of the symbol, asked for every listed reference (bounded: a long build)
def _issuer_code(symbol: str | None) -> str | None:
    """The part of a symbol that names its issuer: "BCĐ" of 09-KL/BCĐ, "BNNMT" of 642/QĐ-BNNMT, "CP" of …/NĐ-CP;
    a committee's term is not part of it ("UBKTTC" of 389/BC-UBKTTC15 as of 308/BC-UBKTTC)."""
    if not symbol or "/" not in symbol:
        return None
    return re.sub(r"\d+$", "", re.split(r"[-/]", symbol)[-1].upper()) or None


def _shared_issuer(ctx: Context, out: Relations, of_issuer: dict[int, int]) -> None:
    """"Kết luận số 09-KL/BCĐ ngày 24/11/2024 và Công văn số 21-CV/BCĐ ngày 05/12/2024 của Ban Chỉ đạo Trung
    ương": the body after the last of listed references issued each of them, when their symbols name the same
    issuer (a list of another issuer's documents — "Luật … và Nghị định … của Chính phủ" — is not read so)."""
    for i in reversed(ctx.docs):
        if i in of_issuer:
            continue
        item = ctx.found[i]
        code = _issuer_code(item.attributes.get("symbol"))
        if code is None:
            continue
        joiner = _SIBLING_JOINER.match(ctx.view, _after_date(ctx, item.end))
        following = ctx.next_item(ctx.doc_starts, ctx.docs, joiner.end(), joiner.end() + 1) if joiner else None
        if following is None or following not in of_issuer \
                or _issuer_code(ctx.found[following].attributes.get("symbol")) != code:
            continue
        body = of_issuer[following]
        out.add(ctx.of_found[i], "issued_by", ctx.of_found[body], item.start, ctx.found[body].end)
        # "Kết luận số 150-KL/TW, số 163-KL/TW và số 167-KL/TW của Bộ Chính trị, Ban Bí thư": the joint ones too.
        _joint_issuers(ctx, out, i, body)
        of_issuer[i] = body


# What a plenum issues; a comma after another document's name ("Chỉ thị số 45, Đại hội …") lists a topic.
_PLENUM_DOCUMENTS = frozenset({"Resolution", "Conclusion"})
_APPOSITION = re.compile(r"\s*,\s*")
_DO_BEFORE = re.compile(r"(?<![\w])do\s", re.IGNORECASE)
# A bill or draft named before its document ("… về dự án Luật Bảo hiểm tiền gửi (sửa đổi) do Chính phủ ban
# hành"): it is not issued yet, so "do X ban hành" after it is said of the document the line is about.
_DRAFT_BEFORE = re.compile(r"(?<![\w])dự\s+(?:án|thảo)\s+$", re.IGNORECASE)


@cache
def _catalogue_line_re() -> re.Pattern:
    # A document catalogue's title line: "Quyết định 2638/QĐ-UBND năm 2025 bãi bỏ Quyết định 636/QĐ-UBND … do Ủy
    # ban nhân dân thành phố Đà Nẵng ban hành", or dated: "Quyết định 2638/QĐ-UBND ngày 18/11/2025 bãi bỏ …".
    types = spaced_alternation(lexicon.type_phrases())
    return re.compile(rf"[*_\s]*(?:{types})\s+\S*\d\S*\s+(?:năm\s+\d{{4}}|ngày\s+\d{{1,2}}/\d{{1,2}}/\d{{4}})\s", re.IGNORECASE)


def _catalogue_head(ctx: Context, doc: int) -> int | None:
    """In a catalogue's title line, "do X ban hành" at its end is said of the document the line opens with, not
    of one its title names; elsewhere `doc` itself."""
    line_start = ctx.content.rfind("\n", 0, ctx.found[doc].start) + 1
    head = _catalogue_line_re().match(ctx.view, line_start)
    if head is None:
        return doc
    first = ctx.next_item(ctx.doc_starts, ctx.docs, line_start, head.end())
    return first if first is not None and ctx.found[first].start < head.end() else None


def _is_draft(ctx: Context, start: int) -> bool:
    return _DRAFT_BEFORE.search(ctx.view, max(0, start - 12), start) is not None


@cache
def _do_tail_re() -> re.Pattern:
    """What follows the body of "<document> do <body>" when it issued the document: its verb of issuing,
    its term or date, the topic, or the end of the clause — not another verb ("do Đảng ủy Chính phủ báo cáo")."""
    return re.compile(rf"\s*(?:[.,;:!?)\]|*]|$|\(|(?:{lex.alternation('issued_by_do_tail')})(?![\w]))", re.IGNORECASE)


def _ends_with_nested(ctx: Context, i: int) -> bool:
    """"Chương trình hành động … thực hiện Nghị quyết 57-NQ/TW năm 2024 | của Bộ Chính trị": a name that ends
    with a document named inside it leaves the "của X" after it to that document, the nearer one."""
    item = ctx.found[i]
    for d in ctx.docs_in(item.start + 1, item.end):
        inner = ctx.found[d]
        if d != i and inner.end <= item.end and _DATE_TAIL.match(ctx.view, inner.end).end() >= item.end:
            return True
    return False


_ISSUER_JOINER = re.compile(r",\s*|\s+và\s+")
# What may follow the last of joint issuers: the document's subject or date, or the end of the clause.
_AFTER_JOINT = re.compile(r"\s*(?:[.;:!?,()]|$)|\s+(?:về|ngày|quy định|hướng dẫn)(?![\w])", re.IGNORECASE)
# … or the next document of a list ("Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư và Kết luận số 137-KL/TW …").
_AND_DOCUMENT = re.compile(rf"\s+(?:và|hoặc)\s+{DOC_MARK}")


def _joint_issuers(ctx: Context, out: Relations, doc: int, body: int) -> None:
    """"Kết luận số 126-KL/TW ngày 14/2/2025 của Bộ Chính trị, Ban Bí thư về …": every body of the list issues it."""
    joint, end = [], ctx.found[body].end
    while (joiner := _ISSUER_JOINER.match(ctx.view, end)) is not None:
        following = ctx.next_item(ctx.body_starts, ctx.bodies, joiner.end(), joiner.end() + 1)
        if following is None or ctx.found[following].type not in ISSUERS:
            break
        joint.append(following)
        end = ctx.found[following].end
    if joint and (_AFTER_JOINT.match(ctx.view, end) or _AND_DOCUMENT.match(ctx.masked, end)):
        for following in joint:
            out.add(ctx.of_found[doc], "issued_by", ctx.of_found[following], ctx.found[doc].start,
                    ctx.found[following].end)


# How far after a body "(đã) (ký) ban hành" and what it issues are read.
_ISSUES_WINDOW = 64
# A member's title before the body: the name after it is a member's, not the head's who signs for the body.
_MEMBER_BEFORE = re.compile(r"(?<![\w])(?:Thường trực|Ủy viên|Uỷ viên|Phó|thành viên)\s+$")


def _body_issues(ctx: Context, out: Relations, i: int) -> None:
    """"<body> (đã) (ký) ban hành <document>", the document being a reference or an own-document anchor."""
    item = ctx.found[i]
    window = ctx.view[item.end:item.end + _ISSUES_WINDOW]
    match = _issues_prefix_re().match(window)
    # "Nghị định số 39/2022/NĐ-CP của Chính phủ ban hành Quy chế …": the body owns the decree before it; the
    # decree is what enacts.
    if match is None or _OF_BEFORE.search(ctx.view, max(0, item.start - 8), item.start):
        return
    if match.group("signer") and _MEMBER_BEFORE.search(ctx.view, max(0, item.start - 16), item.start):
        return  # "Thường trực Ban Bí thư Trần Cẩm Tú đã ký …": a member signs, for the body the sentence names
    position = item.end + match.end()
    doc = ctx.next_item(ctx.doc_starts, ctx.docs, position, position + 1)
    if doc is not None:
        out.add(ctx.of_found[doc], "issued_by", ctx.of_found[i], item.start, ctx.found[doc].end)
        _issued_with(ctx, out, doc, i)
        return
    for anchor in ctx.anchors:
        if anchor.start == position:
            out.add(ctx.own, "issued_by", ctx.of_found[i], item.start, anchor.end)


def _after_date(ctx: Context, position: int) -> int:
    """Past the date written after a reference, if any; a comma with no date after it is left to the joiner."""
    date = _DATE_TAIL.match(ctx.view, position)
    return date.end() if any(c.isdigit() for c in date.group()) else position


def _issued_with(ctx: Context, out: Relations, doc: int, body: int) -> None:
    """"Ngân hàng Nhà nước cũng đã ban hành Thông tư số 03/2025/TT-NHNN ngày 29/4/2025, Thông tư số 25/2025/TT-NHNN
    …": the documents listed after the first one the body issues are its too, while their symbols allow it."""
    label = ctx.of_found[body].label
    while True:
        joiner = _SIBLING_JOINER.match(ctx.view, _after_date(ctx, ctx.found[doc].end))
        following = ctx.next_item(ctx.doc_starts, ctx.docs, joiner.end(), joiner.end() + 1) if joiner else None
        if following is None or not _could_issue(label, ctx.of_found[following].attributes.get("symbol")):
            return
        out.add(ctx.of_found[following], "issued_by", ctx.of_found[body], ctx.found[body].start,
                ctx.found[following].end)
        doc = following


@cache
def _issues_prefix_re() -> re.Pattern:
    # "Chính phủ ban hành Nghị định …", "Quốc hội đã thông qua Luật …": the verbs of issuing are the lexicon's.
    # "Thủ tướng Chính phủ Phạm Minh Chính ký Quyết định …": the name of the head who signs may follow.
    return re.compile(rf"(?:\s*\(?\s*kh(?:óa|oá)\s+[IVXLC]+\)?)?(?P<signer>(?-i:(?:\s+[{UPPER}][{LOWER}]+){{2,4}}(?=\s+(?i:đã|vừa|ký))))?"
                      rf"\s+(?:(?:cũng|đã|vừa|chính thức|mới)\s+)*"
                      rf"(?:{lex.alternation('issues')})\s+(?:(?:các|kèm theo)\s+)?",
                      re.IGNORECASE)


def _doc_before_in_sentence(ctx: Context, position: int) -> int | None:
    """The nearest document before `position` in the same sentence (a title may stand between)."""
    start = ctx.clause_start(position)
    docs = [d for d in ctx.docs_in(start, position) if ctx.found[d].end <= position]
    return docs[-1] if docs else None


# Rules, charters and statutes named after what they govern: "Quy chế công tác lưu trữ của Bộ Tài chính", "Điều
# lệ tổ chức và hoạt động của Quỹ Đổi mới công nghệ quốc gia", "Luật Hoạt động giám sát của Quốc hội và Hội đồng
# nhân dân" — the body after "của" is governed, not the issuer.
_GOVERNING = frozenset({"Regulation", "OtherDocument", "Law", "Ordinance", "Constitution"})


@cache
def _proposed_by_re() -> re.Pattern:
    """"đề nghị của (Viện trưởng) ": the proposer's body follows."""
    titles = lex.alternation("proposer")
    return re.compile(rf"(?<![\w])(?:{lex.alternation('reported_advises')})\s+(?:(?:{titles})\s+)?$", re.IGNORECASE)


def _named_inside(ctx: Context, out: Relations) -> None:
    """A body inside a document's own name after "của": "Chương trình hành động của Chính phủ …"."""
    for i in ctx.docs:
        item = ctx.found[i]
        if item.end - item.start < 12 or item.type in _GOVERNING:
            continue
        issuer_read = False
        for body in ctx.bodies_in(item.start + 1, item.end):
            b = ctx.found[body]
            if b.end > item.end:
                continue
            inner = [d for d in ctx.docs_in(item.start + 1, b.start) if ctx.found[d].end > item.start]
            if _proposed_by_re().search(ctx.view, max(item.start, b.start - 48), b.start):
                # "Nghị quyết của UBTVQH phê chuẩn đề nghị của Chánh án Tòa án nhân dân tối cao …": the body whose
                # proposal the document answers advised it; it did not issue it.
                if not inner:
                    out.add(ctx.of_found[body], "advises", ctx.of_found[i], item.start, b.end)
                break
            if not issuer_read and _OF_BEFORE.search(ctx.view, max(item.start, b.start - 6), b.start):
                # Only the first "của X" of the name: later ones belong to a document named inside it.
                if not inner:
                    out.add(ctx.of_found[i], "issued_by", ctx.of_found[body], item.start, b.end)
                    # "Kết luận của Bộ Chính trị, Ban Bí thư về …": the bodies listed with it issue it too.
                    _joint_issuers(ctx, out, i, body)
                issuer_read = True


@cache
def _bare_type_re() -> re.Pattern:
    alternation = "|".join(re.escape(p) for p in lexicon.type_phrases())
    return re.compile(rf"(?<![\w])(?<!các )(?<!những )(?P<type>{alternation})\s+của\s+$")


def _bare_type_of(ctx: Context, out: Relations, match: re.Match, body: int) -> None:
    """"… thực hiện nghiêm túc Kết luận của Bộ Chính trị": a type word alone, with its issuer, stands for
    the reference in brackets after it, or else for the one document of that type the text names."""
    doc_type = lexicon.type_of_phrase()[match.group("type").lower()]
    # "Báo cáo của Ban Tổ chức Trung ương về … (Báo cáo số 386-BC/BTCTW, …)": the reference in brackets.
    named = _bracketed_reference(ctx, ctx.found[body].end, doc_type)
    if named is not None:
        out.add(ctx.of_found[named], "issued_by", ctx.of_found[body], match.start(), ctx.found[named].end)
        return
    candidates = ctx.documents_of_type(doc_type)
    if len(candidates) != 1:
        return
    document = next(iter(candidates.values()))
    if _could_issue(ctx.of_found[body].label, document.attributes.get("symbol")):
        out.add(document, "issued_by", ctx.of_found[body], match.start(), ctx.found[body].end)


@lru_cache(maxsize=65536)  # a pure function of its arguments and the lexicons; the same pairs come back often
def _could_issue(body: str, symbol: str | None, state_codes: bool = True) -> bool:
    """A body fits a symbol: a State code names its issuer (`QH` → Quốc hội); a Party symbol (`…/TW`) is
    never issued by a State organ ("Ban Chỉ đạo về tổng kết việc thực hiện Nghị quyết 18-NQ/TW của Chính phủ":
    the committee is the Government's), and a central organ's documents carry its code (party_issuers.tsv).
    `state_codes=False` checks the Party rule only (a ministry's
    document may be "của Bộ trưởng Bộ X" whatever its code says)."""
    if not symbol:
        return True
    state_issuers = lexicon.symbol_issuers()
    if not state_codes:
        # Only a central Party organ's code ("…/TW", "…/BTCTW"): old State symbols look alike ("23-L/CTN").
        central_party = is_party_symbol(symbol) and symbol.rsplit("/", 1)[-1].upper().endswith("TW")
        return not central_party or body not in set(state_issuers.values())
    if is_party_symbol(symbol):
        code = lexicon.party_issuers().get(body)
        if code is not None and symbol.rsplit("/", 1)[-1].upper() != code:
            return False  # "Kết luận số 09-KL/BCĐ" is no central organ's
        return body not in set(state_issuers.values())
    code = re.sub(r"\d+$", "", re.split(r"[-/]", symbol)[-1])
    return state_issuers.get(code, body) == body


def _bracketed_reference(ctx: Context, position: int, doc_type: str) -> int | None:
    """The first reference after `position` in its clause that opens a bracket, when it has this type.
    Documents of another type named on the way ("… theo tinh thần Nghị quyết Hội nghị Trung ương 11 khóa XIII
    (Báo cáo số 386-BC/BTCTW …)") are what the report is about, not its reference."""
    clause_end = ctx.clause_end(position)
    for following in ctx.docs_in(position, min(clause_end, position + 300)):
        item = ctx.found[following]
        if ctx.view[max(0, item.start - 4):item.start].rstrip().endswith("("):
            return following if item.type == doc_type else None
        if item.type == doc_type:
            return None
    return None
