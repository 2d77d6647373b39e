"""Resolve mentions into entities: one entity per thing a text talks about, with all its mentions.

Mentions join when they name the same thing: the same symbol (and, for Party symbols, a compatible year:
numbering restarts each term), a short form ("Kết luận 118") and the one full reference of that type and
number, a named document and its dated or numbered forms ("Luật Đất đai" / "Luật Đất đai năm 2024"),
an apposition ("Luật Đất đai năm 2024 (Luật số 31/2024/QH15)", "Đề án “…” (gọi tắt là Đề án 165)"),
and an unnumbered congress with the one numbered congress of the text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections import defaultdict

from .found import Found
from .keys import body_key, document_key, event_key, is_party_symbol
from .model import Entity, Mention
from .normalise import fold, normalise_symbol
from .types import DOCUMENT_TYPES, PROGRAM_TYPES, EntityType

_DOCUMENT_LIKE = frozenset(t.value for t in DOCUMENT_TYPES | PROGRAM_TYPES)
_BODY = EntityType.BODY.value
_CONGRESS = EntityType.CONGRESS.value
_EVENTS = frozenset({EntityType.CONGRESS.value, EntityType.PLENUM.value})
_PROVISION = EntityType.PROVISION.value
_REPORT = EntityType.REPORT.value
_PLENUM = EntityType.PLENUM.value


def is_document_like(entity_type: str) -> bool:
    return entity_type in _DOCUMENT_LIKE

_APPOSITION = re.compile(r" *\( *(?:(?:sau đây )?(?:gọi tắt là|gọi là|viết tắt là) *:? *)?$")
_CLOSE = re.compile(r" *\)")


_STATE_YEAR = re.compile(r"\d+[a-z]?/((?:19|20)\d{2})/")
_INTERNAL = frozenset({"nests", "unnumbered", "bare", "short_of_named", "qualifier", "translated"})


def _year(found: Found) -> str | None:
    attrs = found.attributes
    if attrs.get("date"):
        return attrs["date"][:4]
    if attrs.get("year"):
        return attrs["year"]
    symbol = attrs.get("symbol")
    if not symbol or "/" not in symbol:
        return None
    match = _STATE_YEAR.match(symbol)
    return match.group(1) if match else None


# A body's key depends on its label alone, and a text names the same few bodies again and again.
_body_key = lru_cache(maxsize=65536)(body_key)


def key_of(found: Found) -> str:
    attrs = found.attributes
    if found.type == _BODY:
        return _body_key(found.label)
    if found.type in _EVENTS:
        return event_key(found.type, found.label)
    if found.type == _PROVISION:
        return "provision:" + fold(found.label)
    if attrs.get("symbol"):
        year = _year(found) if is_party_symbol(attrs["symbol"]) else None
        return document_key(found.type, attrs["symbol"], date=f"{year}-01-01" if year else None)
    if attrs.get("name"):
        year = _year(found)
        return f"doc:{found.type.lower()}:{_name_form(attrs['name'])}" + (f"@{year}" if year else "")
    return document_key(found.type, None, attrs.get("number"), None)


_SPACED_DASH = re.compile(r"\s*[-–]\s*")


@lru_cache(maxsize=65536)  # pure; a text names its programmes again and again
def _name_form(name: str) -> str:
    """A folded name as identity: "giai đoạn 2021 - 2030" and "giai đoạn 2021-2030" name one programme, and so do
    "chính sách đặc biệt, tạo đột phá" and "chính sách đặc biệt tạo đột phá"."""
    return _SPACED_DASH.sub(" - ", name.replace(",", ""))


class _Groups:
    """Union-find over mention indices."""

    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def roots(self) -> list[int]:
        """The root of every index in one pass: a parent is never above its child (joins keep the smaller
        root), so in index order each parent's root is known before its children's."""
        roots = self.parent[:]
        for i, parent in enumerate(roots):
            roots[i] = roots[parent]
        return roots


def _join_reports_by_what_they_do(found: list[Found], groups: _Groups, attributed: list[int]) -> None:
    """"Báo cáo thẩm tra số 114/BC-BĐT … của Ban Đô thị …; … tiếp thu, giải trình Báo cáo thẩm tra của Ban Đô thị":
    a report named by what it does, without a number, is the one numbered report of the text so qualified."""
    numbered: dict[str, set[int]] = defaultdict(set)
    for i in attributed:
        item = found[i]
        if item.attributes.get("qualifier") and item.type == _REPORT:
            numbered[item.attributes["qualifier"].lower()].add(groups.find(i))
    if not numbered:
        return
    for i, item in enumerate(found):
        if item.kind == "named" and item.type == _REPORT and not item.attributes.get("symbol"):
            roots = numbered.get(item.label.lower().removeprefix("báo cáo "), set())
            if len(roots) == 1:
                groups.join(next(iter(roots)), i)


def _attach_undated(found: list[Found], groups: _Groups, family: dict[str, list[int]], latest_wins: bool) -> None:
    """Within one family (same symbol, or same name), an undated mention joins the dated variant:
    the single one, or — for named laws, where the text's bare name means the law in force — the one
    mentioned most (then the latest)."""
    for members in family.values():
        years = defaultdict(list)
        for i in members:
            years[_year(found[i])].append(i)
        undated = years.pop(None, [])
        if not undated or not years:
            continue
        if len(years) == 1:
            target = next(iter(years.values()))[0]
        elif latest_wins:
            target = max(years.items(), key=lambda kv: (len(kv[1]), kv[0]))[1][0]
        else:
            for i in undated:
                found[i].attributes["ambiguous"] = True
            continue
        for i in undated:
            groups.join(target, i)


def _join_dated_names(found: list[Found], groups: _Groups, family: dict[str, list[int]]) -> None:
    """"Luật Quản lý thuế số 38/2019/QH14" and "Luật Quản lý thuế ngày 13 tháng 6 năm 2019" in one text: a name
    given a date or year but no symbol joins the one numbered mention of that name and year."""
    for members in family.values():
        numbered = defaultdict(set)
        for i in members:
            if found[i].attributes.get("symbol") and _year(found[i]):
                numbered[_year(found[i])].add(groups.find(i))
        for i in members:
            roots = numbered.get(_year(found[i]) or "", set())
            if not found[i].attributes.get("symbol") and len(roots) == 1:
                groups.join(next(iter(roots)), i)


def _group(view: str, found: list[Found], keys: list[str]) -> _Groups:
    groups = _Groups(len(found))
    # Same key: each mention points straight at the first mention with its key (a root, as nothing has
    # been joined yet), which is what joining them one by one gives.
    by_key: dict[str, int] = {}
    groups.parent = [by_key.setdefault(key, i) for i, key in enumerate(keys)]
    # Each pass below reads only the mentions it may concern: the indices of each type, listed in one walk over
    # the mentions (types do not change here), and later those with attributes (most bodies have none).
    document_like, bodies, events, provisions = [], [], [], []
    for i, item in enumerate(found):
        kind = item.type  # the four kinds are apart: bodies, the most, are told first
        if kind == _BODY:
            bodies.append(i)
        elif kind in _DOCUMENT_LIKE:
            document_like.append(i)
        elif kind in _EVENTS:
            events.append(i)
        elif kind == _PROVISION:
            provisions.append(i)
    # Same symbol, years to be settled; same name, years to be settled.
    symbols: dict[str, list[int]] = defaultdict(list)
    names: dict[str, list[int]] = defaultdict(list)
    for i in document_like:
        item = found[i]
        if item.attributes.get("symbol"):
            symbols[item.attributes["symbol"].lower()].append(i)
        if item.attributes.get("name"):
            names[f"{item.type}:{_name_form(item.attributes['name'])}"].append(i)
    _attach_undated(found, groups, symbols, latest_wins=False)
    # Appositions: "A (B)" and "A (gọi tắt là B)" name one thing.
    documents = sorted(document_like, key=[f.start for f in found].__getitem__)
    # A short mention inside a longer one at the same start ("Nghị quyết của Bộ Chính trị" of "Nghị quyết của Bộ
    # Chính trị về …") stands aside: the longer one is what a bracket after it names.
    longest = {}
    for i in documents:
        if found[i].end > found[longest.get(found[i].start, i)].end:
            longest[found[i].start] = i
        longest.setdefault(found[i].start, i)
    documents = [i for i in documents if longest[found[i].start] == i]
    for a, b in zip(documents, documents[1:]):
        first, second = found[a], found[b]
        if second.start <= first.end or second.start - first.end > 40:
            continue
        # Two different symbols are two documents, whatever the brackets say ("… phụ lục kèm theo Thông tư số
        # 09/2023/TT-BTTTT (Thông tư số 01/2024/TT-BTTTT)": the bracket names the amending circular before).
        symbols = {normalise_symbol(f.attributes["symbol"]).lower() for f in (first, second) if f.attributes.get("symbol")}
        if first.type == second.type and len(symbols) < 2 and _APPOSITION.search(view, first.end, second.start) \
                and _CLOSE.match(view, second.end):
            groups.join(a, b)
            # A named law given its symbol in brackets: the name now carries the symbol's year.
            if second.attributes.get("symbol") and not first.attributes.get("symbol"):
                first.attributes.setdefault("symbol", second.attributes["symbol"])
                first.attributes.setdefault("number", second.attributes.get("number"))
                keys[a] = key_of(first)  # its key as the entity will carry it (groups are already keyed)
    _attach_undated(found, groups, names, latest_wins=True)
    _join_dated_names(found, groups, names)
    attributed = [i for i, f in enumerate(found) if f.attributes]  # no attribute is added to a mention below
    # Short forms ("Kết luận 118", "Đề án 165") join the one full reference of that type and number.
    full: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i in attributed:
        item = found[i]
        if item.kind != "short" and item.attributes.get("number"):
            full[(item.type, item.attributes["number"])].add(groups.find(i))
    for i in attributed:  # a short form has its number
        item = found[i]
        if item.kind == "short":
            roots = full.get((item.type, item.attributes["number"]), set())
            if len(roots) > 1 and item.attributes.get("year"):
                # "Nghị định 24/2012" among decrees numbered 24 of several years: the one of that year.
                roots = _of_year(found, groups, roots, f"{item.attributes['number']}/{item.attributes['year']}/")
            if len(roots) == 1:
                groups.join(next(iter(roots)), i)
            elif len(roots) > 1:
                item.attributes["ambiguous"] = True
    _join_reports_by_what_they_do(found, groups, attributed)
    # Short forms also join a program they abbreviate ("(gọi tắt là Đề án 165)") through the joins above.
    # An unnumbered congress joins the one numbered congress of the text.
    congresses = {groups.find(i) for i in events
                  if found[i].type == _CONGRESS and not found[i].attributes.get("unnumbered")}
    if len(congresses) == 1:
        for i in attributed:
            if found[i].attributes.get("unnumbered"):
                groups.join(next(iter(congresses)), i)
    _join_plenums_to_their_term(found, groups, events)
    _join_bare_organs(found, groups, attributed, bodies)
    _join_provisions(view, found, groups, provisions, document_like)
    return groups


def _of_year(found: list[Found], groups: _Groups, roots: set[int], prefix: str) -> set[int]:
    """Of those groups, the ones holding a reference whose symbol starts with `prefix` ("24/2012/")."""
    return {root for root in roots if found[root].attributes.get("symbol", "").startswith(prefix)} or roots


def _join_plenums_to_their_term(found: list[Found], groups: _Groups, events: list[int]) -> None:
    """"Hội nghị Trung ương 14" without its term is the one plenum of that number the text names with its term
    ("Hội nghị lần thứ 14 Ban Chấp hành Trung ương Đảng khóa XIII"); with two terms of that number it stays apart."""
    termed: dict[str, set[int]] = defaultdict(set)
    for i in events:
        item = found[i]
        if item.type == _PLENUM and item.attributes.get("term") and item.attributes.get("number"):
            termed[item.attributes["number"]].add(groups.find(i))
    if not termed:
        return
    for i in events:
        item = found[i]
        if item.type == _PLENUM and not item.attributes.get("term"):
            roots = termed.get(item.attributes.get("number"), set())
            if len(roots) == 1:
                groups.join(next(iter(roots)), i)


def _join_provisions(view: str, found: list[Found], groups: _Groups, provisions: list[int],
                     document_like: list[int]) -> None:
    """The same provision of one document, whichever of the document's mentions it was read against
    ("Điều 10 của Pháp lệnh Dân số năm 2003", "Điều 10 của Pháp lệnh Dân số")."""
    provisions = [i for i in provisions if "of_start" in found[i].attributes]
    if not provisions:
        return
    document_at = {found[i].start: i for i in document_like}
    first: dict[tuple[str, int], int] = {}
    for i in provisions:
        document = document_at.get(found[i].attributes["of_start"])
        if document is None:
            continue
        key = (fold(view[found[i].start:found[i].end]), groups.find(document))
        if key in first:
            groups.join(first[key], i)
        else:
            first[key] = i


def _join_bare_organs(found: list[Found], groups: _Groups, attributed: list[int], bodies: list[int]) -> None:
    """A bare local organ ("Hội đồng nhân dân", "Ủy ban nhân dân thành phố") joins the first-named organ of
    that kind in the text (in a council's own resolution, the council of its header); so does a steering committee
    named by its level alone ("Ban Chỉ đạo quốc gia" after "Ban Chỉ đạo quốc gia về …")."""
    bare = [i for i in attributed if found[i].attributes.get("bare") or found[i].attributes.get("short_of_named")]
    if not bare:
        return
    first_with_prefix: dict[str, int] = {}
    seen: set[str] = set()
    for j in sorted((i for i in bodies if not found[i].attributes.get("bare")
                     and not found[i].attributes.get("short_of_named")), key=lambda i: found[i].start):
        label = found[j].label
        if label in seen:
            continue  # its prefixes already point at an earlier mention
        seen.add(label)
        words = label.split()
        for k in range(1, len(words)):
            first_with_prefix.setdefault(" ".join(words[:k]), j)
    for i in bare:
        first = first_with_prefix.get(found[i].label)
        if first is not None:
            groups.join(first, i)


@lru_cache(maxsize=65536)
def _heading_words(label: str) -> int:
    """How many words of a label are written in a heading's upper case ("… của QUỸ BẢO VỆ …")."""
    return sum(1 for w in label.split() if w.isalpha() and w.isupper() and len(w) > 1)


def _representative(members: list[Found]) -> Found:
    """The mention that names the entity best: a full symbol (as a sentence writes it), then a name with its year,
    then the longest."""
    def rank(f: Found):
        a = f.attributes
        # A translation's mention ("Decree No. 96/2024/ND-CP") last: the entity keeps its Vietnamese name.
        return (not a.get("translated"), not a.get("unnumbered"), not a.get("bare"), bool(a.get("symbol")) and f.kind == "reference", bool(a.get("symbol")),
                not a.get("symbol", "").isupper(),  # "06/QĐ-TTg" as written in a sentence, not a heading's "06/QĐ-TTG"
                bool(_year(f)),
                # A sentence's spelling of a name before a heading's upper case ("… của QUỸ BẢO VỆ …").
                -_heading_words(f.label),
                f.kind != "short", len(f.label))
    return max(members, key=rank)


def _public(attributes: dict) -> dict:
    """The attributes an entity carries: not the finders' internal notes, nor the spans of what a mention is of."""
    if not attributes:
        return {}  # most mentions (bodies) have none
    return {k: v for k, v in attributes.items() if k not in _INTERNAL and not k.startswith("of_")}


def resolve(content: str, found: list[Found], view: str | None = None) -> tuple[list[Entity], dict[int, Entity]]:
    """Group found spans into entities.

    Returns the entities in order of first mention and a map from each Found's index to its entity.
    """
    view = view if view is not None else content
    keys = [key_of(f) for f in found]
    groups = _group(view, found, keys)
    # Members in text order (found is in text order; indices follow it), groups in order of first mention.
    order = sorted(range(len(found)), key=[f.start for f in found].__getitem__)
    members: dict[int, list[int]] = {}
    roots = groups.roots()
    for i in order:
        members.setdefault(roots[i], []).append(i)
    entities: list[Entity] = []
    of_found: dict[int, Entity] = {}
    for root, indices in members.items():
        first = found[indices[0]]
        if len(indices) == 1:
            # One mention: its own attributes, nothing to choose or merge.
            best, items = first, None
            attributes = _public(first.attributes)
            best_key = keys[indices[0]]
        else:
            items = [found[i] for i in indices]
            label = first.label
            if first.type == _BODY and all(f.label == label for f in items):
                best, best_key = first, keys[indices[0]]  # one name for all its mentions: nothing to choose
            else:
                best = _representative(items)
                best_key = keys[next(i for i in indices if found[i] is best)]
            attributes = _public(best.attributes)
            for item in items:
                if item is best or not item.attributes:
                    continue  # its attributes are all there already, or it has none
                for name, value in item.attributes.items():
                    if not value or name in attributes or name in _INTERNAL or name.startswith("of_"):
                        continue
                    attributes[name] = value
            # The own document's header states its date; a running text's "Ngày 26/11/2025, Bộ trưởng … đã ban
            # hành Thông tư 130/…" (a news summary above the text) may not agree, and the header wins.
            stated = next((f.attributes["date"] for f in items if f.kind == "self" and f.attributes.get("date")), None)
            if stated:
                attributes["date"] = stated
        if attributes.get("date") and attributes.get("year") and attributes["year"] != attributes["date"][:4]:
            attributes.pop("year")
        entity = Entity(id=f"e{len(entities) + 1}", type=best.type, label=best.label, key=best_key,
                        attributes=attributes)
        if best.attributes.get("symbol") and is_party_symbol(best.attributes["symbol"]) and attributes.get("date"):
            entity.key = document_key(best.type, best.attributes["symbol"], date=attributes["date"])
        if items is None:
            entity.mentions = [Mention(first.start, first.end, content[first.start:first.end])]
            of_found[indices[0]] = entity
        else:
            spans = sorted({(f.start, f.end) for f in items})
            entity.mentions = [Mention(start, end, content[start:end]) for start, end in spans]
            for i in indices:
                of_found[i] = entity
        entities.append(entity)
    return entities, of_found
