"""The corpus graph: everything in the store as one `networkx.MultiDiGraph`.

Entities from different texts merge by IRI (identity keys → IRIs, see graph.keys), so the same document
named in ten texts is one node.

Node attributes (node id = the entity IRI):
    type       entity type of the contract ("Conclusion", "Body", …)
    label      canonical Vietnamese label
    key        identity key
    symbol, number, date (ISO string), term, title   when known
    sources    list of source-text paths that mention the entity
    mentions   total number of mentions over all texts

Edge attributes (key = relation type; one edge per relation type and pair, evidence gathered):
    type       relation type of the contract ("issued_by", …)
    inferred   True when no text states it (e.g. issuer implied by a symbol's suffix)
    evidence   list of {"source", "start", "end", "quote"} dicts, one per stating text
"""
from __future__ import annotations

import networkx as nx

from ontology.vocabulary import PROPERTY_RELATIONS, RDFS, VBKG

from .store import Store

# The union of all texts' graphs repeats an entity's statements once per text that mentions it, and the
# union default graph keeps those repeats: joining them would multiply rows (k texts → k^n rows). Matching
# inside one graph at a time gives one row per entity and text; DISTINCT folds the texts together.
_ENTITIES = f"""
PREFIX vbkg: <{VBKG}> PREFIX rdfs: <{RDFS}>
SELECT DISTINCT ?e ?type ?label ?key ?symbol ?number ?date ?term ?title WHERE {{
  GRAPH ?g {{
    ?e vbkg:key ?key ; a ?t ; rdfs:label ?label .
    OPTIONAL {{ ?e vbkg:symbol ?symbol }} OPTIONAL {{ ?e vbkg:number ?number }}
    OPTIONAL {{ ?e vbkg:date ?date }} OPTIONAL {{ ?e vbkg:term ?term }} OPTIONAL {{ ?e vbkg:title ?title }}
  }}
  BIND(STRAFTER(STR(?t), STR(vbkg:)) AS ?type)
}} ORDER BY ?e ?g"""

_MENTIONS = f"""
PREFIX vbkg: <{VBKG}>
SELECT ?e ?path ?count WHERE {{ ?m a vbkg:Mention ; vbkg:entity ?e ; vbkg:source ?g ; vbkg:count ?count .
  ?g vbkg:path ?path }}"""

_EDGES = f"""
PREFIX vbkg: <{VBKG}>
SELECT ?s ?p ?o ?path ?start ?end ?quote ?inferred WHERE {{
  ?ev a vbkg:Evidence ; vbkg:subject ?s ; vbkg:predicate ?p ; vbkg:object ?o ; vbkg:source ?g .
  ?g vbkg:path ?path .
  OPTIONAL {{ ?ev vbkg:start ?start ; vbkg:end ?end ; vbkg:quote ?quote }}
  OPTIONAL {{ ?ev vbkg:inferred ?inferred }}
}} ORDER BY ?path ?start"""


def _value(term):
    return None if term is None else term.value


def load_graph(store: Store) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for row in store.query(_ENTITIES):
        node = row["e"].value
        if node in graph:
            continue  # a label stated differently in two texts: the first one (by query order) is kept
        attrs = {"type": row["type"].value, "label": row["label"].value, "key": row["key"].value,
                 "sources": [], "mentions": 0}
        for name in ("symbol", "number", "date", "term", "title"):
            if row[name] is not None:
                attrs[name] = row[name].value
        graph.add_node(node, **attrs)
    for row in store.query(_MENTIONS):
        node = row["e"].value
        if node in graph:
            graph.nodes[node]["sources"].append(row["path"].value)
            graph.nodes[node]["mentions"] += int(row["count"].value)
    for attrs in graph.nodes.values():
        attrs["sources"].sort()
    for row in store.query(_EDGES):
        source, target = row["s"].value, row["o"].value
        relation = PROPERTY_RELATIONS[row["p"].value.removeprefix(VBKG)]
        inferred = _value(row["inferred"]) == "true"
        if not graph.has_edge(source, target, key=relation):
            graph.add_edge(source, target, key=relation, type=relation, inferred=inferred, evidence=[])
        edge = graph.edges[source, target, relation]
        edge["inferred"] = edge["inferred"] and inferred
        if row["quote"] is not None:
            edge["evidence"].append({"source": row["path"].value, "start": int(row["start"].value),
                                     "end": int(row["end"].value), "quote": row["quote"].value})
    return graph
