"""Relations between the entities of one text, each with the span of text that states it.

The rules live in small modules: relate_issuers (issued_by), relate_preamble (the own document's header
and preamble: based_on, advises, issued_by), relate_triggers (trigger phrases: implements, reviews, amends,
replaces, repeals, guides, advises), relate_cites (cites, last); relate_context holds the clause and neighbour look-ups they share.
"""
from __future__ import annotations

import re
from functools import cache

from . import lexicon
from . import relate_lexicon
from .find import organ_and_place
from .found import Found
from .header import Header
from .model import Entity, Relation
from .relate_anchors import own_anchors
from .relate_cites import cites
from .relate_context import Context, Relations
from .relate_issuers import issued_by
from .relate_preamble import own_relations, topic_relations
from .relate_triggers import triggered
from .types import EntityType, RelationType


def relate(content: str, found: list[Found], of_found: dict[int, Entity], view: str,
           header: Header | None = None, own: Entity | None = None, organ: Entity | None = None) -> list[Relation]:
    """Every relation the text states, each with its evidence span."""
    ctx = Context(content, view, found, of_found, own=own, organ=organ,
                  title_span=header.title_span if header and own else None,
                  preamble_span=header.preamble_span if header and own else None,
                  own_end=header.body_end if header and own else 0)
    if header is not None and own is not None:
        ctx.anchors = own_anchors(ctx, header.type_phrase)
    out = Relations(ctx)
    _part_of(ctx, out)
    _annexed_rules(ctx, out)
    _listed_issuers(ctx, out)
    issued_by(ctx, out)
    _congress_of_named(ctx, out)
    own_relations(ctx, out, header.organ_span if header else None)
    topic_relations(ctx, out)
    triggered(ctx, out)
    _amended_in_name(ctx, out)
    _placed_issuer_wins(ctx, out)
    cites(ctx, out)  # last: only where no stronger relation links the pair
    return out.items


def _placed_issuer_wins(ctx: Context, out: Relations) -> None:
    """"Quyết định số 78/2016/QĐ-UBND … của Ủy ban nhân dân tỉnh Bình Định" then "Quyết định số 78/2016/QĐ-UBND …
    của Ủy ban nhân dân tỉnh": the bare organ was read as the text's own province's (Gia Lai, which Bình Định joined
    in 2025), but the document's issuer is the one named with its place; the bare reading is dropped."""
    issued = RelationType.ISSUED_BY.value
    by_source: dict[str, list[int]] = {}
    for k, relation in enumerate(out.items):
        if relation.type == issued and relation.evidence is not None:
            by_source.setdefault(relation.source, []).append(k)
    dropped = set()
    for indices in by_source.values():
        if len(indices) < 2:
            continue
        placed, bare = {}, []
        for k in indices:
            reading = _organ_reading(ctx, out.items[k])
            if reading is None:
                continue
            organ, is_placed = reading
            if is_placed:
                placed.setdefault(organ, set()).add(out.items[k].target)
            else:
                bare.append((k, organ))
        dropped.update(k for k, organ in bare if placed.get(organ, set()) - {out.items[k].target})
    if dropped:
        out.drop(dropped)


def _organ_reading(ctx: Context, relation: Relation) -> tuple[str, bool] | None:
    """(organ and level, whether the place is written) of a local organ that issues, as the evidence names it."""
    mentions = [i for i in ctx.bodies_in(relation.evidence.start, relation.evidence.end)
                if ctx.of_found[i].id == relation.target]
    parted = organ_and_place(ctx.of_found[mentions[0]].label) if mentions else None
    if parted is None:
        return None
    organ, place = parted
    surfaces = (" ".join(ctx.view[ctx.found[i].start:ctx.found[i].end].split()).casefold() for i in mentions)
    return organ, any(place.casefold() in surface for surface in surfaces)


def _part_of(ctx: Context, out: Relations) -> None:
    """"khoản 3 Điều 2 Nghị định số 89/2021/NĐ-CP": the provision is part of the document it points into."""
    if not ctx.provisions:
        return  # most texts name no article: no index of every span's start is built for them
    provision = EntityType.PROVISION.value
    by_start = {f.start: i for i, f in enumerate(ctx.found) if f.type != provision}
    for i in ctx.provisions:
        item = ctx.found[i]
        target = by_start.get(item.attributes.get("of_start"))
        if target is None:
            continue
        annex = _annex(ctx, item.end, ctx.found[target].start)
        if annex is not None:
            # "tiểu mục 8 Mục II Chương trình ban hành kèm theo Nghị quyết 281/NQ-CP": the article is in the
            # annexed programme, which the resolution carries.
            out.add(ctx.of_found[i], RelationType.PART_OF.value, annex, item.start, ctx.found[target].end)
        out.add(ctx.of_found[i], RelationType.PART_OF.value, ctx.of_found[target], item.start, ctx.found[target].end)


def _annexed_rules(ctx: Context, out: Relations) -> None:
    """"Quy chế … ban hành kèm theo Thông tư số 06/2024/TT-BGDĐT": the named rules are part of the document that
    carries them (graph.find_annexed notes where it is named)."""
    for i in ctx.docs:
        carrier = ctx.carrier(i)
        if carrier is not None:
            out.add(ctx.of_found[i], RelationType.PART_OF.value, ctx.of_found[carrier], ctx.found[i].start,
                    ctx.found[carrier].end)


_OWN_ISSUER = re.compile(r"[\s,]*của\s")


@cache
def _head_title_re() -> re.Pattern:
    return re.compile(rf"(?:(?:{relate_lexicon.alternation('proposer')})\s+)?")


