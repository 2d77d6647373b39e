"""Resolve mentions into entities: one entity per thing a text talks about, with all its mentions."""
from __future__ import annotations

from .find import Found
from .keys import body_key, document_key, event_key
from .model import Entity, Mention
from .types import EntityType


def key_of(found: Found) -> str:
    attrs = found.attributes
    if found.type == EntityType.BODY.value:
        return body_key(found.label)
    if found.type in (EntityType.CONGRESS.value, EntityType.PLENUM.value):
        return event_key(found.type, found.label)
    if found.type == EntityType.PROVISION.value:
        return "provision:" + found.label.lower()
    return document_key(found.type, attrs.get("symbol"), attrs.get("number"), attrs.get("date"),
                        name=found.label if found.kind == "named" else None)


def resolve(content: str, found: list[Found]) -> tuple[list[Entity], dict[int, Entity]]:
    """Group found spans into entities; short forms ("Kết luận 118") join the full reference of the text.

    Returns the entities in order of first mention and a map from each Found's index to its entity.
    """
    full_by_number: dict[tuple[str, str], list[Found]] = {}
    for item in found:
        if item.kind == "reference":
            full_by_number.setdefault((item.type, item.attributes["number"]), []).append(item)

    entities: dict[str, Entity] = {}
    of_found: dict[int, Entity] = {}
    for index, item in enumerate(found):
        canonical = item
        if item.kind == "short":
            candidates = {f.attributes.get("symbol") for f in full_by_number.get((item.type, item.attributes["number"]), [])}
            if len(candidates) == 1:
                canonical = full_by_number[(item.type, item.attributes["number"])][0]
        key = key_of(canonical)
        if key.startswith("doc:") and "@" not in key:
            # A dated mention elsewhere in the text gives an undated one its year.
            dated = [f for f in full_by_number.get((canonical.type, canonical.attributes.get("number")), [])
                     if f.attributes.get("date") and f.attributes.get("symbol") == canonical.attributes.get("symbol")]
            if dated:
                key = key_of(dated[0])
        entity = entities.get(key)
        if entity is None:
            entity = Entity(id=f"e{len(entities) + 1}", type=canonical.type, label=canonical.label, key=key,
                            attributes={k: v for k, v in canonical.attributes.items() if not k.startswith("of_")})
            entities[key] = entity
        for name, value in item.attributes.items():
            if not name.startswith("of_") and value and not entity.attributes.get(name):
                entity.attributes[name] = value
        entity.mentions.append(Mention(item.start, item.end, content[item.start:item.end]))
        of_found[index] = entity
    for entity in entities.values():
        entity.mentions = sorted(set(entity.mentions))
    return list(entities.values()), of_found
