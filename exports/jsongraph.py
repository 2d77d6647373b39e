"""JSON for programs: networkx node-link (the whole graph, lists and evidence kept) and JSON Lines of edges
(one self-contained relation per line, for streaming into jq, pandas or a database)."""
from __future__ import annotations

import json
from typing import Callable, Iterable, TextIO

import networkx as nx

from .output import json_line

Progress = Callable[[Iterable, str], Iterable]


def _no_progress(items: Iterable, label: str) -> Iterable:
    return items


def write_json(graph: nx.MultiDiGraph, output: TextIO, progress: Progress = _no_progress) -> None:
    data = nx.node_link_data(graph, edges="links")
    json.dump(data, output, ensure_ascii=False, indent=1)
    output.write("\n")


def edge_records(graph: nx.MultiDiGraph) -> Iterable[dict]:
    nodes = graph.nodes
    for source, target, data in graph.edges(data=True):
        yield {
            "source": source, "source_label": nodes[source].get("label"), "source_type": nodes[source].get("type"),
            "relation": data.get("type"),
            "target": target, "target_label": nodes[target].get("label"), "target_type": nodes[target].get("type"),
            "inferred": bool(data.get("inferred")), "evidence": data.get("evidence") or [],
        }


def write_jsonl(graph: nx.MultiDiGraph, output: TextIO, progress: Progress = _no_progress) -> None:
    for record in progress(edge_records(graph), "Edges"):
        output.write(json_line(record))
        output.write("\n")
