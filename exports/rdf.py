"""RDF serialisations of the store, written by Oxigraph's own serialisers (fast, streaming)."""
from __future__ import annotations

from typing import BinaryIO

import pyoxigraph
from pyoxigraph import RdfFormat

from graph.store import Store
from ontology.vocabulary import PREFIXES

# Format name on the command line → (Oxigraph format, holds named graphs).
FORMATS = {
    "ttl": (RdfFormat.TURTLE, False),
    "nt": (RdfFormat.N_TRIPLES, False),
    "xml": (RdfFormat.RDF_XML, False),
    "nq": (RdfFormat.N_QUADS, True),
    "trig": (RdfFormat.TRIG, True),
}


def write_rdf(store: Store, fmt: str, output: BinaryIO) -> None:
    """Triple formats get the union of all texts' graphs (duplicates removed); quad formats keep the graphs."""
    rdf_format, has_graphs = FORMATS[fmt]
    if has_graphs:
        data = store.quads()
    else:
        data = {quad.triple for quad in store.quads()}
    prefixes = PREFIXES | {"id": store.base}
    kwargs = {"prefixes": prefixes} if rdf_format not in (RdfFormat.N_TRIPLES, RdfFormat.N_QUADS) else {}
    pyoxigraph.serialize(data, output, rdf_format, **kwargs)
