"""Relations between the entities of one text, each with the span of text that states it."""
from __future__ import annotations

import re

from . import lexicon
from .find import Found
from .model import Entity, Mention, Relation
from .types import DOCUMENT_TYPES, ISSUER_TYPES, PROGRAM_TYPES, EntityType, RelationType

_DOCUMENTS = {t.value for t in DOCUMENT_TYPES | PROGRAM_TYPES}
_ISSUERS = {t.value for t in ISSUER_TYPES}
_OF = re.compile(r"^\s?,?\s?(?:của|do)\s+$")
_ISSUES = re.compile(r"^\s+(?:đã\s+|vừa\s+)?(?:ký\s+)?ban hành\s+$")
_SENTENCE_END = re.compile(r"[.;!?\n]")


def _evidence(content: str, start: int, end: int) -> Mention:
    return Mention(start, end, content[start:end])


def relate(content: str, found: list[Found], of_found: dict[int, Entity], view: str) -> list[Relation]:
    relations: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()

    def add(source: Entity, rel: RelationType, target: Entity, start: int, end: int, inferred=False):
        key = (source.id, rel.value, target.id)
        if source.id == target.id or key in seen:
            return
        seen.add(key)
        relations.append(Relation(source.id, rel.value, target.id,
                                  None if inferred else _evidence(content, start, end), inferred))

    order = sorted(range(len(found)), key=lambda i: found[i].start)
    for position, index in enumerate(order):
        item, entity = found[index], of_found[index]
        following = [order[j] for j in range(position + 1, min(position + 3, len(order)))]
        for next_index in following:
            nxt, nxt_entity = found[next_index], of_found[next_index]
            between = view[item.end:nxt.start]
            # "Kết luận số 39-KL/TW của Bộ Chính trị", "… do Ban Bí thư ban hành"
            if item.type in _DOCUMENTS and nxt.type in _ISSUERS and _OF.match(between):
                add(entity, RelationType.ISSUED_BY, nxt_entity, item.start, nxt.end)
            # "Bộ Chính trị ban hành Kết luận số 39-KL/TW"
            if item.type in _ISSUERS and nxt.type in _DOCUMENTS and _ISSUES.match(between):
                add(nxt_entity, RelationType.ISSUED_BY, entity, item.start, nxt.end)
        if item.type == EntityType.PROVISION.value:
            target_index = next(i for i, f in enumerate(found) if f.start == item.attributes["of_start"]
                                and f.type != EntityType.PROVISION.value)
            add(entity, RelationType.PART_OF, of_found[target_index], item.start, found[target_index].end)
        if item.kind == "named" and "congress" in item.attributes:
            for other_index, other in enumerate(found):
                if other.type == EntityType.CONGRESS.value and item.start <= other.start < item.end:
                    add(entity, RelationType.ISSUED_BY, of_found[other_index], item.start, item.end)
    relations += _triggered(content, view, found, of_found, seen)
    return relations


def _triggered(content, view, found, of_found, seen) -> list[Relation]:
    """"… cụ thể hóa … Nghị quyết X": the nearest document before the trigger, in the same sentence,
    relates to the document right after it."""
    out: list[Relation] = []
    triggers = lexicon.relation_triggers()
    pattern = re.compile("|".join(re.escape(t.phrase) for t in triggers), re.IGNORECASE)
    by_phrase = {t.phrase: t for t in triggers}
    docs = sorted((f.start, i) for i, f in enumerate(found) if f.type in _DOCUMENTS)
    for match in pattern.finditer(view):
        trigger = by_phrase.get(match.group(0).lower())
        if trigger is None:
            continue
        after = [i for s, i in docs if match.end() <= s <= match.end() + 40]
        before = [i for s, i in docs if found[i].end <= match.start()]
        if not after or not before:
            continue
        target_i, source_i = after[0], before[-1]
        if _SENTENCE_END.search(view, found[source_i].end, match.start()):
            continue
        source, target = of_found[source_i], of_found[target_i]
        key = (source.id, trigger.relation, target.id)
        if source.id == target.id or key in seen:
            continue
        seen.add(key)
        start, end = found[source_i].start, found[target_i].end
        out.append(Relation(source.id, trigger.relation, target.id, _evidence(content, start, end)))
    return out


def inferred_issuers(entities: list[Entity]) -> tuple[list[Entity], list[Relation]]:
    """Issuers a State symbol names by its suffix (`NĐ-CP` → Chính phủ), marked inferred."""
    from .keys import body_key

    codes = lexicon.symbol_issuers()
    by_key = {e.key: e for e in entities}
    new_entities: list[Entity] = []
    relations: list[Relation] = []
    for entity in entities:
        symbol = entity.attributes.get("symbol")
        if not symbol or "/" not in symbol:
            continue
        code = re.split(r"[-/]", symbol)[-1]
        code = re.sub(r"\d+$", "", code)
        body = codes.get(code)
        if body is None:
            continue
        key = body_key(body)
        target = by_key.get(key)
        if target is None:
            target = Entity(id=f"e{len(entities) + len(new_entities) + 1}", type=EntityType.BODY.value,
                            label=body, key=key)
            by_key[key] = target
            new_entities.append(target)
        relations.append(Relation(entity.id, RelationType.ISSUED_BY.value, target.id, None, inferred=True))
    return new_entities, relations
