"""Relations stated by a trigger phrase (relation_triggers.tsv): implements, reviews, amends, replaces,
repeals, guides, advises.

Direction comes from the clause: in the active voice the subject stands before the phrase — a document
right before it (only filler between: its date, "của X", "về việc"), the document whose title holds the
phrase ("Luật sửa đổi, bổ sung … của Luật X"), a body for reviews and advises ("Đảng ủy Chính phủ chủ trì
đánh giá …"), or, in the text's own document, its title, its anaphora ("Nghị định này") and its
subject-less headings ("Điều 1. Sửa đổi, bổ sung … Nghị định số X"). The object is the document (or
provision) right after the phrase, with the documents coordinated with it ("X, Y và Z").
"""
from __future__ import annotations

import bisect
import re
from functools import cache

from . import lexicon
from . import relate_lexicon as lex
from .found import spaced_alternation
from .literal_led import word_start_led
from .relate_consolidated import listed_amenders
from .relate_lists import listed_before, listed_objects
from .relate_context import BODY, BODY_MARK, DOC_MARK, PROVISION, Context, Relations, filler_end, is_filler
from .relate_reported import reported_document, reported_law

# How far after the phrase its object may start ("thể chế hoá các quan điểm, chủ trương … và nội dung X").
_TARGET_REACH = 90
# Only markup and numbering before a subject-less heading ("**Điều 1. ", "2. ", "a) ").
_HEADING_PREFIX = re.compile(r"(?:[\s*_#\-–+•]|\d+[.)]|[a-zđ]\)|Điều\s+\d+[a-z]?\s*[.:])*+", re.IGNORECASE)
# Between coordinated objects: "X, Y và Z", "X, 1 năm thực hiện Y".
# "… Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 và số 79/2025/NĐ-CP": a sibling number keeps its "số".
_COORDINATION = re.compile(r"\s*(?:,|;|và|hoặc|,\s*và)\s*(?:\S+\s+năm\s+)?(?:thực hiện\s+|thi hành\s+)?(?:số\s+)?", re.IGNORECASE)
# "… Quyết định số 06/QĐ-TTg ngày … của Thủ tướng Chính phủ và Quyết định số 3103/QĐ-BTC": the issuer of the
# previous object, then the next one.
# Joint issuers too: "Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư và Kết luận số 137-KL/TW".
_ISSUER_THEN_COORDINATION = re.compile(rf"\s*của\s+{BODY_MARK}+(?:\s*(?:,|và)\s*{BODY_MARK}+)*\s*(?:,|;|và|hoặc|,\s*và)\s*",
                                       re.IGNORECASE)
# "một số điều / từ / cụm từ / nội dung": a part of the document, not all of it.
_PARTIAL = re.compile(r",?\s*(?:[\w\s,]{0,30}?\s)?(?:một số|các)\s+(?:điều|khoản|điểm|từ|cụm từ|nội dung|quy định)", re.IGNORECASE)
# "Bãi bỏ mẫu số 05 tại Phụ lục kèm theo Nghị quyết X": the phrase acts on a part named before the document.
_PART_OF_TARGET = re.compile(r"\s+\S.{0,120}?\s(?:tại|của|kèm theo|thuộc)\s+", re.IGNORECASE)
# Words or numbered entries of a provision changed in place ("Bãi bỏ cụm từ “Công an cấp huyện” tại điểm a …",
# "bãi bỏ … thủ tục hành chính có số thứ tự 2, 3 … tại phần I …"): only parts change.
_WORDING = re.compile(r"(?<!\w)(?:cụm từ|từ|chữ|số thứ tự)(?!\w)|[“\"]", re.IGNORECASE)
# Between "được sửa đổi, bổ sung" and the amending document: "bởi", "theo", "tại", the part amended.
_PASSIVE_AGENT_LEAD = re.compile(r"(?:\s|,|cập nhật|một số (?:điều|khoản|nội dung)"
                                 r"|(?:điểm \w+ )?(?:khoản \d+ )?Điều \d+\w?"
                                 r"|bởi|theo|tại|của)*+", re.IGNORECASE)
# Where a listed object ends: punctuation, "và", a clause of time ("… Nghị quyết số 176/2025/QH15 của Quốc hội sau
# khi thực hiện …"), the clause end.
_AND_ONLY = re.compile(r"\s+và\s+(?:số\s+)?")
_ITEM_END = re.compile(r"\s*(?:[,;.:?!|]|và(?!\w)|hoặc(?!\w)|(?:sau|trước) khi(?!\w)|$)")
# Words that make "trình" part of a noun ("chương trình", "quá trình", "Tờ trình").
_NOT_A_VERB_BEFORE = re.compile(r"(?:chương|quá|tờ|lộ|công|tiến|quy|hành|giáo|lịch|đệ|tường)\s*$", re.IGNORECASE)


@cache
def _member_of_group_re() -> re.Pattern:
    # "một số điều của 09 Luật trong lĩnh vực tài chính, trong đó có ": a count of documents of one type, what
    # they share, then the members the text names.
    phrases = lexicon.type_phrases()
    types = spaced_alternation(phrases)
    return re.compile(rf"\s*(?:{lex.alternation('object_lead')})?\s*(?:\d+|các|những)\s+(?:{types})(?![\w])"
                      rf"[^{DOC_MARK}.;:!?]{{0,80}},\s*(?:{lex.alternation('group_members')})\s+", re.IGNORECASE)


@cache
def _guidance_of_re() -> re.Pattern:
    return re.compile(rf"\s+(?:{lex.alternation('guidance_of')})(?![\w])", re.IGNORECASE)


@cache
def _type_word_re() -> re.Pattern:
    phrases = [re.escape(p) for p in lexicon.type_phrases()]
    # Searched between a phrase and its object: led by literals (graph.literal_led), many times faster.
    led = word_start_led("|".join(phrases))
    return re.compile(rf"{led}(?![\w])" if led else r"(?<![\w])(?:" + "|".join(phrases) + r")(?![\w])")


