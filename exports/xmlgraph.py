"""GraphML (Gephi, Cytoscape, igraph) and GEXF (Gephi, coloured by type), written by networkx from flat rows.

Both hold scalars only, typed the same on every node and edge (see exports.flatten), cleaned of the control
characters XML 1.0 forbids. The node id is the entity IRI; `label` is the Vietnamese label Gephi shows.
"""
from __future__ import annotations

from typing import BinaryIO, Callable, Iterable

import networkx as nx

from .flatten import clean_row, edge_rows, node_rows

Progress = Callable[[Iterable, str], Iterable]


def _no_progress(items: Iterable, label: str) -> Iterable:
    return items


def _flat(graph: nx.MultiDiGraph, progress: Progress) -> nx.MultiDiGraph:
    flat = nx.MultiDiGraph()
    for row in progress(node_rows(graph), "Nodes"):
        row = clean_row(row)
        flat.add_node(row.pop("id"), **row)
    for index, row in enumerate(progress(edge_rows(graph), "Edges")):
        row = clean_row(row)
        source, target = row.pop("source"), row.pop("target")
        flat.add_edge(source, target, key=f"e{index}", label=row["relation"], **row)
    return flat


def write_graphml(graph: nx.MultiDiGraph, output: BinaryIO, progress: Progress = _no_progress) -> None:
    nx.write_graphml(_flat(graph, progress), output, encoding="utf-8")


def type_colour(entity_type: str) -> str:
    """The HTML view's colour for an entity type, so Gephi and the browser agree."""
    from .view_data import FALLBACK_STYLE, TYPE_STYLES

    return TYPE_STYLES.get(entity_type, FALLBACK_STYLE)[0]


def _rgb(colour: str) -> dict[str, float]:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16), "a": 1.0}


def write_gexf(graph: nx.MultiDiGraph, output: BinaryIO, progress: Progress = _no_progress) -> None:
    """GEXF 1.2 with `viz` colours by entity type (the HTML view's palette) and sizes by degree."""
    flat = _flat(graph, progress)
    for node, data in flat.nodes(data=True):
        data["identity_key"] = data.pop("key")  # networkx's GEXF writer reserves `key` for edge keys
        data["viz"] = {"color": _rgb(type_colour(data["type"])),
                       "size": float(10 + 2 * flat.degree(node))}
    for _, _, key, data in flat.edges(keys=True, data=True):
        data["id"] = key  # GEXF reads `type` as directed/undirected: the relation travels as `relation`
    nx.write_gexf(flat, output, encoding="utf-8")
