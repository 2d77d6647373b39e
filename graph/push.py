"""Copy the store to a SPARQL 1.1 server through the Graph Store HTTP Protocol.

Each source text's named graph is sent with `PUT <endpoint>?graph=<iri>`, which replaces that graph on the
server: pushing twice leaves the server as after one push. Graphs the server holds for texts no longer in
the store are left alone, unless `prune` is asked for: it lists the server's named graphs through its SPARQL
query endpoint and deletes (`DELETE <endpoint>?graph=<iri>`) those under the store's source-graph namespace
(`<base>source/`) that the store no longer holds; no other graph is touched.

Endpoints (the Graph Store endpoint, not the query endpoint):
    Oxigraph   http://HOST:7878/store                               query: http://HOST:7878/query
    Fuseki     http://HOST:3030/DATASET/data                        query: http://HOST:3030/DATASET/query
    GraphDB    http://HOST:7200/repositories/REPO/rdf-graphs/service query: http://HOST:7200/repositories/REPO
"""
from __future__ import annotations

import io
import socket
import urllib.error
import urllib.parse
import urllib.request
from typing import Callable

import pyoxigraph
from pyoxigraph import RdfFormat

from ontology.vocabulary import source_iri

from .sparql import QueryError, run_remote
from .store import Store


def graph_url(endpoint: str, graph_iri: str) -> str:
    separator = "&" if urllib.parse.urlparse(endpoint).query else "?"
    return f"{endpoint}{separator}{urllib.parse.urlencode({'graph': graph_iri})}"


def _put(url: str, body: bytes, timeout: float) -> None:
    request = urllib.request.Request(url, data=body, method="PUT",
                                     headers={"Content-Type": "application/n-triples; charset=utf-8"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        response.read()


def push(store: Store, endpoint: str, *, timeout: float = 120.0,
         on_graph: Callable[[str, int], None] | None = None) -> tuple[int, int]:
    """PUT every named graph of the store; returns (graphs, triples) sent. Errors raise QueryError (exit 1)."""
    graphs = triples = 0
    for graph in store.graphs():
        buffer = io.BytesIO()
        statements = [quad.triple for quad in store.graph_quads(graph)]
        pyoxigraph.serialize(statements, buffer, RdfFormat.N_TRIPLES)
        try:
            _put(graph_url(endpoint, graph.value), buffer.getvalue(), timeout)
        except urllib.error.HTTPError as error:
            detail = " ".join(error.read().decode("utf-8", "replace").split())[:300]
            hint = " (is this the Graph Store endpoint? Oxigraph: …/store, Fuseki: …/DATASET/data)" \
                if error.code in (404, 405) else ""
            raise QueryError(f"{endpoint}: HTTP {error.code} on graph {graph.value}: {detail or error.reason}{hint}",
                             1) from None
        except (urllib.error.URLError, socket.timeout, ConnectionError) as error:
            reason = getattr(error, "reason", error)
            raise QueryError(f"{endpoint}: cannot reach the Graph Store endpoint ({reason})", 1) from None
        graphs += 1
        triples += len(statements)
        if on_graph:
            on_graph(graph.value, len(statements))
    return graphs, triples


# -- prune: remove the server's graphs of texts no longer in the store --------------------------------------

_QUERY_PATHS = (("/rdf-graphs/service", ""), ("/store", "/query"), ("/data", "/query"))


def default_query_endpoint(endpoint: str) -> str | None:
    """The query endpoint beside a Graph Store endpoint of Oxigraph, Fuseki or GraphDB; None if unknown."""
    parsed = urllib.parse.urlparse(endpoint)
    for suffix, replacement in _QUERY_PATHS:
        if parsed.path.endswith(suffix):
            return parsed._replace(path=parsed.path[: -len(suffix)] + replacement, query="").geturl()
    return None


def server_graphs(query_endpoint: str, timeout: float = 120.0) -> list[str]:
    # `GRAPH ?g {}` names every named graph of the dataset without reading their statements
    rows = run_remote(query_endpoint, "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }", timeout=timeout)
    return [row["g"].value for row in rows if isinstance(row["g"], pyoxigraph.NamedNode)]


def prune(store: Store, endpoint: str, query_endpoint: str, *, timeout: float = 120.0,
          on_graph: Callable[[str], None] | None = None) -> int:
    """Delete on the server the graphs under the store's source namespace that the store does not hold;
    returns how many. Errors raise QueryError (exit 1)."""
    namespace = source_iri("", store.base)
    kept = {graph.value for graph in store.graphs()}
    stale = sorted(g for g in server_graphs(query_endpoint, timeout) if g.startswith(namespace) and g not in kept)
    for graph in stale:
        request = urllib.request.Request(graph_url(endpoint, graph), method="DELETE")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as error:
            if error.code != 404:  # 404: already gone, which is what was wanted
                detail = " ".join(error.read().decode("utf-8", "replace").split())[:300]
                raise QueryError(f"{endpoint}: HTTP {error.code} deleting graph {graph}: {detail or error.reason}",
                                 1) from None
        except (urllib.error.URLError, socket.timeout, ConnectionError) as error:
            reason = getattr(error, "reason", error)
            raise QueryError(f"{endpoint}: cannot reach the Graph Store endpoint ({reason})", 1) from None
        if on_graph:
            on_graph(graph)
    return len(stale)