def _targets(ctx: Context, position: int, relation: str) -> list[int]:
    """The object of the phrase ending at `position` and the objects coordinated with it."""
    ctx.listed_subject = None
    reach = position + _TARGET_REACH
    candidates = [(ctx.next_item(ctx.doc_starts, ctx.docs, position, reach))]
    if relation in ("amends", "repeals", "replaces", "implements", "guides"):
        candidates.append(ctx.next_item(ctx.provision_starts, ctx.provisions, position, reach))
    candidates = [c for c in candidates if c is not None]
    if not candidates:
        annexed = _annexed_object(ctx, position, relation)
        return [] if annexed is None else [annexed]
    # The object starts in the phrase's clause too (looked up only now: most phrases have no object in reach).
    clause_end = ctx.clause_end(position)
    candidates = [c for c in candidates if ctx.found[c].start < clause_end]
    if not candidates:
        return []
    first = min(candidates, key=lambda i: ctx.found[i].start)
    if [d for d in ctx.docs_in(position, ctx.found[first].start) if d != first]:
        return []
    if relation == "amends" and _member_of_group_re().fullmatch(ctx.masked, position, ctx.found[first].start):
        # "sửa đổi, bổ sung một số điều của 09 Luật trong lĩnh vực tài chính, trong đó có Luật Chứng khoán": the
        # documents named after the group are among those changed.
        pass
    elif _annexed_gap(ctx, position, relation, ctx.found[first].start):
        pass  # "Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số X": the rules' type word
    # Changing a document: only its parts may stand between ("một số điều của", "khoản 2 … tại").
    elif relation in ("amends", "repeals", "replaces", "guides") and \
            not _object_lead(ctx, position, ctx.found[first].start, parts=relation != "guides" or not
                             _QUOTE.search(ctx.view, position, ctx.found[first].start)):
        return []
    # A document named in between that was not recognised ("… của Luật Quản lý ngoại thương, Nghị định X"):
    # the object is that one, not the next reference.
    elif _type_word_re().search(ctx.masked, position, ctx.found[first].start):
        return []
    of_start = ctx.found[first].attributes.get("of_start")
    if first in ctx.provisions and of_start is not None:
        # "Bãi bỏ Điều 25 và khoản 3 Điều 15 Luật …": the articles of one list, each a provision of its own.
        following = ctx.provisions[bisect.bisect_left(ctx.provision_starts, ctx.found[first].start):]
        return [p for p in following if ctx.found[p].attributes.get("of_start") == of_start]
    out = [first]
    if relation in ("amends", "repeals", "replaces"):
        carrier = ctx.carrier(first)
        if carrier is not None:
            # "sửa đổi, bổ sung một số điều của Quy định … ban hành kèm theo Quyết định số 52/2024/QĐ-UBND": the
            # named rules change, and so does the document that carries them.
            out.append(carrier)
    while True:
        last = ctx.found[out[-1]]
        following = ctx.next_item(ctx.doc_starts, ctx.docs, last.end, clause_end)
        described = False
        if following is None and relation in ("replaces", "repeals") and ctx.view.startswith(";", clause_end) \
                and not ctx.in_preamble(clause_end):  # in a preamble, semicolons part the grounds
            # The next item may follow the semicolon that ends this one's description.
            next_end = ctx.clause_end(clause_end + 1)
            following = ctx.next_item(ctx.doc_starts, ctx.docs, clause_end, next_end)
            described = following is not None and _described_item(ctx, relation, last.end, ctx.found[following].start)
            if described:
                clause_end = next_end
            else:
                following = None
        elif following is None and relation == "amends" and ctx.view.startswith(";", clause_end):
            # A title whose first object's own title runs past a semicolon: "… CỦA THÔNG TƯ SỐ 09/2025/TT-BCT …
            # KHUNG GIÁ PHÁT ĐIỆN; QUY ĐỊNH HỒ SƠ … NHẬP KHẨU ĐIỆN VÀ THÔNG TƯ SỐ 12/2025/TT-BCT …".
            next_end = ctx.clause_end(clause_end + 1)
            following = ctx.next_item(ctx.doc_starts, ctx.docs, clause_end, next_end)
            if following is not None and _title_continued_sibling(ctx, out[-1], clause_end, following):
                clause_end, described = next_end, True
            else:
                following = None
        if following is None:
            break
        between = ctx.view[last.end:ctx.found[following].start]
        if described:
            pass  # read past the semicolon above
        elif not _COORDINATION.fullmatch(between) and \
                not _ISSUER_THEN_COORDINATION.fullmatch(ctx.masked, last.end, ctx.found[following].start) and \
                not _described_item(ctx, relation, last.end, ctx.found[following].start):
            sibling = next((d for d in ctx.docs_in(last.end, clause_end)
                            if ctx.found[d].type == ctx.found[out[-1]].type), None)
            if sibling is None or not _described_sibling(ctx, relation, out[-1], sibling):
                break
            # The description between may state a relation of its own ("… quy định chi tiết … Luật Nhà ở").
            ctx.descriptions.append((last.end, ctx.found[sibling].start))
            following, described = sibling, True  # its own description follows too
        elif _NUMBER_ONLY.search(between):
            described = True  # "… và số 79/2025/NĐ-CP ngày … về …": a sibling number shares the list, whatever follows
        # "… được sửa đổi, bổ sung một số điều theo Nghị quyết 28/2016/QH14 và Nghị quyết 107/2020/QH14 đến hết
        # ngày …": the agents of a passive joined by "và" end the list together; what follows is the subject's.
        if not described and not (relation == "passive" and _AND_ONLY.fullmatch(between)) and \
                _opens_clause(ctx, following):
            ctx.listed_subject = following
            break
        out.append(following)
    return out


# "sửa đổi, bổ sung một số điều của Quy định đơn giá bồi thường … trên địa bàn tỉnh Cao Bằng ban hành kèm theo Quyết
# định số 52/2024/QĐ-UBND": the rules a document carries as its annex, named at length before it (beyond the
# object's usual reach); the change is to that document. A few words of the part changed, "của" or "tại", the
# annex's name (no clause end, no paragraph break), "(ban hành) kèm theo".
_ANNEX_NAME_REACH = 320
_ANNEXED_LEAD = re.compile(rf"[\s,]*(?:[^\W\d]+\s+){{0,6}}?(?:của|tại)\s+(?:[^;.:\n{DOC_MARK}]|\n(?![ \t*]*\n))"
                           rf"{{1,{_ANNEX_NAME_REACH}}}?\s(?:ban\s+hành\s+)?kèm\s+theo\s+(?={DOC_MARK})", re.IGNORECASE)


def _annexed_lead(ctx: Context, position: int, relation: str) -> re.Match | None:
    """A change's annexed rules named from `position` up to the document that carries them."""
    return _ANNEXED_LEAD.match(ctx.masked, position) if relation in ("amends", "repeals", "replaces") else None


def _annexed_gap(ctx: Context, position: int, relation: str, start: int) -> bool:
    """The rules a document carries, named between the phrase and that document, even within the usual reach."""
    lead = _annexed_lead(ctx, position, relation)
    return lead is not None and lead.end() == start


def _annexed_object(ctx: Context, position: int, relation: str) -> int | None:
    """The document whose annexed rules the phrase ending at `position` changes, named after their long name."""
    lead = _annexed_lead(ctx, position, relation)
    if lead is None or ctx.clause_end(position) < lead.end():
        return None
    return ctx.next_item(ctx.doc_starts, ctx.docs, lead.end(), lead.end() + 1)


@cache
def _advised_gap_re() -> re.Pattern:
    # Between "tham mưu / trình" and what is submitted: its recipients and "ban hành", "về", "dự thảo", and the
    # quote that opens a quoted title ("trình Trung ương \"Đề án …\"").
    return re.compile(rf"(?:\s|,|[\"“]|{BODY_MARK}|(?<![\w])(?:{lex.alternation('submits')})(?![\w]))*+", re.IGNORECASE)


@cache
def _object_lead_re() -> re.Pattern:
    # Also the articles of the object: "quy định chi tiết khoản 3 Điều 15 Luật …".
    articles = r"(?:điểm|khoản|điều|mục|chương)\s+(?:\d+[a-zđ]?|[a-zđ]|[IVXLC]+)(?![\w])"
    return re.compile(rf"(?:\s|,|{articles}|(?<![\w])(?:{lex.alternation('object_lead')})(?![\w]))*+", re.IGNORECASE)


_QUOTE = re.compile(r"[“”\"]")
_PLURAL_BEFORE_PART = re.compile(r"(?<!\w)các\s+$", re.IGNORECASE)
_PART_WORD = re.compile(r"(?:điểm|khoản|điều)\s", re.IGNORECASE)


def _object_lead(ctx: Context, start: int, end: int, parts: bool = True) -> bool:
    """What stands between a changing phrase and its object: nothing, "một số điều của", "thi hành",
    or a part named before the document ("mẫu số 05 tại Phụ lục kèm theo"). A guide whose object is a quoted
    title has no part before the document: "Thông tư số 200/2014/TT-BTC hướng dẫn Chế độ kế toán doanh
    nghiệp” tại Quyết định số 2083" does not guide the decision."""
    plural = _PLURAL_BEFORE_PART.search(ctx.view, start, end)
    if plural is not None and _PART_WORD.match(ctx.view, end):
        end = plural.start()  # "sửa đổi, bổ sung các điểm a,b,c khoản 3 Điều 12 …": "các" leads the parts named
    return _object_lead_re().fullmatch(ctx.view, start, end) is not None or \
        (parts and _PART_OF_TARGET.fullmatch(ctx.view, start, end) is not None) or is_filler(ctx.masked[start:end])


