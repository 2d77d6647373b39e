"""Find documents named by their issuer and title, without a number: "Nghị quyết của Quốc hội về việc sửa đổi,
bổ sung một số điều của Hiến pháp năm 2013", "Kết luận của Bộ Chính trị về rà soát, sắp xếp, cơ cấu lại tổ chức
bộ máy …", "dự thảo Nghị quyết của Quốc hội về một số cơ chế, chính sách đặc biệt …".

The issuer is a body found by graph.find_bodies (a named organ, never a kind of organ such as "Hội đồng nhân dân
cấp tỉnh"), written right after a capitalised type word and "của"; a title lead ("về", "quy định", "thành lập" …)
follows it, and the title runs to the end of its clause (graph.find_programs.clause_title). In a statute, such a
phrase names a kind of document ("Báo cáo của Chính phủ về tình hình thi hành Hiến pháp"), and a reference of the
own document's type by its own organ is the own document: both are dropped once the header is known.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from . import lexicon, relate_lexicon
from .find_programs import clause_title, list_form
from .found import UPPER, Found, Scan
from .normalise import fold
from .types import DOCUMENT_TYPES, EntityType

_OWNER_REACH = 32
# Types named by title elsewhere: statutes by law_at, programmes by find_programs.
_NOT_TITLED = frozenset({EntityType.LAW.value, EntityType.ORDINANCE.value, EntityType.CONSTITUTION.value})
_STATUTES = _NOT_TITLED


@cache
def _owner_types() -> tuple[str, ...]:
    """The type words a titled document is named with, longest first."""
    return tuple(sorted({d.phrase for d in lexicon.document_types()
                         if d.type not in _NOT_TITLED and d.phrase != "Văn bản"
                         and any(d.type == t.value for t in DOCUMENT_TYPES)}, key=len, reverse=True))


@cache
def _owner_types_by_last_word() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for phrase in _owner_types():
        out.setdefault(phrase.rsplit(" ", 1)[-1], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in out.items()}


def _owner_before(view: str, body_start: int) -> tuple[int, str] | None:
    """(start, type word) of "<type word> của " right before a body, read backwards from it (no pattern search
    over the stretch: this runs for every body of the text)."""
    stretch_start = max(0, body_start - _OWNER_REACH)
    stretch = view[stretch_start:body_start].rstrip()
    if not stretch.endswith("của") or (len(stretch) > 3 and stretch[-4].isalnum()):
        return None
    head = stretch[:-3].rstrip()
    for phrase in _owner_types_by_last_word().get(head[head.rfind(" ") + 1:], ()):
        if head.endswith(phrase) and (len(head) == len(phrase) or not head[-len(phrase) - 1].isalnum()):
            return stretch_start + len(head) - len(phrase), phrase
    return None


@cache
def _lead_re() -> re.Pattern:
    return re.compile(rf" +(?:{relate_lexicon.alternation('titled_lead')}) +")


@cache
def _type_of() -> dict[str, str]:
    return {d.phrase: d.type for d in lexicon.document_types()}


_OF = ("của ", "của  ")


# Between two issuers of one document: "Kết luận của Bộ Chính trị, Ban Bí thư về …".
_CO_ISSUER = re.compile(r" *, *| +và +")


def titled_documents(view: str, content: str | None, found: list[Found], drafts: list[int] = ()) -> list[Found]:
    """Documents named by issuer and title; `drafts` are where about_at saw a type word right after "dự thảo"."""
    out = []
    bodies_at = None
    for body in found:
        if body.kind != "body" or not view.endswith(_OF, 0, body.start):
            continue
        owner = _owner_before(view, body.start)
        if owner is None or _PLURAL_BEFORE.search(view, max(0, owner[0] - 8), owner[0]):
            continue  # "Căn cứ các Quyết định của Thủ tướng Chính phủ về …: Quyết định số …" lists several
        owner_start, type_phrase = owner
        issuers_end = body.end
        lead = _lead_re().match(view, body.end)
        if lead is None and (link := _CO_ISSUER.match(view, body.end)) is not None:
            # A second issuer ("của Bộ Chính trị, Ban Bí thư về …"): the title's lead follows it.
            if bodies_at is None:
                bodies_at = {f.start: f for f in found if f.kind == "body"}
            other = bodies_at.get(link.end())
            if other is not None:
                issuers_end = other.end
                lead = _lead_re().match(view, issuers_end)
        if lead is None:
            continue
        end = clause_title(view, content, lead.end())
        if end is None or _bracketed_reference_after(view, end, type_phrase):
            continue
        label = " ".join(view[owner_start:end].split())
        doc_type = _type_of()[type_phrase]
        # Named without its issuer, as when it is passed or enacted ("thông qua Nghị quyết sửa đổi, bổ sung …").
        name = fold(list_form(type_phrase + view[issuers_end:end]))
        out.append(Found(owner_start, end, doc_type, label,
                         {"name": name, "titled_by": (body.label, issuers_end, type_phrase)}, kind="named"))
    return out + list(_reports_on_drafts(view, content)) + list(_drafts(view, content, found, drafts))


_ABOUT = " về việc "
# The second article opening a line: the text is (or quotes) a legal document.
_ARTICLES = re.compile(r"(?m)^[ \t*#|]*Điều +2(?![\d\w])")


def about_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    """"Tờ trình về việc đề nghị phê chuẩn bộ máy làm việc của Viện kiểm sát nhân dân tối cao", "Nghị quyết về việc
    thành lập thành phố Huế trực thuộc Trung ương": a capitalised type word and "về việc" title one document in a
    report about documents; in a legal text, forms and kinds of document are named so ("Mẫu số 03 | Quyết định
    về việc nghỉ hưu"), and settle_with_header drops them when it has a header (issuer None)."""
    view = scan.view
    draft_at = position - _DRAFT_REACH_BACK
    if head in _DRAFT_TYPES and draft_at >= 0 and view.startswith(_DRAFT_WORDS, draft_at) \
            and not view[draft_at - 1:draft_at].isalnum():
        scan.state.setdefault("drafts", []).append(position)  # read once everything is found (titled_documents)
    if head not in _type_of() or not view.startswith(_ABOUT, position + len(head)):
        return
    if _PLURAL_BEFORE.search(view, max(0, position - 8), position):
        return
    legal = scan.state.get("legal_text")
    if legal is None:  # looked for once per text, at its first candidate
        legal = scan.state["legal_text"] = _ARTICLES.search(scan.content or view) is not None
    if legal:
        return  # a legal text whose header is not read, or a legal text quoted whole
    end = clause_title(view, scan.content, position + len(head) + len(_ABOUT))
    if end is None or _bracketed_reference_after(view, end, head):
        return
    label = " ".join(view[position:end].split())
    yield Found(position, end, _type_of()[head], label,
                {"name": fold(list_form(label)), "titled_by": (None, None, head)}, kind="named")


_BRACKET_REACH = 300
_SENTENCE_END = re.compile(r"[;.](?:\s|$)")


def _bracketed_reference_after(view: str, end: int, type_phrase: str) -> bool:
    """"Báo cáo của Ban Tổ chức Trung ương về … theo tinh thần Nghị quyết … (Báo cáo số 386-BC/BTCTW, …)": the
    reference in brackets names it (graph.relate_issuers reads the issuer for it). Right after the title, the
    bracket is an apposition that graph.resolve joins ("Nghị quyết của Bộ Chính trị về … (Nghị quyết số 71-NQ/TW)")."""
    stretch = view[end:end + _BRACKET_REACH]
    if stretch.lstrip().startswith("("):
        return False
    if (stop := _SENTENCE_END.search(stretch)) is not None:
        stretch = stretch[:stop.start()]
    return re.search(rf"\( *{re.escape(type_phrase)} +(?:số +)?\d", stretch) is not None


_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những|mỗi|từng) +$")


