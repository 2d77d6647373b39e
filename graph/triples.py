"""One Extraction → the quads of its named graph (the terms are defined in ontology/vbkg.ttl).

Each source text is a named graph `<base>source/<id>` holding:
    the text's node (a vbkg:SourceText: path, sha256, characters, headline, describes)
    each entity it mentions (`<base><kind>/<slug of key>`: type, label@vi, key, symbol, number, date, term,
        title; mentionedIn the text) and a vbkg:Mention `<base>mention/<id>-<n>` (count, surface forms)
    each relation as a plain triple (`doc:… vbkg:issuedBy body:…`), and a vbkg:Evidence node
        `<base>evidence/<id>-<n>` (subject, predicate, object, source, start, end, quote@vi, or inferred true)
No blank nodes: the same text gives the same quads on every run, so exports diff cleanly and a push to a
server replaces exactly what it replaced before.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import Iterator

from pyoxigraph import Literal, NamedNode, Quad

from ontology.vocabulary import (DEFAULT_BASE, RDF, RDFS, VBKG, XSD, evidence_iri, iri_for_key, mention_iri,
                                 relation_iri, source_iri)

from .model import Extraction

_DATATYPE_ATTRIBUTES = {"symbol": "symbol", "number": "number", "term": "term", "title": "title"}


def source_id(source: str) -> str:
    """A text is identified by its absolute path: rebuilding the same file replaces its graph."""
    path = source if source == "-" else os.path.abspath(source)
    return hashlib.sha1(path.encode("utf-8")).hexdigest()[:16]


def _headline(content: str, limit: int = 200) -> str:
    """The first non-empty line: a news article's headline, a legal text's first header line."""
    for line in content.splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= limit else line[:limit - 1] + "…"
    return ""


class _Objects:
    """Terms as pyoxigraph objects: statements become `Quad`s (exports, SPARQL updates)."""

    iri = NamedNode

    @staticmethod
    def literal(value: str, language: str | None = None, datatype: str | None = None) -> Literal:
        if datatype:
            return Literal(value, datatype=NamedNode(datatype))
        return Literal(value, language=language) if language else Literal(value)

    @staticmethod
    def statement(s, p, o, graph) -> Quad:
        return Quad(s, p, o, graph)


def _escape(value: str) -> str:
    # N-Quads STRING_LITERAL_QUOTE: only `"`, `\`, LF and CR must be escaped; the rest stays UTF-8.
    if "\\" in value or '"' in value or "\n" in value or "\r" in value:
        value = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return value


class _NQuads:
    """Terms as N-Quads text: statements become lines, with no Python object per term or statement
    (several times cheaper than building `Quad`s and serialising them; the lines parse to the same quads)."""

    @staticmethod
    def iri(value: str) -> str:
        return str(NamedNode(value))  # NamedNode validates the IRI: a bad one fails here, not in the store

    @staticmethod
    def literal(value: str, language: str | None = None, datatype: str | None = None) -> str:
        if datatype:
            return f'"{_escape(value)}"^^<{datatype}>'
        return f'"{_escape(value)}"@{language}' if language else f'"{_escape(value)}"'

    @staticmethod
    def statement(s, p, o, graph) -> str:
        return f"{s} {p} {o} {graph} .\n"


def extraction_quads(extraction: Extraction, base: str = DEFAULT_BASE) -> list[Quad]:
    """The quads of one text's named graph."""
    return list(_statements(extraction, base, _Objects))


def extraction_nquads(extraction: Extraction, base: str = DEFAULT_BASE) -> bytes:
    """The same quads as `extraction_quads`, as N-Quads (UTF-8): what the store's bulk loader reads."""
    return "".join(_statements(extraction, base, _NQuads)).encode("utf-8")