def _opens_clause(ctx: Context, doc: int) -> bool:
    """A listed document followed by its own description or verb ("…, Nghị định Y của Chính phủ quy định
    về …", "…, Luật Y được Quốc hội ban hành, thay thế …") starts a new item, not one more object."""
    position = ctx.found[doc].end
    if _ITEM_END.match(ctx.view, position) or ctx.view.startswith(")", position):
        return False  # the list ends here, or with the bracket that holds it
    if _TOPIC_AFTER.match(ctx.view, position):
        return False
    filler = filler_end(ctx.masked, position, position + 150)
    if _ENDS_AFTER.match(ctx.view, filler):
        # "X đã được sửa đổi, bổ sung theo Luật số 47/2019/QH14 và Luật số 20/2023/QH15 hết hiệu lực": the
        # phrase is the predicate of the clause's subject, named first; the listed one is still an object.
        return False
    return not _ITEM_END.match(ctx.view, filler)


_TOPIC_AFTER = re.compile(r"\s+về\s", re.IGNORECASE)
_OPEN_BRACKET_BEFORE = re.compile(r"\(\s*$")
# A paragraph break: the line after it starts a clause of its own (the title's "(thực hiện …)" line).
_BLANK_LINE = re.compile(r"\n[ \t*_]*\n")


def _own_subject(ctx: Context, start: int) -> bool:
    """In the own document: the phrase has no subject of its own, so the document itself is the subject."""
    if ctx.own is None or start >= ctx.own_end:
        return False
    clause_start = ctx.clause_start(start)
    if ctx.in_preamble(start) and _OPEN_BRACKET_BEFORE.search(ctx.view, max(0, start - 4), start) and \
            not _GROUNDS_OPENING.match(ctx.view, clause_start, start):
        # "Hội đồng nhân dân ban hành Nghị quyết quy định … (thực hiện điểm b khoản 2 Điều 29 Luật Thủ đô …)": a
        # bracket after the promulgation's title (not inside a ground's) says what the document carries out.
        return True
    if ctx.in_preamble(start):
        # In the preamble a clause after a semicolon on the same line is more of a ground's title ("Căn cứ
        # Nghị định số 152/2025/NĐ-CP … quy định về phân cấp …; quy định chi tiết … Luật Thi đua, khen thưởng").
        clause_start = ctx.content.rfind("\n", 0, start) + 1
        before = ctx.content[max(0, clause_start - 80):clause_start]
        previous = before.rstrip(" \t\n*_")
        if previous and previous[-1] not in ";.:" and not _BLANK_LINE.search(before, len(previous)):
            return False  # a line wrapped mid-sentence ("… tỷ lệ vốn đối ứng của ngân sách địa phương\nthực hiện …")
    prefix = ctx.view[clause_start:start]
    if ctx.in_preamble(start) and prefix.rstrip().endswith("("):
        prefix = prefix.rstrip()[:-1]  # a bracketed line under the title: "(thực hiện khoản 1 Điều 33 Luật Thủ đô)"
    return _HEADING_PREFIX.fullmatch(prefix) is not None


def triggered(ctx: Context, out: Relations) -> None:
    listed = (0, 0)
    for start, end, trigger in _phrases_near_references(ctx):
        # Inside a list of objects already read ("3 năm thực hiện X, 1 năm thực hiện Y"): not a new phrase.
        if listed[0] <= start < listed[1] and not any(lo <= start < hi for lo, hi in ctx.descriptions):
            continue
        # A phrase that opens a document's own name ("Hướng dẫn số 12-HD/TW") is a type word, not a verb.
        if ctx.masked[start] == DOC_MARK and ctx.enclosing_doc(start + 1) is not None and \
                ctx.found[ctx.enclosing_doc(start + 1)].start == start:
            continue
        if trigger.voice == "passive":
            _passive(ctx, out, trigger, start, end)
        elif trigger.voice == "postfix":
            _postfix(ctx, out, trigger, start, end)
        else:
            listed = _active(ctx, out, trigger, start, end) or listed


# A phrase matters only near a reference: before its object (within the reach, plus the longest phrase),
# or right after a document for "… hết hiệu lực". Scanning only there keeps relation finding fast.
_BEFORE_REFERENCE = _TARGET_REACH + 80
_AFTER_REFERENCE = 60
_LATE_POSTFIX = "hết hiệu lực"  # the one phrase read past a document's description
_ENDS_AFTER = re.compile(r"\s*" + re.escape(_LATE_POSTFIX))


def _phrases_near_references(ctx: Context):
    """(start, end, trigger) of each trigger phrase near a reference, in text order."""
    view, read_to = ctx.view, 0
    found, size = ctx.found, len(view)
    ends = [found[i].end for i in ctx.docs] + [found[i].end for i in ctx.provisions]
    windows = [(start - _BEFORE_REFERENCE if start > _BEFORE_REFERENCE else 0, start)
               for start in ctx.doc_starts + ctx.provision_starts]
    windows += [(end, end + _AFTER_REFERENCE if end + _AFTER_REFERENCE < size else size) for end in ends]
    # "… hết hiệu lực" may follow a document's description, past the window after it: each such phrase is
    # read too (a few per text; graph.relate_triggers._postfix finds the document or lets it be).
    late = view.find(_LATE_POSTFIX)
    while late >= 0:
        windows.append((late, late + len(_LATE_POSTFIX)))
        late = view.find(_LATE_POSTFIX, late + len(_LATE_POSTFIX))
    windows.sort()
    merged = _merged(windows)
    lower_pattern, any_case_pattern = lex.lower_trigger_pattern(), lex.trigger_pattern()
    for lo, hi in merged:
        # A phrase may run past the window's end; the window only bounds where it starts. The window is read
        # lower-cased (one character before it kept for the pattern's look-behind).
        position = max(lo, read_to)
        base, end = max(0, position - 1), min(len(view), hi + 60)
        window, pattern = lex.lowered(view[base:end]), lower_pattern
        if window is None:
            window, base, pattern = view, 0, any_case_pattern
        while True:
            match = pattern.search(window, position - base, end - base)
            if match is None or match.start() + base >= hi:
                break
            yield match.start() + base, match.end() + base, lex.trigger_of(match)
            position = read_to = match.end() + base


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted windows joined where they overlap or touch."""
    if not windows:
        return []
    merged = []
    low, high = windows[0]
    for lo, hi in windows:
        if lo <= high:
            if hi > high:
                high = hi
        else:
            merged.append((low, high))
            low, high = lo, hi
    merged.append((low, high))
    return merged


@cache
def _enacted_type_re() -> re.Pattern:
    phrases = sorted({d.phrase.lower() for d in lexicon.document_types()}, key=len, reverse=True)
    alternation = spaced_alternation(phrases)
    return re.compile(rf"(?<![\w])ban hành\s+(?:các\s+)?(?P<type>{alternation})(?!\s*(?:số|\d))(?![\w])")


# How far back the document a lower-case type word stands for may have been named.
_ANAPHOR_REACH = 1500


def _enacted_earlier(ctx: Context, start: int) -> int | None:
    """"(Tham mưu với Ban Bí thư ban hành Quy định số 57-QĐ/TW …) Lần đầu tiên Ban Bí thư ban hành quy định về …,
    thể hiện … cụ thể hóa … theo tinh thần Nghị quyết Đại hội XIII": the sentence's "ban hành quy định" (a
    lower-case type word) stands for the last document of that type named before it, which is the subject."""
    sentence_start = ctx.clause_start(start)
    match = None
    for match in _enacted_type_re().finditer(ctx.view, sentence_start, start):
        pass
    if match is None:
        return None
    return _last_of_type(ctx, match.group("type"), match.start())


def _last_of_type(ctx: Context, type_phrase: str, position: int) -> int | None:
    """The last document of the type `type_phrase` names ("quy định", "Chỉ thị") before `position`, within
    the reach of an anaphor."""
    doc_type = lexicon.type_of_phrase()[re.sub(r"\s+", " ", type_phrase).lower()]
    k = bisect.bisect_left(ctx.doc_starts, position)
    for j in range(k - 1, -1, -1):
        item = ctx.found[ctx.docs[j]]
        if position - item.end > _ANAPHOR_REACH:
            return None
        if item.type == doc_type:
            return ctx.docs[j]
    return None


def _described_item(ctx: Context, relation: str, start: int, end: int) -> bool:
    """"thay thế Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về …; Kết luận số 118-KL/TW …": a replaced
    or repealed document's description (only filler) ends at a semicolon that opens the next item."""
    if relation not in ("replaces", "repeals"):
        return False
    filler = filler_end(ctx.masked, start, end)
    if DOC_MARK in ctx.masked[filler:end]:
        return False  # another document named in the description
    topic = _TOPIC_END.search(ctx.masked, max(start, filler - 6), filler)
    if topic is not None:
        filler = topic.start()
    return _TOPIC_TO_SEMICOLON.fullmatch(ctx.masked, filler, end) is not None