def _listed_issuers(ctx: Context, out: Relations) -> None:
    """"các Nghị định của Chính phủ: số 78/2025/NĐ-CP …; số 187/2025/NĐ-CP …": the body named before the
    colon issued every listed document (graph.find_documents notes its span as `of_issuer`)."""
    for i in ctx.docs:
        span = ctx.found[i].attributes.get("of_issuer")
        if span is None:
            continue
        if _OWN_ISSUER.match(ctx.view, ctx.found[i].end):
            continue  # "…: số 810/QĐ-UBND ngày 06/6/2025 của Chủ tịch UBND tỉnh Bắc Giang" names its own
        bodies = ctx.bodies_in(span[0], span[1])
        # The issuer opens the span ("của Thủ tướng Chính phủ về phê duyệt quy hoạch …: Quyết định số …"), or
        # its head's title does ("các Thông tư của Bộ trưởng Bộ Tài chính gồm: …").
        if bodies and _head_title_re().fullmatch(ctx.view, span[0], ctx.found[bodies[0]].start):
            out.add(ctx.of_found[i], RelationType.ISSUED_BY.value, ctx.of_found[bodies[0]], span[0], ctx.found[i].end)


@cache
def _annexed_re() -> re.Pattern:
    phrases = lexicon.type_phrases()
    alternation = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"\s*(?:của\s+)?(?P<type>{alternation})\s+(?:được\s+)?ban hành kèm theo\s+", re.IGNORECASE)


def _annex(ctx: Context, start: int, end: int) -> Entity | None:
    """The one document of the type named in "<type> ban hành kèm theo <document>" between a provision and
    the document it points into."""
    match = _annexed_re().fullmatch(ctx.view, start, end)
    if match is None:
        return None
    doc_type = lexicon.type_of_phrase()[match.group("type").lower()]
    # Named by that very word: "Quy chế ban hành kèm theo Quyết định 190-QĐ/TW" is no "Quy định 365-QĐ/TW",
    # though both are regulations.
    phrase = match.group("type").lower()
    entities = {ctx.of_found[i].id: ctx.of_found[i] for i in ctx.docs
                if ctx.found[i].type == doc_type and ctx.of_found[i].label.lower().startswith(phrase)}
    return next(iter(entities.values())) if len(entities) == 1 else None


# The head of an amending document's name, up to the first document it names: "Luật sửa đổi, bổ sung một số điều của".
_AMENDING_HEAD = re.compile(r"\w+(?: \w+)? sửa đổi, bổ sung(?: một số điều)?(?: của)? +$", re.IGNORECASE)
_AND = re.compile(r" *(?:,|và) *")


def _amended_in_name(ctx: Context, out: Relations) -> None:
    """"Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức": the amending law amends
    every law its name joins, the last one too."""
    docs, found = ctx.docs, ctx.found
    for k, i in enumerate(docs):
        item = found[i]
        if k + 1 == len(docs) or found[docs[k + 1]].start >= item.end:
            continue  # holds no other document: the common case
        inner = []
        for j in ctx.docs[k + 1:k + 6]:
            if ctx.found[j].start >= item.end:
                break
            if ctx.found[j].end <= item.end and (not inner or ctx.found[j].start >= ctx.found[inner[-1]].end):
                inner.append(j)
        if len(inner) < 2 or not _AMENDING_HEAD.fullmatch(ctx.view, item.start, ctx.found[inner[0]].start):
            continue
        for previous, following in zip(inner, inner[1:]):
            if not _AND.fullmatch(ctx.view, ctx.found[previous].end, ctx.found[following].start):
                break
            for target in (previous, following):
                out.add(ctx.of_found[i], "amends", ctx.of_found[target], item.start, item.end)


def _congress_of_named(ctx: Context, out: Relations) -> None:
    """"Nghị quyết Đại hội XIII", "Nghị quyết Hội nghị Trung ương 11 khoá XIII": a document named by the congress
    or plenum that made it."""
    for i in ctx.docs:
        item = ctx.found[i]
        if item.kind != "named":
            continue
        maker = EntityType.CONGRESS.value if "congress" in item.attributes else \
            EntityType.PLENUM.value if "plenum" in item.attributes else None
        if maker is not None:
            for body in ctx.bodies_in(item.start, item.end):
                if ctx.found[body].type == maker:
                    out.add(ctx.of_found[i], RelationType.ISSUED_BY.value, ctx.of_found[body], item.start, item.end)


_TRAILING_DIGITS = re.compile(r"\d+$")
_BODY = EntityType.BODY.value
_ISSUED_BY = RelationType.ISSUED_BY.value


def inferred_issuers(entities: list[Entity]) -> tuple[list[Entity], list[Relation]]:
    """Issuers a State symbol names by its suffix (`NĐ-CP` → Chính phủ), marked inferred."""
    from .keys import body_key

    codes = lexicon.symbol_issuers()
    by_key = None  # built on the first issuer found: most texts name none
    new_entities: list[Entity] = []
    relations: list[Relation] = []
    for entity in entities:
        symbol = entity.attributes.get("symbol")
        if not symbol or "/" not in symbol:
            continue
        # The code after the symbol's last "-" or "/", its trailing digits dropped.
        code = _TRAILING_DIGITS.sub("", symbol[max(symbol.rfind("-"), symbol.rfind("/")) + 1:])
        body = codes.get(code)
        if body is None:
            continue
        if by_key is None:
            by_key = {e.key: e for e in entities}
        key = body_key(body)
        target = by_key.get(key)
        if target is None:
            target = Entity(id=f"e{len(entities) + len(new_entities) + 1}", type=_BODY, label=body, key=key)
            by_key[key] = target
            new_entities.append(target)
        relations.append(Relation(entity.id, _ISSUED_BY, target.id, None, inferred=True))
    return new_entities, relations