def _statements(extraction: Extraction, base: str, terms) -> Iterator:
    """Every statement of one text's named graph, made by `terms` (_Objects or _NQuads)."""
    iri, literal, v = terms.iri, terms.literal, _vocabulary(terms)
    text = extraction.text
    sid = source_id(text.source)
    graph = iri(source_iri(sid, base))

    def st(s, p, o):
        return terms.statement(s, p, o, graph)

    yield st(graph, v.type, v["SourceText"])
    yield st(graph, v["path"], literal(text.source if text.source == "-" else os.path.abspath(text.source)))
    yield st(graph, v.label, literal(Path(text.source).name))
    yield st(graph, v["sha256"], literal(text.sha256))
    yield st(graph, v["characters"], literal(str(len(text.content)), datatype=_INTEGER))
    headline = _headline(text.content)
    if headline:
        yield st(graph, v["headline"], literal(headline, language="vi"))

    iri_of = {}
    for position, entity in enumerate(extraction.entities, start=1):
        node = iri(iri_for_key(entity.key, base))
        iri_of[entity.id] = node
        yield st(node, v.type, v[str(entity.type)])
        yield st(node, v.label, literal(entity.label, language="vi"))
        yield st(node, v["key"], literal(entity.key))
        for name, local in _DATATYPE_ATTRIBUTES.items():
            value = entity.attributes.get(name)
            if value:
                yield st(node, v[local], literal(str(value)))
        date = entity.attributes.get("date")
        if date:
            try:
                dt.date.fromisoformat(date)
                yield st(node, v["date"], literal(date, datatype=XSD + "date"))
            except ValueError:
                pass
        if entity.attributes.get("self"):
            yield st(graph, v["describes"], node)
        if entity.mentions:
            yield st(node, v["mentionedIn"], graph)
            mention = iri(mention_iri(sid, position, base))
            yield st(mention, v.type, v["Mention"])
            yield st(mention, v["entity"], node)
            yield st(mention, v["source"], graph)
            yield st(mention, v["count"], literal(str(len(entity.mentions)), datatype=_INTEGER))
            for surface in sorted({m.text for m in entity.mentions}):
                yield st(mention, v["surface"], literal(surface, language="vi"))

    for index, relation in enumerate(extraction.relations):
        subject, obj = iri_of[relation.source], iri_of[relation.target]
        predicate = v.relation(relation.type)
        yield st(subject, predicate, obj)
        evidence = iri(evidence_iri(sid, index + 1, base))
        yield st(evidence, v.type, v["Evidence"])
        yield st(evidence, v["subject"], subject)
        yield st(evidence, v["predicate"], predicate)
        yield st(evidence, v["object"], obj)
        yield st(evidence, v["source"], graph)
        if relation.inferred:
            yield st(evidence, v["inferred"], literal("true", datatype=XSD + "boolean"))
        if relation.evidence is not None:
            yield st(evidence, v["start"], literal(str(relation.evidence.start), datatype=_INTEGER))
            yield st(evidence, v["end"], literal(str(relation.evidence.end), datatype=_INTEGER))
            yield st(evidence, v["quote"], literal(relation.evidence.text, language="vi"))


_INTEGER = XSD + "integer"


class _Vocabulary(dict):
    """The vocabulary's terms made once per term factory: `v["path"]` is vbkg:path, `v.type` rdf:type."""

    def __init__(self, terms) -> None:
        super().__init__()
        self.terms = terms
        self.type = terms.iri(RDF + "type")
        self.label = terms.iri(RDFS + "label")
        self.relations: dict = {}

    def __missing__(self, local: str):
        self[local] = made = self.terms.iri(VBKG + local)
        return made

    def relation(self, relation_type: str):
        if relation_type not in self.relations:
            self.relations[relation_type] = self.terms.iri(relation_iri(relation_type))
        return self.relations[relation_type]


_VOCABULARIES: dict = {}


def _vocabulary(terms) -> _Vocabulary:
    if terms not in _VOCABULARIES:
        _VOCABULARIES[terms] = _Vocabulary(terms)
    return _VOCABULARIES[terms]