_JOINED_LAST = re.compile(r"(?<![\w])(?:và|hoặc)\s*$", re.IGNORECASE)
_NUMBER_ONLY = re.compile(r"(?<!\w)số\s+$", re.IGNORECASE)
_AND_NEXT = re.compile(r"[^;.:]{0,300}?\s(?:và|,\s*và)\s+$")


def _described_sibling(ctx: Context, relation: str, last: int, following: int) -> bool:
    """"thay thế Kế hoạch 84/KH-UBND năm 2025 của Ủy ban nhân dân tỉnh … giai đoạn 2021 - 2030 và Kế hoạch
    92/KH-UBND …": after the first object's description, "và" and a document of the same type is another object."""
    if relation not in ("replaces", "repeals", "amends") or ctx.found[last].type != ctx.found[following].type:
        return False
    start, end = ctx.found[last].end, ctx.found[following].start
    if relation == "amends" and (ctx.enclosing_doc(ctx.found[last].start) is not None
                                 or ctx.docs_in(end + 1, ctx.found[following].end)):
        return False  # inside an amending law's own name ("Luật sửa đổi … của Luật X và Luật Y")
    # The description may name a document of another kind ("… về việc ban hành Điều lệ … và Quyết định số …").
    if any(ctx.found[d].type == ctx.found[last].type for d in ctx.docs_in(start, end)):
        return False
    return _AND_NEXT.fullmatch(ctx.view, start, end) is not None


# The rest of a title after its semicolon, up to "và" and the next document: no ground's opening, no sentence end.
_TITLE_REST_TO_AND = re.compile(r";[^;.:!?]{1,300}?\s(?:và|,\s*và)\s+$", re.IGNORECASE)
_GROUNDS_WORD = re.compile(r"(?<![\w])căn\s+cứ(?![\w])", re.IGNORECASE)


def _title_continued_sibling(ctx: Context, last: int, semicolon: int, following: int) -> bool:
    """"sửa đổi, bổ sung một số điều của Thông tư số 09/2025/TT-BCT … quy định … phát điện; quy định … nhập khẩu
    điện và Thông tư số 12/2025/TT-BCT …": after a semicolon inside the first object's title, "và" and a document
    of the same type (nothing else named before it) is one more object."""
    if ctx.found[last].type != ctx.found[following].type:
        return False
    start, end = ctx.found[last].end, ctx.found[following].start
    if ctx.docs_in(start, end) or _GROUNDS_WORD.search(ctx.view, semicolon, end):
        return False
    return _TITLE_REST_TO_AND.fullmatch(ctx.view, semicolon, end) is not None


# The description's topic ("về đại hội đảng bộ các cấp …") runs to the semicolon.
_TOPIC_END = re.compile(r"(?<!\w)về\s+$")
_TOPIC_TO_SEMICOLON = re.compile(r"\s*(?:về\s[^;.]{0,300})?;\s*")


@cache
def _this_type_re() -> re.Pattern:
    phrases = lexicon.type_phrases()
    alternation = "|".join(f"[{p[0].upper()}{p[0].lower()}]" + re.escape(p[1:]).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w])(?P<type>{alternation})\s+này\s*$")


def _this_earlier(ctx: Context, start: int) -> tuple[int, int] | None:
    """"Chỉ thị này thay thế Chỉ thị số 35-CT/TW …" in a text that reports on a document (not the document
    itself): "<type> này" right before the phrase stands for the last document of that type named before it."""
    clause_start = ctx.clause_start(start)
    match = _this_type_re().search(ctx.view, max(clause_start, start - 40), start)
    if match is None:
        return None
    found = _last_of_type(ctx, match.group("type"), match.start())
    return None if found is None else (found, match.start())


@cache
def _effective_before_re() -> re.Pattern:
    return re.compile(rf"(?<![\w])(?:{lex.alternation('effective')})\s[^,;.:]{{0,40}}?\s*(?:,|và)\s*$", re.IGNORECASE)


# A semicolon and markup right before a phrase (a line may break after the semicolon).
_SEMICOLON_BEFORE = re.compile(r";[\s*_]*$")


def _ground_title_goes_on(ctx: Context, start: int) -> int | None:
    """"Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định về phân cấp, …; quy định chi tiết và hướng dẫn
    thi hành một số điều của Luật Thi đua, khen thưởng": in the preamble, a lower-case phrase right after a semicolon
    goes on with the title of the ground the line opened (a new ground opens with its own capitalised word): its
    subject is that ground's document, not the text's own."""
    if not ctx.in_preamble(start) or not ctx.view[start].islower():
        return None
    semicolon = _SEMICOLON_BEFORE.search(ctx.view, max(0, start - 8), start)
    if semicolon is None:
        return None
    ground = _grounds_subject(ctx, semicolon.start(), titled=True)
    if ground is None:
        return None
    # The title that goes on is the last one before the semicolon ("Căn cứ Thông tư số 15/2025/TT-BNV … hướng dẫn
    # thi hành Luật Thi đua, khen thưởng và Nghị định số 152/2025/NĐ-CP … quy định về phân cấp …; quy định chi
    # tiết …": the decree's).
    last = ctx.docs_in(ctx.found[ground].start, semicolon.start())[-1]
    return last if ctx.found[last].end <= semicolon.start() else ground