@cache
def _report_on_draft_re() -> re.Pattern:
    acts = relate_lexicon.alternation("draft_act")
    return re.compile(rf"(?<!\w)(?P<type>Báo cáo|Tờ trình)(?: +(?:một số ý kiến +)?(?:về việc|về))?"
                      rf"(?: +(?:{acts})(?:(?:,| +và) +(?:{acts}))*)? +$")


_DRAFT = " dự thảo "
_DRAFT_REACH = 120


def _reports_on_drafts(view: str, content: str | None):
    """"Báo cáo tiếp thu, giải trình, chỉnh lý và hoàn thiện dự thảo Luật Viên chức (sửa đổi)", "Tờ trình dự thảo
    Nghị quyết của Quốc hội về …": a report or submission named by what it does to a draft, its title running
    through the draft's name to the end of the clause."""
    # Read back from each " dự thảo " before a capitalised word: a few per text, where a scan for the type
    # words would visit every "Báo cáo".
    draft = view.find(_DRAFT)
    while draft >= 0:
        after = draft + len(_DRAFT)
        reach = max(0, draft - _DRAFT_REACH)
        match = _report_on_draft_re().search(view, reach, draft + 1) \
            if view[after:after + 1].isupper() and (view.find("Báo cáo", reach, draft) >= 0
                                                    or view.find("Tờ trình", reach, draft) >= 0) else None
        draft = view.find(_DRAFT, after - 1)
        if match is None:
            continue
        end = clause_title(view, content, after)
        if end is None:
            continue
        label = " ".join(view[match.start():end].split())
        yield Found(match.start(), end, _type_of()[match.group("type")], label, {"name": fold(list_form(label))},
                    kind="named")


