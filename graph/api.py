"""The Python API for notebooks: the same graph the CLI sees, as networkx and rdflib objects.

    from graph.api import load_graph, load_rdf, extract_file

    g = load_graph("vbkg-data")            # networkx.MultiDiGraph (attributes: graph.corpus)
    ds = load_rdf("vbkg-data")             # rdflib.Dataset, one named graph per source text
    ex = extract_file("some-text.txt")     # graph.model.Extraction (dataclasses with spans)
"""
from __future__ import annotations

import os

import networkx as nx

from .corpus import load_graph as _graph_of_store
from .extract import extract, extract_text  # extract_text: a string; offsets index its NFC form
from .load import read_text
from .model import Extraction
from .store import DEFAULT_STORE, Store

__all__ = ["load_graph", "load_rdf", "extract_file", "extract_text", "Extraction"]


def load_graph(store_path: str | os.PathLike = DEFAULT_STORE) -> nx.MultiDiGraph:
    """The whole store as a MultiDiGraph: nodes are entity IRIs, edge keys are relation types."""
    with _reader(store_path) as store:
        return _graph_of_store(store)


def load_rdf(store_path: str | os.PathLike = DEFAULT_STORE, *, union: bool = False):
    """The store as an rdflib `Dataset` (one named graph per source text), or as one `Graph` with `union=True`."""
    import rdflib

    with _reader(store_path) as store:
        if union:
            graph = rdflib.Graph()
            for quad in store.quads():
                graph.add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))
            return graph
        dataset = rdflib.Dataset()
        for quad in store.quads():
            dataset.add((_term(quad.subject), _term(quad.predicate), _term(quad.object), _term(quad.graph_name)))
        return dataset


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _term(term):
    """A pyoxigraph term as the rdflib term of the same value."""
    import pyoxigraph
    import rdflib

    if isinstance(term, pyoxigraph.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return rdflib.Literal(term.value)  # rdflib's plain literal is the same value
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    if isinstance(term, pyoxigraph.DefaultGraph):
        return rdflib.graph.DATASET_DEFAULT_GRAPH_ID
    raise TypeError(f"unexpected RDF term {term!r}")


def extract_file(path: str | os.PathLike) -> Extraction:
    """Extract one text file (`-` for standard input); raises graph.load.LoadError for what is not a text."""
    return extract(read_text(path))



class _reader:
    def __init__(self, store_path):
        self.store = Store(store_path)

    def __enter__(self) -> Store:
        return self.store

    def __exit__(self, *exc) -> None:
        self.store.close()