def _subject(ctx: Context, trigger: lex.Trigger, start: int):
    """(entity, evidence start) of the phrase's subject, or None."""
    if trigger.relation in ("replaces", "repeals"):
        # "Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế …": the subject is before the clause.
        effective = _effective_before_re().search(ctx.view, max(0, start - 120), start)
        if effective is not None:
            start = effective.start()
    if trigger.source in ("document", "any"):
        before = ctx.doc_before(start)
        if before is None:
            before = _ground_title_goes_on(ctx, start)
        if before is None and trigger.relation in ("replaces", "repeals", "amends"):
            # "Nghị định số 45/2012/NĐ-CP về khuyến công thay thế Nghị định số 134/2004/NĐ-CP": the document named
            # with its title; not when the title names a document by its type word, which is then what changes
            # ("Nghị quyết 377/NQ-CP về dự án Pháp lệnh sửa đổi, bổ sung …").
            before = _titled_before(ctx, start)
            if before is not None and _type_word_re().search(ctx.masked, ctx.found[before].end, start):
                before = None
        if before is not None:
            return ctx.of_found[before], ctx.found[before].start
        anchor = ctx.anchor_before(start)
        if anchor is not None:
            return ctx.own, anchor.start
        holder = ctx.enclosing_doc(start)
        if holder is not None:
            return ctx.of_found[holder], ctx.found[holder].start
        if ctx.own is None:
            this = _this_earlier(ctx, start)
            if this is not None:
                return ctx.of_found[this[0]], this[1]
    if trigger.source in ("body", "any"):
        body = ctx.body_before(start)
        if body is None and trigger.relation in ("reviews", "advises"):
            body = _sentence_subject(ctx, start)
        if body is None and trigger.relation == "advises":
            body = _purpose_subject(ctx, start)
        if body is not None and trigger.relation == "advises":
            body = _chairing_body(ctx, body)
        if body is not None and ctx.found[body].type == BODY:
            return ctx.of_found[body], ctx.found[body].start
    if trigger.relation == "implements":
        enacted = _enacted_earlier(ctx, start)
        if enacted is not None:
            return ctx.of_found[enacted], ctx.found[enacted].start
    if trigger.source in ("document", "any") and _own_subject(ctx, start) and \
            (trigger.relation not in ("implements", "reviews") or ctx.in_preamble(start) or ctx.in_title(start)):
        # In the body of a law, "Thực hiện …" items are duties, not the law implementing something.
        return ctx.own, start
    return None


def _reported_changer(ctx: Context, start: int, targets: list[int]):
    """"Bãi bỏ khoản 3 Điều 7 Thông tư số 162/2017/TT-BQP …" opening a clause of a report on a circular: the
    report quotes the article of the document it is about, which is the subject — when that document changes
    documents of its own kind (a report on a law that quotes the decree detailing it, "Sửa đổi khoản 2 Điều 19
    Nghị định số 155/2020/NĐ-CP", is not the law's wording)."""
    reported = reported_law(ctx)
    if reported is None or ctx.found[reported].end > start:
        return None
    if not _HEADING_PREFIX.fullmatch(ctx.view, ctx.clause_start(start), start):
        return None
    kind = _REPORTED_CHANGES[ctx.found[reported].type]
    for target in targets:
        document = ctx.doc_at(ctx.found[target].attributes.get("of_start")) if target in ctx.provisions else target
        if document is None or ctx.found[document].type not in kind:
            return None
    return ctx.of_found[reported], start


# What a reported document changes in the articles a report quotes: documents of its own rank.
_REPORTED_CHANGES = {"Law": {"Law", "Ordinance"}, "Ordinance": {"Ordinance"}, "Resolution": {"Resolution"},
                     "Decree": {"Decree"}, "Circular": {"Circular"}}


_PARTNER_BEFORE = re.compile(r"(?<![\w])chủ trì\s*,?\s*phối hợp với\s+(?:các\s+)?$", re.IGNORECASE)


def _chairing_body(ctx: Context, body: int) -> int:
    """"Bộ Quốc phòng chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư trình Thủ tướng Chính phủ phê duyệt …": the body
    that chairs submits; the partner named next to the verb only works with it."""
    start = ctx.found[body].start
    lead = _PARTNER_BEFORE.search(ctx.view, max(0, start - 40), start)
    if lead is None:
        return body
    chairs = [b for b in ctx.bodies_in(max(0, lead.start() - 120), lead.start())
              if not ctx.view[ctx.found[b].end:lead.start()].strip()]
    return chairs[-1] if chairs else body


@cache
def _bare_clause_re() -> re.Pattern:
    # A clause with no subject of its own: only what a subject does before the phrase ("; thực hiện báo cáo …").
    return re.compile(rf"[\s*_]*(?:(?:{lex.alternation('acts')}|{lex.alternation('light_verb')})\s+)*", re.IGNORECASE)


_SENTENCE_SUBJECT = re.compile(rf"[\s*_\-–+•]*$")
_SUBJECT_VERB = re.compile(r"\s+(?-i:[a-zà-ỹđ])")
# How many ";"-joined clauses back the subject of a sentence may be.
_CLAUSES_BACK = 4


@cache
def _purpose_before_re() -> re.Pattern:
    return re.compile(rf"(?<![\w])(?:{lex.alternation('purpose')})\s+$", re.IGNORECASE)


def _purpose_subject(ctx: Context, start: int) -> int | None:
    """"Bộ Chính trị đang xây dựng nội dung để trình Trung ương \"Đề án …\"": a purpose clause ("để trình") has the
    subject of its clause, the body that opens it and is followed by its verb."""
    if not _purpose_before_re().search(ctx.view, max(0, start - 12), start):
        return None
    clause_start = ctx.clause_start(start)
    body = ctx.next_item(ctx.body_starts, ctx.bodies, clause_start, start)
    if body is None or not _SENTENCE_SUBJECT.fullmatch(ctx.view, clause_start, ctx.found[body].start) or \
            not _SUBJECT_VERB.match(ctx.view, ctx.found[body].end):
        return None
    return body


def _sentence_subject(ctx: Context, start: int) -> int | None:
    """"Bộ Nội vụ sẽ tập trung đôn đốc các bộ … thực hiện Quyết định số 608/QĐ-TTg …; thực hiện báo cáo về tình hình,
    kết quả thực hiện Kết luận số 121-KL/TW …": a clause after a semicolon with no subject of its own shares the
    subject of its sentence, the body that opens the sentence's first clause and is followed by its verb."""
    clause_start = ctx.clause_start(start)
    if not _bare_clause_re().fullmatch(ctx.view, clause_start, start):
        return None
    for _ in range(_CLAUSES_BACK):
        if clause_start == 0 or ctx.content[clause_start - 1] != ";":
            return None
        clause_start = ctx.clause_start(clause_start - 1)
        if clause_start == 0 or ctx.content[clause_start - 1] != ";":
            break
    else:
        return None
    body = ctx.next_item(ctx.body_starts, ctx.bodies, clause_start, start)
    if body is None or not _SENTENCE_SUBJECT.fullmatch(ctx.view, clause_start, ctx.found[body].start) or \
            not _SUBJECT_VERB.match(ctx.view, ctx.found[body].end):
        return None
    return body


