"""What every relation rule needs to read one clause: the found spans in order, clause bounds, and gap tests.

Everything is built once per text in linear time (clause ends lazily, by chunk: graph.clause_ends); rules look
things up by bisection, never by scanning all pairs of spans.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from . import relate_lexicon as words
from .clause_ends import ClauseEnds
from .found import Found
from .model import Entity, Mention, Relation
from .types import DOCUMENT_TYPES, ISSUER_TYPES, PROGRAM_TYPES, EntityType

DOCUMENTS = {t.value for t in DOCUMENT_TYPES | PROGRAM_TYPES}
ISSUERS = {t.value for t in ISSUER_TYPES}
BODY = EntityType.BODY.value
PROVISION = EntityType.PROVISION.value

# Clause ends: sentence and item punctuation, a blank line, a table cell, a bullet, a numbered heading or an
# article at the start of a line (a single line break alone does not end a clause: texts wrap mid-sentence).
# Every branch opens with a literal character, so the engine skips quickly to the few places that qualify.
_CLAUSE_END = (r"\.(?=\s|\*|$)|;(?=\s|\*|$)|!(?=\s|\*|$)|\?(?=\s|\*|$)|\n[ \t]*\n|\||\n[ \t]*[-–+•][ \t]|:[ \t*]*\n"
               r"|\n[ \t*#]*(?:\d+[.)]|[a-zđ]\)|Điều\s+\d+|Chương\s+[IVXLC\d]+)")


@cache
def _line_opening_change() -> str:
    """A line that opens with a changing verb ("\nSửa đổi điểm a …", "\nBãi bỏ …") starts a new clause even
    without punctuation before it (a heading's last line ends bare)."""
    phrases = {t.phrase for t in words.triggers() if t.voice == "active" and t.relation in ("amends", "replaces", "repeals")}
    alternation = "|".join(re.escape(p[0].upper() + p[1:]).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return rf"\n[ \t*#]*(?=(?:{alternation})(?![\w]))"


@cache
def _clause_end() -> re.Pattern:
    return re.compile(f"{_CLAUSE_END}|{_line_opening_change()}")


_GUIDANCE = EntityType.GUIDANCE.value
# What a Guidance guides when it carries it out: rules and decisions, not a letter, notice or report.
_NORMS = {t.value for t in (EntityType.RESOLUTION, EntityType.CONCLUSION, EntityType.REGULATION,
                            EntityType.DIRECTIVE, EntityType.DECISION, EntityType.DECREE, EntityType.CIRCULAR,
                            EntityType.LAW, EntityType.ORDINANCE, EntityType.CONSTITUTION)}

# Masks that keep offsets: a body or event becomes "§…", a document "¤…" so gap patterns can name them.
BODY_MARK = "§"
DOC_MARK = "¤"
# Between two documents of one proposer listed together: a date, then a comma or "và" ("Tờ trình số 363/TTr-CP và
# Đề án số 364/ĐA-CP ngày …, Báo cáo thẩm tra số …", "Tờ trình: số 334/TTr-BVHTTDL ngày 12 tháng 8 năm 2025 và số
# 449/TTr-BVHTTDL"); not ", ý kiến của Sở Nội vụ tại Công văn số …".
NEXT_SUBMISSION = re.compile(r"(?:\s*\(?\s*(?:ngày\s+)?\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4}\s*\)?"
                             r"|\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})?\s*(?:,\s*và|,|và)\s*",
                             re.IGNORECASE)


@cache
def _filler_re() -> re.Pattern:
    # Between a document and what belongs to it: dates, numbers, roman terms, quoted or bracketed titles,
    # masked bodies, and the filler words of the lexicon.
    return re.compile(
        rf"(?:\s|[,:/\-–*_()]|{BODY_MARK}|\d|\b[IVXLC]+\b|“[^”]{{0,300}}”|\"[^\"]{{0,300}}\"|\([^()]{{0,120}}\)"
        rf"|(?<![\w])(?:{words.alternation('filler')})(?![\w])"
        # "của Bộ trưởng Bộ Thông tin và Truyền thông": the head of the body that issued it, who may hold two
        # titles ("của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ").
        rf"|(?<![\w])(?:{words.alternation('proposer')})(?:\s*,\s*(?:{words.alternation('proposer')}))*\s+(?={BODY_MARK}))*+",
        re.IGNORECASE,
    )


@cache
def _acts_re() -> re.Pattern:
    return re.compile(rf"(?:\s|,|(?<![\w])(?:{words.alternation('acts')})(?![\w]))*+", re.IGNORECASE)


def filler_end(text: str, start: int, end: int) -> int:
    """Where the filler that starts at `start` ends (at most `end`)."""
    return _filler_re().match(text, start, end).end()


def is_filler(gap: str) -> bool:
    return _filler_re().fullmatch(gap) is not None


@dataclass
class Anchor:
    """A place in the text that stands for the own document without being a mention of it
    ("Nghị định này", "Chính phủ ban hành Nghị định …", the title)."""

    start: int
    end: int


def _masked(view: str, documents: list[tuple[int, int]], bodies: list[tuple[int, int]]) -> str:
    """`view` with each document span written over by DOC_MARK and each body span by BODY_MARK (a body's
    mark over a document's); the spans come in order of their starts. Built in one pass from the pieces
    between span edges, so the text is copied once whatever the number of marks."""
    documents = _union([(start, end) for start, end in documents if end > start])
    bodies = _union([(start, end) for start, end in bodies if end > start])
    if not documents and not bodies:
        return view
    pieces, last = [], 0
    for start, end, mark in _painted(documents, bodies):
        pieces += (view[last:start], mark * (end - start))
        last = end
    pieces.append(view[last:])
    return "".join(pieces)


def _painted(documents: list[tuple[int, int]], bodies: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, mark) in text order: each body, and the parts of each document that no body covers."""
    painted = [(start, end, BODY_MARK) for start, end in bodies]
    k = 0
    for start, end in documents:
        while k < len(bodies) and bodies[k][1] <= start:
            k += 1
        position, j = start, k
        while j < len(bodies) and bodies[j][0] < end:
            if bodies[j][0] > position:
                painted.append((position, bodies[j][0], DOC_MARK))
            position = max(position, bodies[j][1])
            j += 1
        if position < end:
            painted.append((position, end, DOC_MARK))
    painted.sort()
    return painted


def _union(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Intervals in order of their starts, merged where they overlap or touch."""
    out: list[tuple[int, int]] = []
    for start, end in intervals:
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


@dataclass
class Context:
    content: str
    view: str
    found: list[Found]
    of_found: dict[int, Entity]
    own: Entity | None = None
    organ: Entity | None = None
    anchors: list[Anchor] = field(default_factory=list)
    title_span: tuple[int, int] | None = None
    preamble_span: tuple[int, int] | None = None
    listed_subject: int | None = None  # set by the object-list reader of relate_triggers
    descriptions: list[tuple[int, int]] = field(default_factory=list)  # listed objects' descriptions (relate_triggers)
    own_end: int = 0  # where the own document's text ends (site furniture may follow)
    _documents_by_type: dict | None = field(default=None, init=False, repr=False)

    def __post_init__(self):
        found = self.found
        # By start, the longer first: one int per span (start·2³² − end) orders as that pair, cheaper to build.
        self.order = sorted(range(len(found)), key=[(f.start << 32) - f.end for f in found].__getitem__)
        # The three kinds are disjoint: each span is sorted into one list in a single pass.
        self.docs, self.bodies, self.provisions = [], [], []
        for i in self.order:
            kind = found[i].type
            if kind in DOCUMENTS:
                self.docs.append(i)
            elif kind in ISSUERS:
                self.bodies.append(i)
            elif kind == PROVISION:
                self.provisions.append(i)
        self.doc_starts = [found[i].start for i in self.docs]
        self.body_starts = [found[i].start for i in self.bodies]
        self.provision_starts = [found[i].start for i in self.provisions]
        self.boundaries = ClauseEnds(self.content, _clause_end())
        # Only the innermost documents are masked: the words of a name that holds other references
        # ("Luật sửa đổi, bổ sung một số điều của Luật X") stay readable for the rules.
        innermost = []
        for k, i in enumerate(self.docs):
            item = found[i]
            holds = k + 1 < len(self.docs) and self.doc_starts[k + 1] < item.end
            if not holds:
                innermost.append((item.start, item.end))
        self.masked = _masked(self.view, innermost, [(found[i].start, found[i].end) for i in self.bodies])

    def documents_of_type(self, doc_type: str) -> dict[str, Entity]:
        """The distinct documents of one type, by id: built once per text on first use, since a rule may ask
        for every lone type word (asking the whole list each time made long texts quadratic)."""
        if self._documents_by_type is None:
            self._documents_by_type = {}
            for i in self.docs:
                entity = self.of_found[i]
                self._documents_by_type.setdefault(self.found[i].type, {})[entity.id] = entity
        return self._documents_by_type.get(doc_type, {})

    # --- clauses -------------------------------------------------------------------------------------
    # The bounds of the clause holding a position: rules need one bound only, so each is looked up on its own side.
    def clause_start(self, position: int) -> int:
        before = self.boundaries.last_at_or_before(position - 1)
        return 0 if before is None else before + 1

    def clause_end(self, position: int) -> int:
        after = self.boundaries.first_at_or_after(position)
        return len(self.content) if after is None else after

    def same_clause(self, a: int, b: int) -> bool:
        lo, hi = min(a, b), max(a, b)
        after = self.boundaries.first_at_or_after(lo)
        return after is None or after >= hi

    # --- neighbours ----------------------------------------------------------------------------------
    def doc_before(self, position: int, limit: int = 250) -> int | None:
        """The document ending nearest before `position` in its clause, when only filler stands between
        (the document's date, "của X", "về việc", a quoted title) and no other document starts there."""
        k = bisect.bisect_left(self.doc_starts, position)
        best = None
        # Documents starting before `position`: the latest-ending one that ends before it.
        for j in range(k - 1, max(-1, k - 6), -1):
            i = self.docs[j]
            item = self.found[i]
            if item.end <= position and (best is None or item.end > self.found[best].end):
                best = i
        if best is None:
            return None
        item = self.found[best]
        if position - item.end > limit or not self.same_clause(item.end, position):
            return None
        gap = self.masked[item.end:position]
        if self.docs_in(item.end, position) or DOC_MARK in gap or not is_filler(gap):
            return None
        return best

    def doc_at(self, start: int | None) -> int | None:
        """The document whose mention starts at `start` (a provision's `of_start`)."""
        k = bisect.bisect_left(self.doc_starts, start) if start is not None else len(self.doc_starts)
        return self.docs[k] if k < len(self.doc_starts) and self.doc_starts[k] == start else None

    def enclosing_doc(self, position: int) -> int | None:
        """The innermost document whose span holds `position` ("Luật sửa đổi, bổ sung … của Luật X")."""
        k = bisect.bisect_right(self.doc_starts, position - 1)
        best = None
        for j in range(k - 1, max(-1, k - 8), -1):
            i = self.docs[j]
            item = self.found[i]
            if item.start < position < item.end and (best is None or item.start > self.found[best].start):
                best = i
        return best

    def body_before(self, position: int, limit: int = 60) -> int | None:
        k = bisect.bisect_left(self.body_starts, position)
        if k == 0:
            return None
        i = self.bodies[k - 1]
        item = self.found[i]
        if item.end > position or position - item.end > limit or not self.same_clause(item.end, position):
            return None
        # Only what a subject does may stand between: "Đảng ủy Chính phủ chủ trì đánh giá …".
        if _acts_re().fullmatch(self.view, item.end, position) is None:
            return None
        return i

    def next_item(self, starts: list[int], items: list[int], position: int, end: int) -> int | None:
        # `starts` are the starts of `items` (doc_starts of docs, …): the bound is read there.
        k = bisect.bisect_left(starts, position)
        if k < len(starts) and starts[k] < end:
            return items[k]
        return None

    def carrier(self, rules: int) -> int | None:
        """The document that carries named annexed rules ("Quy chế … ban hành kèm theo Thông tư số 06/2024/TT-BGDĐT";
        graph.find_annexed notes where it is named)."""
        start = self.found[rules].attributes.get("carrier_start")
        return None if start is None else self.next_item(self.doc_starts, self.docs, start, start + 1)

    def docs_in(self, start: int, end: int) -> list[int]:
        lo = bisect.bisect_left(self.doc_starts, start)
        hi = bisect.bisect_left(self.doc_starts, end)
        return self.docs[lo:hi]

    def bodies_in(self, start: int, end: int) -> list[int]:
        lo = bisect.bisect_left(self.body_starts, start)
        hi = bisect.bisect_left(self.body_starts, end)
        return self.bodies[lo:hi]

    def anchor_before(self, position: int, limit: int = 250) -> Anchor | None:
        """An own-document anchor before `position` with only filler between (like doc_before)."""
        for anchor in reversed(self.anchors):
            if anchor.end <= position:
                if position - anchor.end > limit or not self.same_clause(anchor.end, position):
                    return None
                gap = self.masked[anchor.end:position]
                return anchor if DOC_MARK not in gap and is_filler(gap) else None
        return None

    def in_title(self, position: int) -> bool:
        return self.title_span is not None and self.title_span[0] <= position < self.title_span[1]

    def in_preamble(self, position: int) -> bool:
        return self.preamble_span is not None and self.preamble_span[0] <= position < self.preamble_span[1]

    def evidence(self, start: int, end: int) -> Mention:
        return Mention(start, end, self.content[start:end])


class Relations:
    """The relations of one text, each (source, type, target) once, stated before inferred."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.items: list[Relation] = []
        self.index: dict[tuple[str, str, str], int] = {}  # (source, type, target) → its place in items

    def add(self, source: Entity | None, relation: str, target: Entity | None, start: int, end: int) -> None:
        if source is None or target is None or source.id == target.id:
            return
        relation = str(relation)
        if relation == "implements" and source.type == _GUIDANCE and target.type in _NORMS:
            relation = "guides"  # a Guidance "về thực hiện Quy định số 69-QĐ/TW" guides the regulation
        key = (source.id, relation, target.id)
        if start > end:
            start, end = end, start
        k = self.index.get(key)
        if k is not None:
            # Stated again: the first statement in the text is the evidence ("BỘ CÔNG THƯƠNG" in the header
            # before "Thông tư số 58/2025/TT-BCT … của Bộ trưởng Bộ Công Thương" at its end).
            evidence = self.items[k].evidence
            if evidence is not None and start < evidence.start:
                self.items[k] = Relation(source.id, relation, target.id, self.ctx.evidence(start, end))
            return
        self.index[key] = len(self.items)
        self.items.append(Relation(source.id, relation, target.id, self.ctx.evidence(start, end)))

    def drop(self, places: set[int]) -> None:
        """Remove the relations at these places in `items` (a later rule overrules an earlier reading)."""
        self.items[:] = [r for k, r in enumerate(self.items) if k not in places]
        self.index = {(r.source, r.type, r.target): k for k, r in enumerate(self.items)}
