"""JSON-LD with a compact context a web developer can read: `{"id": "doc:39-kl-tw-2022", "type": "Conclusion",
"label": "Kết luận số 39-KL/TW", "issuedBy": "body:bo-chinh-tri", "date": "2022-07-18"}`.

Each term of the context says how its values read (an IRI, a Vietnamese string, an xsd:date, a number), so
the common case is a bare JSON value; anything that does not fit its term's coercion is written as a full
value object, so expanding the document (any JSON-LD processor) gives back exactly the triples written.
"""
from __future__ import annotations

import json
from typing import BinaryIO, Iterable

from pyoxigraph import BlankNode, Literal, NamedNode

from ontology.vocabulary import RDF, RDFS, RELATION_PROPERTIES, VBKG, XSD

_IRI, _VI, _DATE, _INTEGER, _BOOLEAN, _STRING = "iri", "vi", "date", "integer", "boolean", "string"

# Term → (property IRI, how its values read). Every vbkg property, under its own local name.
TERMS: dict[str, tuple[str, str]] = {
    "label": (RDFS + "label", _VI),
    **{local: (VBKG + local, _IRI) for local in RELATION_PROPERTIES.values()},
    **{local: (VBKG + local, _IRI) for local in
       ("describes", "mentionedIn", "entity", "source", "subject", "predicate", "object")},
    **{local: (VBKG + local, _STRING) for local in ("symbol", "number", "term", "title", "key", "path", "sha256")},
    **{local: (VBKG + local, _VI) for local in ("headline", "surface", "quote")},
    **{local: (VBKG + local, _INTEGER) for local in ("characters", "count", "start", "end")},
    "date": (VBKG + "date", _DATE),
    "inferred": (VBKG + "inferred", _BOOLEAN),
}
_TERM_OF = {iri: (term, kind) for term, (iri, kind) in TERMS.items()}


def context(prefixes: dict[str, str]) -> dict:
    ctx: dict = {"@vocab": VBKG, "id": "@id", "type": "@type"}
    ctx.update({prefix: namespace for prefix, namespace in prefixes.items() if prefix not in TERMS})
    for term, (iri, kind) in TERMS.items():
        definition: dict = {"@id": _compact(iri, prefixes)}
        if kind == _IRI:
            definition["@type"] = "@id"
        elif kind == _VI:
            definition["@language"] = "vi"
        elif kind == _DATE:
            definition["@type"] = "xsd:date"
        ctx[term] = definition
    return ctx


def _compact(iri: str, prefixes: dict[str, str]) -> str:
    best = max((p for p, ns in prefixes.items() if iri.startswith(ns) and len(iri) > len(ns)),
               key=lambda p: len(prefixes[p]), default=None)
    return f"{best}:{iri[len(prefixes[best]):]}" if best else iri


def _node_id(term, prefixes) -> str:
    return f"_:{term.value}" if isinstance(term, BlankNode) else _compact(term.value, prefixes)


def _fits(literal: Literal, kind: str) -> bool:
    datatype = literal.datatype.value
    if kind == _VI:
        return literal.language == "vi"
    if kind == _DATE:
        return datatype == XSD + "date"
    if kind == _STRING:
        return datatype == XSD + "string" and literal.language is None
    if kind == _INTEGER:
        return datatype == XSD + "integer" and literal.value.lstrip("-").isdigit() and str(int(literal.value)) == literal.value
    if kind == _BOOLEAN:
        return datatype == XSD + "boolean" and literal.value in ("true", "false")
    return False


def _bare(literal: Literal, kind: str):
    if kind == _INTEGER:
        return int(literal.value)
    if kind == _BOOLEAN:
        return literal.value == "true"
    return literal.value


def _value_object(term, prefixes) -> dict:
    if not isinstance(term, Literal):
        return {"@id": _node_id(term, prefixes)}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype.value == XSD + "string":
        return {"@value": term.value}
    return {"@value": term.value, "@type": _compact(term.datatype.value, prefixes)}


def _entry(predicate: str, obj, prefixes) -> tuple[str, object]:
    """The key and JSON value of one statement within its subject's node object."""
    if predicate == RDF + "type" and isinstance(obj, NamedNode):
        value = obj.value[len(VBKG):] if obj.value.startswith(VBKG) and "/" not in obj.value[len(VBKG):] \
            else _compact(obj.value, prefixes)
        return "type", value
    term, kind = _TERM_OF.get(predicate, (None, None))
    if term is not None:
        if kind == _IRI and not isinstance(obj, Literal):
            return term, _node_id(obj, prefixes)
        if isinstance(obj, Literal) and _fits(obj, kind):
            return term, _bare(obj, kind)
        return _compact(predicate, prefixes), _value_object(obj, prefixes)
    return _compact(predicate, prefixes), _value_object(obj, prefixes)


def document(triples: Iterable, *, prefixes: dict[str, str]) -> dict:
    """One JSON-LD document: the context and a node object per subject, in the order the triples come."""
    prefixes = {p: ns for p, ns in prefixes.items() if p not in TERMS and p not in ("id", "type")}
    nodes: dict[str, dict] = {}
    for triple in triples:
        subject = _node_id(triple.subject, prefixes)
        node = nodes.setdefault(subject, {"id": subject})
        key, value = _entry(triple.predicate.value, triple.object, prefixes)
        if key in node:
            if not isinstance(node[key], list):
                node[key] = [node[key]]
            node[key].append(value)
        else:
            node[key] = value
    return {"@context": context(prefixes), "@graph": list(nodes.values())}


def write_jsonld(triples: Iterable, output: BinaryIO, *, base: str, prefixes: dict[str, str]) -> None:
    doc = document(triples, prefixes=prefixes)
    output.write(json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
    output.write(b"\n")