def _active(ctx: Context, out: Relations, trigger: lex.Trigger, start: int, end: int) -> tuple[int, int] | None:
    """Relations of one active phrase; returns the span of its list of objects after the first."""
    if trigger.relation == "advises" and _NOT_A_VERB_BEFORE.search(ctx.view, max(0, start - 8), start):
        return None
    # "Hiến pháp (sửa đổi) và Luật …", "Luật … sửa đổi, …": a participle naming a version, not a verb
    # (unless the phrase names its object's parts: "Sửa đổi, bãi bỏ, thay thế một số điều, phụ lục của …").
    if (_ITEM_END.match(ctx.view, end) or ctx.view.startswith(")", end)) and \
            not trigger.phrase.endswith(lex.words("object_lead")) and \
            not (trigger.relation in ("replaces", "repeals") and ctx.view.startswith(":", end)):
        return None  # (unless a colon right after it opens the list of what ends: "2. Bãi bỏ:\n\na) Khoản 2 …")
    if trigger.relation == "implements" and _according_to_re().match(ctx.view, end):
        return None  # "thực hiện theo Quyết định số X": acts according to it (a citation), does not carry it out
    if trigger.relation == "guides" and _guidance_of_re().match(ctx.view, end):
        return None  # "…, hướng dẫn của Bộ Tài chính tại Công văn số X": the ministry's guidance, a noun
    targets = _targets(ctx, end, trigger.relation)
    from_list = not targets and trigger.relation in ("replaces", "repeals")
    if from_list:
        targets = listed_objects(ctx, end)  # "… thay thế các Nghị định sau: Nghị định số …; Nghị định số …"
    if not targets:
        return None
    if trigger.relation == "advises" and not _advised_gap_re().fullmatch(ctx.masked, end, ctx.found[targets[0]].start):
        return None
    subject = _subject(ctx, trigger, start)
    if subject is None and _fronted(ctx, start):
        # "Trên cơ sở thể chế hoá … Nghị quyết X, Luật Y được ban hành": the listed document that opens
        # the main clause (or else the last of the list) is the subject.
        listed_subject = ctx.listed_subject
        if listed_subject is not None and \
                _JOINED_LAST.search(ctx.view, ctx.found[targets[-1]].end, ctx.found[listed_subject].start):
            # "Nhằm thể chế hóa Kết luận số 127-KL/TW … và Kết luận số 137-KL/TW của Bộ Chính trị, Chính phủ đã
            # đề xuất …": the item joined by "và" is one more object; the main clause's subject is no document.
            targets, listed_subject = targets + [listed_subject], None
        if listed_subject is not None:
            subject = ctx.of_found[listed_subject], ctx.found[listed_subject].start
        elif len(targets) > 1 and not _JOINED_LAST.search(ctx.view, ctx.found[targets[-2]].end, ctx.found[targets[-1]].start):
            # A last item joined by "và" is one more object ("Nhằm thể chế hóa Kết luận X … và Kết luận Y, Chính
            # phủ …"); one after a bare comma opens the main clause.
            subject = ctx.of_found[targets[-1]], ctx.found[targets[-1]].start
            targets = targets[:-1]
    if subject is None and trigger.relation == "implements" and trigger.phrase in lex.words("institutes"):
        subject = _reported_subject(ctx, start, targets)
    if subject is None and trigger.relation in ("amends", "replaces", "repeals") and ctx.own is None:
        subject = _reported_changer(ctx, start, targets)
    # Items of a list keep the phrases of their descriptions ("b) Thông tư số 31/2022/TT-BCT … sửa đổi bổ sung …").
    listed = (start, start) if from_list else (ctx.found[targets[0]].end, ctx.found[targets[-1]].end)
    if subject is None:
        return listed
    source, evidence_start = subject
    relation = trigger.relation
    if relation in ("amends", "replaces", "repeals") and source.label.startswith(lex.words("proposal")):
        return listed  # "Tờ trình số … về việc sửa đổi, bổ sung … Quyết định số X" proposes the change
    if relation in ("replaces", "repeals") and not from_list and (_PARTIAL.match(ctx.view, end) or (
            (ctx.found[targets[0]].type != PROVISION or _WORDING.search(ctx.view, end, ctx.found[targets[0]].start))
            and _PART_OF_TARGET.fullmatch(ctx.view, end, ctx.found[targets[0]].start))):
        # "Thay thế, bãi bỏ một số từ, cụm từ của Quy định kèm theo Nghị quyết X": only parts change. What stands
        # at a provision goes with it ("Bãi bỏ Danh mục … quy định tại mục A, khoản 2, Phần I ban hành kèm theo …").
        relation = "amends"
    for target in targets:
        entity = ctx.of_found[target]
        if ctx.found[target].type == PROVISION or trigger.relation != "advises" or entity.type != BODY:
            out.add(source, relation, entity, min(evidence_start, start), max(ctx.found[target].end, end))
        if relation == "guides" and ctx.found[target].type == PROVISION:
            # "hướng dẫn khoản 3 Điều 12, khoản 5 Điều 44 … của Luật Điện lực": guiding its provisions guides the law.
            document = ctx.doc_at(ctx.found[target].attributes.get("of_start"))
            if document is not None:
                out.add(source, relation, ctx.of_found[document], min(evidence_start, start), ctx.found[document].end)
        if relation == "amends" and ctx.found[target].type == PROVISION:
            document = _named_with(ctx, target)
            if document is not None:
                # "sửa đổi Điều 10 của Pháp lệnh dân số năm 2003": amending an article named with its document
                # amends that document.
                out.add(source, relation, ctx.of_found[document], min(evidence_start, start), ctx.found[document].end)
    return listed


def _reported_subject(ctx: Context, start: int, targets: list[int]):
    """"Hoàn thiện cơ chế … để thể chế hóa các Nghị quyết số 57-NQ/TW …" in a report on a law: a subject-less
    "thể chế hóa" is what the law the report is about does. Not when a body is the clause's subject ("Viện
    trưởng VKSNDTC trình … bảo đảm thể chế hóa …") or the clause names the document that does it."""
    reported = reported_law(ctx)
    if reported is None or reported in targets or ctx.found[reported].end > start:
        return None
    clause_start = ctx.clause_start(start)
    if ctx.bodies_in(clause_start, start) or ctx.docs_in(clause_start, start):
        return None
    if ctx.docs_in(ctx.found[targets[-1]].end, ctx.clause_end(ctx.found[targets[-1]].end)):
        return None  # "Để thể chế hóa Nghị quyết X, Chính phủ ban hành Nghị định Y": Y does
    return ctx.of_found[reported], start


def _named_with(ctx: Context, provision: int) -> int | None:
    """The document a provision points into when it is named right after it ("Điều 1 của Thông tư số X")."""
    item = ctx.found[provision]
    document = ctx.next_item(ctx.doc_starts, ctx.docs, item.end, item.end + 12)
    if document is None or ctx.found[document].start != item.attributes.get("of_start"):
        return None
    return document if is_filler(ctx.masked[item.end:ctx.found[document].start]) else None


@cache
def _according_to_re() -> re.Pattern:
    return re.compile(rf"\s+(?:{lex.alternation('according_to')})(?![\w])", re.IGNORECASE)


@cache
def _fronting_re() -> re.Pattern:
    return re.compile(rf"[\s*_\-–]*(?:{lex.alternation('fronting')})\s*$", re.IGNORECASE)


def _fronted(ctx: Context, start: int) -> bool:
    """The phrase opens an adverbial ("Trên cơ sở thể chế hoá …"): its subject follows the comma."""
    clause_start = ctx.clause_start(start)
    return _fronting_re().fullmatch(ctx.view, clause_start, start) is not None


