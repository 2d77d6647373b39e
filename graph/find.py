"""Find mentions: document references, named documents and programs, bodies, congresses and plenums,
provisions.

One pre-filter scan of the matching view (graph.normalise.for_matching, same length as the text) finds where
a head phrase starts, and runs there the finders of graph.find_documents, find_programs, find_bodies and
find_events that start with it; find_provisions then reads back from each reference, sentence_dates gives
undated references the date their sentence states. Finders yield `Found` spans; nothing here decides
identity (graph.resolve does). `find_all` merges them and settles overlaps.
"""
from __future__ import annotations

import re
from functools import cache
from operator import attrgetter

from . import (find_agreements, find_annexed, find_bodies, find_documents, find_english, find_events, find_programs,
               find_titles)
from .find_provisions import find_provisions
from .found import Found, Scan, literal_union
from .sentence_dates import attach_sentence_dates
from .types import EntityType

__all__ = ["Found", "find_all"]

# Mentions that may hold other mentions: named documents and programs hold the bodies, congresses and
# references named in their titles ("Nghị quyết Đại hội XIII", "Kế hoạch … Ban Chấp hành Trung ương Đảng").
_CONTAINERS = {"named"}


_PLAN = EntityType.PLAN.value
_CONGRESS = EntityType.CONGRESS.value
_BODY = EntityType.BODY.value
_START, _END = attrgetter("start"), attrgetter("end")


def _settle(found: list[Found]) -> list[Found]:
    """Longest first at each start; a mention inside a container is kept, one crossing another is not."""
    # By start, the longest first (the same order as sorting by (start, -length), ties kept as they came):
    # two stable sorts on plain attributes, cheaper than one on a computed key.
    found.sort(key=_END, reverse=True)
    found.sort(key=_START)
    kept: list[Found] = []
    open_items: list[Found] = []
    reach = 0  # no open item ends after this
    for item in found:
        if open_items:
            # Most mentions start after every open one has ended: no need to filter them one by one.
            open_items = [] if item.start >= reach else [k for k in open_items if k.end > item.start]
        if not open_items:  # nothing open: the common case, kept at once
            kept.append(item)
            open_items.append(item)
            reach = item.end
            continue
        if any(k.start == item.start and k.end == item.end and k.type == item.type for k in open_items):
            continue
        blocked = False
        for holder in open_items:
            inside = item.end <= holder.end
            if not inside and holder.kind in _CONTAINERS and item.kind == "reference" and holder.type != item.type:
                # "Chương trình … thực hiện Nghị quyết số 57-NQ/TW | ngày 22 tháng 12 năm 2024": the name ends
                # with the reference it holds, date included.
                holder.end = item.end
                reach = max(reach, item.end)
                inside = True
            if not inside or holder.kind not in _CONTAINERS or holder.type == item.type == _PLAN \
                    or (holder.start == item.start and holder.type == item.type):
                # The same kind of name read shorter at the same start is the same document, not one inside it.
                blocked = True
                break
        if blocked:
            continue
        kept.append(item)
        open_items.append(item)
        reach = max(reach, item.end)
    return kept


_FINDER_MODULES = (find_documents, find_programs, find_bodies, find_events, find_titles, find_english,
                   find_annexed, find_agreements)


@cache
def _anchors() -> tuple[re.Pattern, dict[str, tuple], tuple[str, ...], tuple[str, ...]]:
    """The pre-filter: where a head phrase of some finder starts, and which finders to run there.

    Heads that start with a capital (most of them) are found by one trie-factored literal pattern; the few
    lower-case heads by str.find (a pattern led by common lower-case letters would test nearly every
    position): "<type word> số" through the " số " that ends it, the others directly.

    A head that extends a shorter one ("Bộ luật" over "Bộ") also runs the shorter one's finders, since the
    scan reports only the longest head at a position.
    """
    by_head: dict[str, list] = {}
    for module in _FINDER_MODULES:
        for heads, finder in module.finders():
            for head in sorted(heads):  # sets of heads: a fixed order keeps the output independent of hashing
                by_head.setdefault(head, [])
                if finder not in by_head[head]:
                    by_head[head].append(finder)
    table: dict[str, tuple] = {}
    for head in by_head:
        finders = []
        for other, other_finders in by_head.items():
            if head.startswith(other):
                finders += [f for f in other_finders if f not in finders]
        table[head] = tuple(finders)
    upper = [h for h in table if not h[0].islower()]
    lower = [h for h in table if h[0].islower()]
    numbered = tuple(sorted((h for h in lower if h.endswith(" số")), key=len, reverse=True))
    direct = tuple(h for h in lower if not h.endswith(" số") and h != find_documents.MISSPELT_TYPE_HEAD)
    return re.compile(literal_union(upper)), table, direct, numbered


