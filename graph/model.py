"""The extraction model: small dataclasses with spans, and their JSON form (the contract of DESIGN.md)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Text:
    """One source text, decoded and NFC-normalised; every offset in vbkg indexes `content`."""

    source: str
    content: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content.encode("utf-8")).hexdigest()


@dataclass(frozen=True, order=True)
class Mention:
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Entity:
    """A document, program, body, congress, plenum, person or provision found in one text.

    `key` is the identity key (see graph.keys) that merges the same entity across texts;
    `attributes` holds symbol, number, date, term, title, issuer hints and the like.
    """

    id: str
    type: str
    label: str
    key: str
    attributes: dict[str, Any] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)

    def to_json(self, iri: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "type": str(self.type), "label": self.label, "key": self.key}
        if iri:
            out["iri"] = iri
        for name in ("symbol", "number", "date"):
            out[name] = self.attributes.get(name)
        for name, value in sorted(self.attributes.items()):
            if name not in out and value is not None:
                out[name] = value
        out["mentions"] = [m.to_json() for m in sorted(self.mentions)]
        return out


@dataclass
class Relation:
    source: str
    type: str
    target: str
    evidence: Mention | None = None
    inferred: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source, "type": str(self.type), "target": self.target}
        if self.evidence is not None:
            out["evidence"] = self.evidence.to_json()
        if self.inferred:
            out["inferred"] = True
        return out


@dataclass
class Extraction:
    """Everything found in one text."""

    text: Text
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def entity(self, entity_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def to_json(self, iri_of=None) -> dict[str, Any]:
        """The JSON contract; `iri_of(entity)` gives each entity's IRI when the caller knows the base."""
        return {
            "source": self.text.source,
            "sha256": self.text.sha256,
            "entities": [e.to_json(iri_of(e) if iri_of else None) for e in self.entities],
            "relations": [r.to_json() for r in self.relations],
        }