def _passive(ctx: Context, out: Relations, trigger: lex.Trigger, start: int, end: int) -> None:
    """"X được sửa đổi, bổ sung bởi Y": Y is the source, X (right before) the target."""
    if listed_amenders(ctx, out, trigger.relation, start, end):
        return  # "X …, được sửa đổi, bổ sung bởi:" and the amending documents listed below (a consolidated text)
    target = ctx.doc_before(start)
    if target is None:
        target = _grounds_subject(ctx, start)
    if target is None:
        target = _titled_before(ctx, start)
        if target is not None:
            # "Căn cứ Nghị quyết số 03/NQ-CP … Ban hành chương trình hành động … thực hiện Nghị quyết số 57-NQ/TW … về
            # … được sửa đổi, bổ sung … tại Nghị quyết số 71/NQ-CP": the document titled last is inside the title of
            # the line's ground, which is what changed.
            grounds = _grounds_subject(ctx, start, titled=True)
            target = target if grounds is None else grounds
    if target is None:
        target = _subject_before_semicolon(ctx, start)
    if target is not None and ctx.found[target].attributes.get("treaty"):
        # "Thông tư số 07/2019/TT-BCT … quy định về xuất khẩu hàng dệt may sang Mê-hi-cô theo Hiệp định … (được sửa
        # đổi, bổ sung bởi Thông tư số 06/2020/TT-BCT …)": no circular changes a treaty; what changed is the
        # document whose title names it.
        target = _title_holder(ctx, target)
    if target is None:
        return
    sources = _targets(ctx, end, "passive")
    if sources and not _PASSIVE_AGENT_LEAD.fullmatch(ctx.view, end, ctx.found[sources[0]].start):
        return
    if sources and not _can_change(ctx.found[sources[0]].type, ctx.found[target].type):
        # "Căn cứ Nghị định số 78/2025/NĐ-CP quy định chi tiết … Luật Ban hành văn bản quy phạm pháp luật được
        # sửa đổi, bổ sung bởi Nghị định số 187/2025/NĐ-CP": a decree cannot amend a law; what it amends is
        # the document the line is about.
        # Outside a line of grounds, the document whose title names the law ("… Điều 20 Nghị định số 151/2017/NĐ-CP
        # … quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công, được sửa đổi, bổ sung theo …").
        grounds = _grounds_subject(ctx, start, titled=True)
        target = _title_holder(ctx, target) if grounds is None else grounds
        if target is not None and not _can_change(ctx.found[sources[0]].type, ctx.found[target].type):
            target = _title_holder(ctx, target)  # a decree named in a circular's title: the circular
        if target is None or not _can_change(ctx.found[sources[0]].type, ctx.found[target].type):
            return
    parts = _changed_parts(ctx, trigger, target, start)
    for source in sources:
        if not _can_change(ctx.found[source].type, ctx.found[target].type):
            break  # "… được sửa đổi, bổ sung tại Luật số 57/2024/QH15 và Nghị định 312/2025/NĐ-CP": the list ended
        out.add(ctx.of_found[source], trigger.relation, ctx.of_found[target], ctx.found[target].start,
                ctx.found[source].end)
        for part in parts if ctx.of_found[source] is not ctx.of_found[target] else ():
            out.add(ctx.of_found[source], trigger.relation, ctx.of_found[part], ctx.found[part].start,
                    ctx.found[source].end)


# "… đã được sửa đổi, bổ sung một số điều theo Luật Y": the phrase is about the whole document, not its part.
_WHOLE_DOCUMENT_CHANGE = re.compile(r"(?<!\w)một số(?!\w)", re.IGNORECASE)


def _changed_parts(ctx: Context, trigger: lex.Trigger, target: int, start: int) -> list[int]:
    """"khoản 2 Điều 29 Nghị định số 19/2020/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 93/2025/NĐ-CP": the
    provisions written right before the document the phrase follows are what the agent changed."""
    if trigger.relation != "amends" or _WHOLE_DOCUMENT_CHANGE.search(trigger.phrase):
        return []
    doc_start = ctx.found[target].start
    if ctx.doc_before(start) != target:
        return []  # the target was found by its title or its line of grounds, not right before the phrase
    if "(" in ctx.view[ctx.found[target].end:start]:
        return []  # "… Điều 4 Luật Cán bộ, công chức năm 2008 (được sửa đổi, bổ sung tại Luật …)": the law as amended
    k = bisect.bisect_left(ctx.provision_starts, doc_start)
    parts = []
    for j in range(k - 1, -1, -1):
        part = ctx.provisions[j]
        if ctx.found[part].attributes.get("of_start") != doc_start:
            break
        parts.append(part)
    return parts


def _subject_before_semicolon(ctx: Context, position: int) -> int | None:
    """"Căn cứ Thông tư số 02/2017/TT-BTC … hướng dẫn quản lý kinh phí …; được sửa đổi, bổ sung bởi Thông tư số …":
    a clause that opens with the passive has no subject of its own; a semicolon written for a comma leaves it in
    the clause before."""
    clause_start = ctx.clause_start(position)
    if ctx.view[clause_start:position].strip(" *"):
        return None
    semicolon = ctx.view.rfind(";", max(0, clause_start - 4), position)
    if semicolon < 0 or ctx.view[semicolon + 1:position].strip(" *"):
        return None
    # (Found indices start at 0: test against None, not truth.)
    for find in (lambda: ctx.doc_before(semicolon), lambda: _grounds_subject(ctx, semicolon),
                 lambda: _titled_before(ctx, semicolon)):
        found = find()
        if found is not None:
            return found
    return None


# Documents only a law-maker's act changes: a decree, circular or decision does not amend a law.
_STATUTES = frozenset({"Law", "Constitution", "Ordinance"})
_STATUTE_MAKERS = frozenset({"Law", "Resolution", "Ordinance", "Constitution"})
# Nor does a minister's circular or decision amend a decree of the Government.
_DECREE_MAKERS = _STATUTE_MAKERS | {"Decree"}


def _can_change(source_type: str, target_type: str) -> bool:
    if target_type == "Decree":
        return source_type in _DECREE_MAKERS
    return target_type not in _STATUTES or source_type in _STATUTE_MAKERS


@cache
def _title_tail_re() -> re.Pattern:
    # "… của Chính phủ quy định chức năng, nhiệm vụ, … của Bộ, cơ quan ngang Bộ ": the document's title,
    # no other document, no clause end.
    return re.compile(rf"(?<![\w])(?:{lex.alternation('title_lead')})(?![\w])[^{DOC_MARK}.;:!?]{{0,250}}$", re.IGNORECASE)


def _titled_before(ctx: Context, position: int) -> int | None:
    """"Nghị định số 123/2016/NĐ-CP ngày … của Chính phủ quy định chức năng, nhiệm vụ … đã được sửa đổi, bổ sung
    một số điều theo Nghị định số 101/2020/NĐ-CP": what is amended is the document named with its title before."""
    clause_start = ctx.clause_start(position)
    docs = [d for d in ctx.docs_in(clause_start, position) if ctx.found[d].end <= position]
    if not docs:
        return None
    last = docs[-1]
    return last if _titled_to(ctx, ctx.found[last].end, position) else None


@cache
def _title_lead_re() -> re.Pattern:
    return re.compile(rf"(?<![\w])(?:{lex.alternation('title_lead')})(?![\w])", re.IGNORECASE)


def _titled_to(ctx: Context, doc_end: int, position: int) -> bool:
    """From a document's end to `position`: its date, issuer and the like, then its title ("… của Chính phủ quy
    định chức năng …"), no other document and no clause end."""
    gap_start = filler_end(ctx.masked, doc_end, position)
    if _title_tail_re().fullmatch(ctx.masked, gap_start, position):
        return True
    # The filler may have read the title's first words as its own ("Luật Dân quân tự vệ về tổ chức xây dựng lực
    # lượng …": "về", "tổ chức" are filler words too).
    lead = _title_lead_re().search(ctx.masked, doc_end, gap_start)
    return lead is not None and is_filler(ctx.masked[doc_end:lead.start()]) and \
        _title_tail_re().fullmatch(ctx.masked, lead.start(), position) is not None


def _title_holder(ctx: Context, doc: int) -> int | None:
    """The document named right before `doc` in its clause whose title names it ("Nghị định số 151/2017/NĐ-CP …
    của Chính phủ quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công")."""
    k = bisect.bisect_left(ctx.doc_starts, ctx.found[doc].start)
    if k == 0:
        return None
    holder = ctx.docs[k - 1]
    end, start = ctx.found[holder].end, ctx.found[doc].start
    if end > start or start - end > 300 or not ctx.same_clause(end, start):
        return None
    return holder if _titled_to(ctx, end, start) else None


_GROUNDS_OPENING = re.compile(r"[\s*#|_\-]*Căn cứ\s+")


