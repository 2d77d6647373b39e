"""RDF serialisations of the store: Turtle, N-Triples, N-Quads, TriG and RDF/XML by Oxigraph's own
serialisers (fast, streaming), JSON-LD by exports.jsonld with a compact, readable context.

Triple formats (ttl, nt, xml, jsonld) hold the union of all texts' graphs (a triple stated by several texts
appears once); quad formats (nq, trig) keep one named graph per source text. Statements are sorted by
subject, so Turtle and TriG group each subject's properties together and two exports of the same store are
byte-identical.
"""
from __future__ import annotations

from typing import BinaryIO, Iterable, Iterator

import pyoxigraph
from pyoxigraph import NamedNode, Quad, RdfFormat, Triple

from graph.store import Store
from ontology.vocabulary import PREFIXES, RDF, RDFS, VBKG, instance_prefixes

# Format name on the command line → (Oxigraph format or None for our JSON-LD writer, holds named graphs).
FORMATS = {
    "ttl": (RdfFormat.TURTLE, False),
    "nt": (RdfFormat.N_TRIPLES, False),
    "xml": (RdfFormat.RDF_XML, False),
    "jsonld": (None, False),
    "nq": (RdfFormat.N_QUADS, True),
    "trig": (RdfFormat.TRIG, True),
}

# Provenance classes left out by --no-evidence, with every statement about their instances.
_PROVENANCE_CLASSES = ("Evidence", "Mention", "SourceText")
_TYPE = RDF + "type"
# Within a subject: its type first, then its label, then the rest by IRI.
_PREDICATE_ORDER = {_TYPE: "0", RDFS + "label": "1"}


def _provenance_nodes(store: Store) -> set[str]:
    rows = store.query(f"SELECT DISTINCT ?n WHERE {{ VALUES ?c {{ {' '.join(f'<{VBKG}{c}>' for c in _PROVENANCE_CLASSES)} }} ?n a ?c }}")
    return {row["n"].value for row in rows}


def _without_provenance(quads: Iterable[Quad], nodes: set[str]) -> Iterator[Quad]:
    mentioned_in = VBKG + "mentionedIn"
    for quad in quads:
        if quad.subject.value in nodes or quad.predicate.value == mentioned_in:
            continue
        yield quad


def _rebased(quads: Iterable[Quad], old: str, new: str) -> Iterator[Quad]:
    """The same statements with every IRI under the store's base moved under another base."""
    def move(term):
        if isinstance(term, NamedNode) and term.value.startswith(old):
            return NamedNode(new + term.value[len(old):])
        return term
    for quad in quads:
        yield Quad(move(quad.subject), quad.predicate, move(quad.object), move(quad.graph_name))


def _sort_key(statement) -> tuple:
    graph = getattr(statement, "graph_name", None)
    return (str(graph) if graph is not None else "", str(statement.subject),
            _PREDICATE_ORDER.get(statement.predicate.value, "2") + statement.predicate.value, str(statement.object))


def statements(store: Store, *, evidence: bool = True, quads: bool = False, base: str | None = None) -> list:
    """What an export writes: quads (or the deduplicated union of triples), sorted, optionally rebased."""
    data: Iterable[Quad] = store.quads()
    if not evidence:
        data = _without_provenance(data, _provenance_nodes(store))
    if base and base != store.base:
        data = _rebased(data, store.base, base)
    if quads:
        return sorted(data, key=_sort_key)
    return sorted({quad.triple for quad in data}, key=_sort_key)


def prefixes_for(data: list, base: str) -> dict[str, str]:
    iris = (s.subject.value for s in data if isinstance(s.subject, NamedNode))
    return PREFIXES | instance_prefixes(iris, base)


def write_rdf(store: Store, fmt: str, output: BinaryIO, *, evidence: bool = True, base: str | None = None) -> None:
    rdf_format, has_graphs = FORMATS[fmt]
    base = base or store.base
    data = statements(store, evidence=evidence, quads=has_graphs, base=base)
    prefixes = prefixes_for(data, base)
    if rdf_format is None:
        from .jsonld import write_jsonld

        write_jsonld(data, output, base=base, prefixes=prefixes)
        return
    kwargs = {"prefixes": prefixes} if rdf_format not in (RdfFormat.N_TRIPLES, RdfFormat.N_QUADS) else {}
    pyoxigraph.serialize(data, output, rdf_format, **kwargs)
