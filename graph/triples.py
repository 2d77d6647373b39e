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

from pyoxigraph import Literal, NamedNode, Quad

from ontology.vocabulary import (DEFAULT_BASE, RDF, RDFS, VBKG, XSD, evidence_iri, iri_for_key, mention_iri,
                                 relation_iri, source_iri)

from .model import Extraction

_TYPE = NamedNode(RDF + "type")
_LABEL = NamedNode(RDFS + "label")
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


def _v(local: str) -> NamedNode:
    return NamedNode(VBKG + local)


def extraction_quads(extraction: Extraction, base: str = DEFAULT_BASE) -> list[Quad]:
    text = extraction.text
    sid = source_id(text.source)
    graph = NamedNode(source_iri(sid, base))
    quads: list[Quad] = []

    def add(s, p, o):
        quads.append(Quad(s, p, o, graph))

    add(graph, _TYPE, _v("SourceText"))
    add(graph, _v("path"), Literal(text.source if text.source == "-" else os.path.abspath(text.source)))
    add(graph, _LABEL, Literal(Path(text.source).name))
    add(graph, _v("sha256"), Literal(text.sha256))
    add(graph, _v("characters"), Literal(str(len(text.content)), datatype=NamedNode(XSD + "integer")))
    headline = _headline(text.content)
    if headline:
        add(graph, _v("headline"), Literal(headline, language="vi"))

    iri_of = {}
    for position, entity in enumerate(extraction.entities, start=1):
        node = NamedNode(iri_for_key(entity.key, base))
        iri_of[entity.id] = node
        add(node, _TYPE, _v(str(entity.type)))
        add(node, _LABEL, Literal(entity.label, language="vi"))
        add(node, _v("key"), Literal(entity.key))
        for name, local in _DATATYPE_ATTRIBUTES.items():
            value = entity.attributes.get(name)
            if value:
                add(node, _v(local), Literal(str(value)))
        date = entity.attributes.get("date")
        if date:
            try:
                dt.date.fromisoformat(date)
                add(node, _v("date"), Literal(date, datatype=NamedNode(XSD + "date")))
            except ValueError:
                pass
        if entity.attributes.get("self"):
            add(graph, _v("describes"), node)
        if entity.mentions:
            add(node, _v("mentionedIn"), graph)
            mention = NamedNode(mention_iri(sid, position, base))
            add(mention, _TYPE, _v("Mention"))
            add(mention, _v("entity"), node)
            add(mention, _v("source"), graph)
            add(mention, _v("count"), Literal(str(len(entity.mentions)), datatype=NamedNode(XSD + "integer")))
            for surface in sorted({m.text for m in entity.mentions}):
                add(mention, _v("surface"), Literal(surface, language="vi"))

    for index, relation in enumerate(extraction.relations):
        subject, obj = iri_of[relation.source], iri_of[relation.target]
        predicate = NamedNode(relation_iri(relation.type))
        add(subject, predicate, obj)
        evidence = NamedNode(evidence_iri(sid, index + 1, base))
        add(evidence, _TYPE, _v("Evidence"))
        add(evidence, _v("subject"), subject)
        add(evidence, _v("predicate"), predicate)
        add(evidence, _v("object"), obj)
        add(evidence, _v("source"), graph)
        if relation.inferred:
            add(evidence, _v("inferred"), Literal("true", datatype=NamedNode(XSD + "boolean")))
        if relation.evidence is not None:
            integer = NamedNode(XSD + "integer")
            add(evidence, _v("start"), Literal(str(relation.evidence.start), datatype=integer))
            add(evidence, _v("end"), Literal(str(relation.evidence.end), datatype=integer))
            add(evidence, _v("quote"), Literal(relation.evidence.text, language="vi"))
    return quads