@cache
def _numbered_by_last_word(numbered: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The "<type word> số" heads by the word before "số", longest first."""
    out: dict[str, list[str]] = {}
    for head in numbered:
        out.setdefault(head[:-3].rsplit(" ", 1)[-1], []).append(head)
    return {word: tuple(heads) for word, heads in out.items()}


# "số" after a space, led by its letters as a literal (the engine skips to them faster than str.find reads " số").
_SPACED_SO = re.compile("số(?<= số)")


def _lower_hits(view: str, direct: tuple[str, ...], numbered: tuple[str, ...]) -> list[tuple[int, str]]:
    hits = []
    for head in direct:
        index = view.find(head)
        while index >= 0:
            hits.append((index, head))
            index = view.find(head, index + 1)
    by_last_word = _numbered_by_last_word(numbered)
    for so in _SPACED_SO.finditer(view):  # occurrences of " số" never overlap: each is read once, in order
        index = so.start() - 1
        end = index + 3  # the head ends after "số"
        word_start = view.rfind(" ", max(0, index - 12), index) + 1
        heads = by_last_word.get(view[word_start:index])
        if heads is None or (end < len(view) and view[end].isalnum()):
            if heads is None and view[end + 1:end + 2].isdigit() and view[word_start:word_start + 1].isupper():
                hits.append((index + 1, find_documents.MISSPELT_TYPE_HEAD))  # "Thông số 17/2025/TT-BNNMT"
            continue
        for head in heads:
            start = end - len(head)
            if start >= 0 and view.startswith(head, start):
                hits.append((start, head))
                break
    return hits


def _scan(scan: Scan) -> list[Found]:
    pattern, table, direct, numbered = _anchors()
    view = scan.view
    lower = _lower_hits(view, direct, numbered)
    if lower:
        hits = sorted([(hit.start(), hit.group(0)) for hit in pattern.finditer(view)] + lower)
    else:
        hits = ((hit.start(), hit.group(0)) for hit in pattern.finditer(view))
    out: list[Found] = []
    for position, head in hits:
        if position and view[position - 1].isalnum():
            continue
        for finder in table[head]:
            out.extend(finder(scan, position, head))
    return out


def find_all(view: str, content: str | None = None) -> list[Found]:
    """Every mention, overlaps settled, in text order.

    `content` (the text itself, same length as the view) lets the finders see line starts.
    """
    scan = Scan(view, content)
    found = _scan(scan)
    documents = _settle([f for f in found if f.kind != "body" and f.kind != "event" and f.type != "Report"])
    titled = find_titles.titled_documents(view, content, found, scan.state.get("drafts", []))
    # Titled documents have provisions too: "Điều 2 Dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp".
    found = _settle(found + list(find_provisions(view, _settle(documents + titled))) + titled)
    find_programs.cut_at_known_titles(view, found)
    # Reports count only when what they report on, or who made them, follows ("báo cáo tổng kết Đề án 165").
    starts = {f.start for f in found}
    found = [f for f in found if "needs_follow" not in f.attributes or f.attributes.pop("needs_follow") in starts]
    # "đại hội Đảng toàn quốc" without a number is kept only when the text names exactly one congress.
    numbered = {f.label for f in found if f.type == _CONGRESS and not f.attributes.get("unnumbered")}
    if len(numbered) != 1:
        found = [f for f in found if not f.attributes.get("unnumbered")]
    found = _place_bare_organs(found)
    _cut_offices_at_their_names(view, found)
    _offices_of_bodies(view, found)
    found = _units_of_councils(view, found)
    attach_sentence_dates(view, found, content)
    return found


# A ministry's department read into the verb after it ("Cục Trồng trọt và Bảo vệ thực vật chỉ đạo", "Cục Bảo tồn
# thiên nhiên và Đa dạng sinh học lấy ý …"): the productive name stops at capitalised words or a stop word only.
# Where the text also names the department on its own (punctuation right after it), the longer reading is that
# name and the sentence's words after it; a reading that punctuation ends somewhere is a name itself, kept.
_OFFICE_HEADS = ("Cục ", "Vụ ", "Chi cục ", "Tổng cục ")
_MAX_TAIL_WORDS = 5  # as many lower-case words as the productive name reads


def _name_ends_at(view: str, end: int) -> bool:
    """True where the words stop: punctuation or the end of the text next."""
    rest = view[end:end + 40].lstrip(" ")
    return not rest or not rest[0].isalnum()


def _cut_offices_at_their_names(view: str, found: list[Found]) -> None:
    """"Cục X chỉ đạo" where the text names "Cục X" on its own: the department is "Cục X"."""
    offices = [f for f in found if f.type == _BODY and f.label.startswith(_OFFICE_HEADS)]
    if len(offices) < 2:
        return
    whole = {f.label for f in offices if _name_ends_at(view, f.end)}
    for item in offices:
        if item.label in whole:
            continue
        words = item.label.split(" ")
        for cut_words in range(1, min(_MAX_TAIL_WORDS, len(words) - 2) + 1):
            shorter = " ".join(words[:-cut_words])
            if shorter not in whole:
                continue
            tail = words[-cut_words:]
            if not all(w.isalpha() and w.islower() for w in tail):
                break
            end = item.end
            for _ in tail:  # back over the tail's words in the view (same length as the text)
                end = view.rfind(" ", item.start, end)
                while end > item.start and view[end - 1] == " ":
                    end -= 1
            if " ".join(view[item.start:end].split()) == shorter:
                item.end, item.label = end, shorter
            break


_OFFICE_BEFORE = re.compile(r"(?<!\w)(?P<unit>Văn phòng|VĂN PHÒNG|Ban Thường vụ|Ủy ban Kiểm tra|Đảng ủy) +$")
# Units named before a Party committee only ("Ủy ban Kiểm tra Tỉnh ủy": the committee's inspection commission).
_COMMITTEE_UNITS = ("Ban Thường vụ", "Ủy ban Kiểm tra")
# A Party committee the lexicon names ("Đảng ủy Chính phủ", "Đảng uỷ Ngoài nước") has those units too: "Ban Thường vụ
# Đảng ủy Chính phủ" is the committee's standing board, a body of its own.
_NAMED_PARTY_COMMITTEE = "Đảng ủy "
# Units named before a local State organ only: "Đảng ủy Ủy ban nhân dân Thành phố", the organ's Party committee.
_ORGAN_UNITS = ("Đảng ủy",)
_UNIT_ORGANS = ("Ủy ban nhân dân", "Hội đồng nhân dân")
_UNIT_LAST_WORDS = ("phòng", "PHÒNG", "vụ", "Kiểm tra", "Đảng ủy")
# Their last letters, and a space (two spaces before a body leave the letter unread: the words are then tested).
_UNIT_LAST_LETTERS = frozenset(word[-1] for word in _UNIT_LAST_WORDS) | {" "}


class _FullNames:
    """The labels of the bodies a text names in full, listed when first needed."""

    def __init__(self, found: list[Found]):
        self._found, self._labels = found, None

    def of(self, item: Found) -> str:
        """The body's label; a bare organ ("Ủy ban nhân dân Thành phố") takes the full name the text gives it, so
        that "Văn phòng Ủy ban nhân dân Thành phố" is the office of the organ the text names in full."""
        if not item.attributes.pop("bare", None):
            return item.label
        if self._labels is None:
            self._labels = [f.label for f in self._found if f.type == _BODY and not f.attributes.get("bare")]
        return next((n for n in self._labels if n.startswith(item.label + " ")), item.label)


def _offices_of_bodies(view: str, found: list[Found]) -> None:
    """"Văn phòng Bộ Tài chính", "Văn phòng UBND tỉnh", "Ban Thường vụ Tỉnh ủy": the office or standing board of
    a body is a body of its own (the office that the lexicon names whole, "Văn phòng Chính phủ", is found as such)."""
    full_names = _FullNames(found)
    for item in found:
        if item.type != _BODY:
            continue
        # The unit's last word right before the body rules nearly every body out without the pattern, and the
        # last letter before it (past one space, the view's only white space) most of them without a slice.
        start = item.start
        last = view[start - 1] if start else " "
        if last == " " and start >= 2:
            last = view[start - 2]
        if last not in _UNIT_LAST_LETTERS or not view[max(0, start - 16):start].rstrip().endswith(_UNIT_LAST_WORDS) \
                or item.label.startswith("Văn phòng"):
            continue
        office = _OFFICE_BEFORE.search(view, max(0, item.start - 16), item.start)
        if office is None or (office.group("unit") in _COMMITTEE_UNITS
                              and " ".join(item.label.split(" ")[:2]) not in _COMMITTEE_LEVEL
                              and not item.label.startswith(_NAMED_PARTY_COMMITTEE)) \
                or (office.group("unit") in _ORGAN_UNITS and not item.label.startswith(_UNIT_ORGANS)):
            continue
        unit = "Văn phòng" if office.group("unit") == "VĂN PHÒNG" else office.group("unit")
        item.start, item.label = office.start(), f"{unit} {full_names.of(item)}"


# The standing board of a people's council, named before the council written in full ("Giao Thường trực Hội đồng
# nhân dân Thành phố, …"): a body of its own. Not in recipient lists ("- Thường trực HĐND tỉnh;"), where the gold
# reads the council. The council's committees ("Ban Pháp chế Hội đồng nhân dân Thành phố") are left as the
# lexicon reads them: the gold sets disagree on whether their mention holds the council's name.
_COUNCIL_UNIT_BEFORE = re.compile(r"(?<!\w)(?P<unit>Thường trực) +$")
_COUNCIL = "Hội đồng nhân dân"


def _units_of_councils(view: str, found: list[Found]) -> list[Found]:
    """The standing board named right before a council the text places is a body of its own."""
    full_names = _FullNames(found)
    for item in found:
        if item.type != _BODY or not item.label.startswith(_COUNCIL) or not view.startswith(_COUNCIL, item.start) \
                or item.start < 12 or view[item.start - 1] != " ":
            continue
        unit = _COUNCIL_UNIT_BEFORE.search(view, max(0, item.start - 14), item.start)
        if unit is None:
            continue
        item.start, item.label = unit.start(), f"{unit.group('unit')} {full_names.of(item)}"
    return found


_LEVEL_PLACE = re.compile(r"^(?:Ủy ban nhân dân|Hội đồng nhân dân|Tòa án nhân dân|Viện kiểm sát nhân dân|Đảng bộ|Đảng ủy"
                          r"|Đảng ủy các cơ quan Đảng|Đoàn đại biểu Quốc hội|Trung tâm Phục vụ hành chính công|Thanh tra|Công an"
                          r"|Bộ Chỉ huy Quân sự"
                          r"|Ủy ban Mặt trận Tổ quốc Việt Nam) (?P<level>tỉnh|thành phố|huyện|quận|thị xã|xã|phường"
                          r"|thị trấn|đặc khu) (?P<place>.+)$")


def organ_and_place(label: str) -> tuple[str, str] | None:
    """A local organ's label parted into the organ with its level and the place: ("Ủy ban nhân dân tỉnh", "Gia Lai")."""
    match = _LEVEL_PLACE.match(label)
    return None if match is None else (label[:match.end("level")], match.group("place"))


# The level of the locality a Party committee leads.
_COMMITTEE_LEVEL = {"Tỉnh ủy": "tỉnh", "Thành ủy": "thành phố", "Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã"}


def _place_bare_organs(found: list[Found]) -> list[Found]:
    """A bare local organ ("Hội đồng nhân dân", "Ủy ban nhân dân thành phố") names a body only in a text that
    names the locality: it is then that locality's organ (resolve joins it to the organ named in full, or it
    takes the place of another organ of the same level). In a law, "Ủy ban nhân dân tỉnh" is generic."""
    bare = [f for f in found if f.attributes.get("bare")]
    if not bare:
        return found
    # The names of bodies, each once, in text order.
    labels = list(dict.fromkeys(f.label for f in found if f.type == _BODY and not f.attributes.get("bare")))
    prefixes = set()
    for label in labels:
        words = label.split()
        prefixes.update(" ".join(words[:k]) for k in range(1, len(words)))
    places = {}
    for label in labels:  # text order: the first-named locality of a level wins
        match = _LEVEL_PLACE.match(label)
        if match:
            places.setdefault(match.group("level"), match.group("place"))
    kept = []
    for item in found:
        if not item.attributes.get("bare"):
            kept.append(item)
            continue
        if item.label in prefixes:
            kept.append(item)
            continue
        level = next((lv for lv in places if item.label.endswith(" " + lv)), None)
        if level is not None and _LEVEL_PLACE.match(f"{item.label} {places[level]}"):
            item.label = f"{item.label} {places[level]}"
            kept.append(item)
        elif places.get(_COMMITTEE_LEVEL.get(item.label)):
            item.label = f"{item.label} {places[_COMMITTEE_LEVEL[item.label]]}"  # "Thành ủy" of the city named
            kept.append(item)
    return kept