def _grounds_subject(ctx: Context, position: int, titled: bool = False) -> int | None:
    """"Căn cứ Nghị định số X của Chính phủ quy định về …, … được sửa đổi, bổ sung bởi Y": in a line of
    grounds, what is amended is the document the line opens with, its title standing between (`titled`:
    a title that names other documents, "quy định chi tiết … Luật Z")."""
    clause_start = ctx.clause_start(position)
    opening = _GROUNDS_OPENING.match(ctx.view, clause_start, position)
    if opening is None:
        return None
    first = ctx.next_item(ctx.doc_starts, ctx.docs, opening.end(), opening.end() + 1)
    if first is None or ctx.found[first].end > position or (ctx.docs_in(ctx.found[first].end, position) and not titled):
        return None
    return first


def _postfix(ctx: Context, out: Relations, trigger: lex.Trigger, start: int, end: int) -> None:
    """"Nghị định số X … hết hiệu lực": the own document repeals X."""
    listed = listed_before(ctx, start, end)
    if listed is not None:
        _listed_postfix(ctx, out, trigger, listed, end)
        return
    own = ctx.own if ctx.own is not None else _reported_ender(ctx, end)
    if own is None:
        return
    target = ctx.doc_before(start)
    if target is None:
        target = _described_before(ctx, start)
    amended = _amended_before(ctx, target) if target is not None else None
    if amended is not None:
        # "Luật Cư trú số 81/2006/QH11 đã được sửa đổi, bổ sung … theo Luật số 36/2013/QH13 hết hiệu lực":
        # what ends is the law as amended, named first.
        out.add(own, trigger.relation, ctx.of_found[amended], ctx.found[amended].start, end)
        return
    subjects = _clause_subjects(ctx, start)
    if subjects:
        for subject in subjects:
            out.add(own, trigger.relation, ctx.of_found[subject], ctx.found[subject].start, end)
        return
    if target is None:
        k = ctx.next_item(ctx.provision_starts, ctx.provisions, ctx.clause_start(start), start)
        target = k if k is not None and is_filler(ctx.masked[ctx.found[k].end:start]) else None
    if target is None:
        return
    out.add(own, trigger.relation, ctx.of_found[target], ctx.found[target].start, end)


@cache
def _this_takes_effect_re() -> re.Pattern:
    # "… hết hiệu lực (thi hành) (kể) từ ngày Luật này có hiệu lực": the document that ends the other one.
    phrases = lexicon.type_phrases()
    alternation = spaced_alternation(phrases)
    return re.compile(rf"[^.;:!?]{{0,24}}?(?<![\w])(?:{lex.alternation('from_the_day')})\s+(?P<type>{alternation})\s+này(?![\w])",
                      re.IGNORECASE)


def _reported_ender(ctx: Context, end: int):
    """In a report on a law that quotes its closing article ("Luật Cán bộ, công chức số 22/2008/QH12 … hết hiệu
    lực từ ngày Luật này có hiệu lực"), "<type> này" is the reported document, when it has that type."""
    match = _this_takes_effect_re().match(ctx.view, end)
    reported = reported_document(ctx) if match is not None else None
    if reported is None or ctx.found[reported].end > end:
        return None
    if lexicon.type_of_phrase().get(re.sub(r"\s+", " ", match.group("type")).lower()) != ctx.found[reported].type:
        return None
    return ctx.of_found[reported]


# Before a document coordinated with the clause's subject: "… của Chính phủ và Quyết định số 48/2020/QĐ-UBND …".
_SUBJECT_JOINER = re.compile(r"(?:\s*,\s*và|\s*,|\s+và)\s+$")


def _clause_subjects(ctx: Context, start: int) -> list[int]:
    """"2. Quyết định số 78/2016/QĐ-UBND … quy định … theo Nghị định số 116/2016/NĐ-CP … của Chính phủ và Quyết định
    số 48/2020/QĐ-UBND … sửa đổi, bổ sung … Quyết định số 78/2016/QĐ-UBND … hết hiệu lực": the document that opens
    the clause ends, and those of its type coordinated with it; not the ones their descriptions name."""
    clause_start = ctx.clause_start(start)
    docs = [d for d in ctx.docs_in(clause_start, start)
            if ctx.found[d].end <= start and ctx.enclosing_doc(ctx.found[d].start) is None]
    if not docs or not _HEADING_PREFIX.fullmatch(ctx.view, clause_start, ctx.found[docs[0]].start):
        return []
    first = ctx.found[docs[0]]
    subjects = [docs[0]]
    for d in docs[1:]:
        item = ctx.found[d]
        if item.type == first.type and ctx.of_found[d].id != ctx.of_found[docs[0]].id and \
                _SUBJECT_JOINER.search(ctx.view, max(clause_start, item.start - 8), item.start):
            subjects.append(d)
    return subjects


def _listed_postfix(ctx: Context, out: Relations, trigger: lex.Trigger, listed: tuple[int, list[int]],
                    end: int) -> None:
    """"Các Quyết định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành: a) …; b) …": the own
    document ends each listed one; so does the document named before the colon instead ("… kể từ ngày Nghị định
    226/2025/NĐ-CP có hiệu lực thi hành (15/8/2025): - Nghị định số 96/2019/NĐ-CP …")."""
    lead_start, targets = listed
    if not targets:
        return
    named = ctx.docs_in(end, ctx.found[targets[0]].start)
    source = ctx.of_found[named[0]] if named else ctx.own
    for target in targets:
        out.add(source, trigger.relation, ctx.of_found[target], lead_start, ctx.found[target].end)


# A document's description before "hết hiệu lực": "Nghị quyết số 20/2022/NQ-HĐND ngày … của HĐND Thành phố Hà Nội
# quy định một số nội dung chi … hết hiệu lực".
_DESCRIPTION_TO_END = re.compile(rf"(?:quy định|về|hướng dẫn|ban hành|phê duyệt)\s[^;.:!?{DOC_MARK}]{{0,250}}",
                                 re.IGNORECASE)


def _described_before(ctx: Context, start: int) -> int | None:
    """The document named right before its description, which runs to `start` in the same clause."""
    k = bisect.bisect_left(ctx.doc_starts, start) - 1
    if k < 0:
        return None
    target = ctx.docs[k]
    item = ctx.found[target]
    if item.end > start or start - item.end > 300 or not ctx.same_clause(item.end, start):
        return None
    described = filler_end(ctx.masked, item.end, start)
    if _DESCRIPTION_TO_END.fullmatch(ctx.masked, described, start) is None \
            or lex.trigger_pattern().search(ctx.view, described, start) is not None:
        return None
    return target


def _amended_before(ctx: Context, agent: int) -> int | None:
    """The document that `agent` amends in "X (đã) được sửa đổi, bổ sung … theo <agent>", if so."""
    k = bisect.bisect_left(ctx.doc_starts, ctx.found[agent].start)
    # "… theo Luật số 31/2009/QH12, Luật số 35/2018/QH14 và Luật số 61/2020/QH14 hết hiệu lực": back over
    # the list of amending documents to the first.
    while k > 1 and _COORDINATION.fullmatch(ctx.view, ctx.found[ctx.docs[k - 1]].end, ctx.found[ctx.docs[k]].start):
        k -= 1
    if k == 0:
        return None
    previous = ctx.docs[k - 1]
    start, end = ctx.found[previous].end, ctx.found[ctx.docs[k]].start
    match = lex.trigger_pattern().search(ctx.view, start, end)
    if match is None or lex.trigger_of(match).voice != "passive" or not is_filler(ctx.masked[start:match.start()]):
        return None
    return previous if _PASSIVE_AGENT_LEAD.fullmatch(ctx.view, match.end(), end) else None
