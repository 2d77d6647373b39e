"""SHACL validation of a store against ontology/shapes.ttl, with pyshacl.

The store's union graph is handed to rdflib through Oxigraph's N-Triples serialiser and rdflib's N-Triples
parser (a line-based parser, fast enough for a corpus), never quad by quad through Python objects.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from importlib import resources

import pyoxigraph
import rdflib
from rdflib.namespace import SH

from graph.store import Store


@dataclass(frozen=True, order=True)
class Violation:
    shape: str
    focus: str
    path: str
    value: str
    message: str


def _bundled(name: str) -> rdflib.Graph:
    text = resources.files("ontology").joinpath(name).read_text(encoding="utf-8")
    return rdflib.Graph().parse(data=text, format="turtle")


def shapes_graph() -> rdflib.Graph:
    return _bundled("shapes.ttl")


def ontology_graph() -> rdflib.Graph:
    return _bundled("vbkg.ttl")


def union_graph(store: Store) -> rdflib.Graph:
    buffer = io.BytesIO()
    pyoxigraph.serialize({quad.triple for quad in store.quads()}, buffer, pyoxigraph.RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=buffer.getvalue().decode("utf-8"), format="nt")


def _short(term, graph: rdflib.Graph) -> str:
    if term is None:
        return ""
    if isinstance(term, rdflib.URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except Exception:  # an IRI no prefix fits
            return str(term)
    if isinstance(term, rdflib.BNode):
        return "[" + " / ".join(_short(t, graph) for t in graph.items(term)) + "]" if graph.value(term, rdflib.RDF.first) else "_:"
    return str(term)


def validate(data: rdflib.Graph) -> list[Violation]:
    """Every violation of the shapes in `data`, sorted; an empty list for a well-formed graph."""
    from pyshacl import validate as shacl

    shapes = shapes_graph()
    # The ontology rides along so that sh:class sees vbkg:Law ⊑ vbkg:Document (pyshacl mixes it in a copy).
    _, report, _ = shacl(data, shacl_graph=shapes, ont_graph=ontology_graph(), advanced=True, allow_warnings=True)
    for prefix, namespace in shapes.namespaces():
        report.bind(prefix, namespace, override=False)
    for prefix, namespace in data.namespaces():
        report.bind(prefix, namespace, override=False)
    violations = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        message = report.value(result, SH.resultMessage)
        shape = report.value(result, SH.sourceShape)
        node_shape = next((s for s in shapes.subjects(SH.property, shape)), shape)
        violations.append(Violation(
            shape=_short(node_shape, report) if isinstance(node_shape, rdflib.URIRef) else "",
            focus=_short(report.value(result, SH.focusNode), report),
            path=_short(report.value(result, SH.resultPath), report),
            value=_short(report.value(result, SH.value), report),
            message=str(message or report.value(result, SH.sourceConstraintComponent)),
        ))
    return sorted(set(violations))


def validate_store(store: Store) -> list[Violation]:
    data = union_graph(store)
    data.bind("vbkg", "https://w3id.org/vbkg/ontology#")
    from ontology.vocabulary import instance_prefixes
    for prefix, namespace in instance_prefixes((str(s) for s in data.subjects()), store.base).items():
        data.bind(prefix, namespace)
    return validate(data)