# A draft named by its type and title: "dự thảo Nghị định về phân cấp, phân quyền …", "Dự thảo Nghị quyết sửa đổi,
# bổ sung một số điều của Hiến pháp 2013". Not "quy định" (the draft "provides": "Dự thảo Nghị quyết quy định cơ chế …").
_DRAFT_TYPES = ("Nghị định", "Nghị quyết", "Thông tư", "Quyết định", "Chỉ thị")
_DRAFT_LEAD = re.compile(rf"(?P<type>{'|'.join(_DRAFT_TYPES)}) +(?P<lead>về|sửa đổi, bổ sung) +")
_DRAFT_WORDS = ("dự thảo ", "Dự thảo ")
_DRAFT_REACH_BACK = len(_DRAFT_WORDS[0])
# A subject of a few words is what is said about the draft ("chỉnh lý dự thảo Nghị quyết về hiệu lực thi hành theo
# hướng …"), not its title.
_DRAFT_TITLE_WORDS = 5


# What an amending draft amends: the document named right after its lead ("… sửa đổi, bổ sung một số điều của Hiến
# pháp 2013", "… của Nghị định số 204/2004/NĐ-CP ngày 14/12/2004"), where its title ends.
_AMENDED_GAP = re.compile(r"(?:một số điều +)?(?:của +)?")


def _drafts(view: str, content: str | None, found: list[Found], positions: list[int]):
    """A draft document named by its title (its type word at each of `positions`, right after "dự thảo"), in a text
    that is no legal document of its own (settle_with_header drops it in one, as every title without an issuer)."""
    for position in positions:
        lead = _DRAFT_LEAD.match(view, position)
        if lead is None:
            continue
        if lead.group("lead") == "về":
            end = clause_title(view, content, lead.end())
            if end is None or len(view[lead.end():end].split()) < _DRAFT_TITLE_WORDS:
                continue
        else:
            at = _AMENDED_GAP.match(view, lead.end()).end()
            amended = next((f for f in found if f.start == at and f.kind != "body"), None)
            if amended is None:
                continue
            end = amended.end
        type_phrase = lead.group("type")
        label = " ".join(view[lead.start("type"):end].split())
        yield Found(lead.start("type"), end, _type_of()[type_phrase], label,
                    {"name": fold(list_form(label)), "titled_by": (None, None, type_phrase)}, kind="named")


def finders() -> list[tuple[set[str], object]]:
    return [(set(_owner_types()), about_at)]


def settle_with_header(found: list[Found], own_type: str | None, own_organ: str | None) -> list[Found]:
    """Drop what a titled reference names no particular other document: any in a statute, and one of the own
    document's type by its own organ ("Tờ trình … về việc ban hành Nghị quyết của Hội đồng nhân dân Thành phố
    quy định …" in that resolution)."""
    kept = []
    short = []
    for item in found:
        # Only a title (kind "named") carries its issuer; most found items are bodies and references.
        issuer = item.attributes.pop("titled_by", None) if item.kind == "named" else None
        if issuer is None:
            kept.append(item)
            continue
        if own_type is not None and (own_type in _STATUTES or issuer[0] is None or (
                item.type == own_type and own_organ is not None and fold(own_organ).startswith(fold(issuer[0])))):
            continue
        kept.append(item)
        if issuer[0] is None:
            continue  # named by its matter alone
        # "Nghị quyết của Quốc hội" alone is also a mention of it (as the text may go on to name it so).
        short.append(Found(item.start, issuer[1], item.type, item.label, dict(item.attributes), kind="named"))
    if short:
        kept = sorted(kept + short, key=lambda f: (f.start, -(f.end - f.start)))
    return kept
