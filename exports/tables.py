"""Tables for graph tools: GraphML (Gephi, Cytoscape) and node-link JSON.

GraphML holds scalars only, so lists become `; `-joined strings and evidence becomes its first quote and a
count; text from documents is stripped of the control characters XML 1.0 forbids.
"""
from __future__ import annotations

import json
import re
from typing import Any, TextIO

import networkx as nx

_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _scalar(value: Any) -> str | int | float | bool:
    if isinstance(value, bool) or isinstance(value, (int, float)):
        return value
    if isinstance(value, (list, tuple, set)):
        return "; ".join(_scalar(v) if not isinstance(v, dict) else v.get("quote", "") for v in value)
    return _XML_FORBIDDEN.sub(" ", "" if value is None else str(value))


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with scalar attributes only, every key typed consistently (strings unless always numeric)."""
    flat = nx.MultiDiGraph()
    node_keys = sorted({k for _, data in graph.nodes(data=True) for k in data})
    for node, data in graph.nodes(data=True):
        attrs = {k: _scalar(data.get(k, "")) for k in node_keys if k != "mentions"}
        attrs["mentions"] = int(data.get("mentions", 0))
        flat.add_node(node, **attrs)
    for source, target, key, data in graph.edges(keys=True, data=True):
        evidence = data.get("evidence") or []
        flat.add_edge(source, target, key=key, type=data["type"], inferred=bool(data.get("inferred")),
                      evidence_count=len(evidence),
                      quote=_scalar(evidence[0]["quote"] if evidence else ""),
                      source_text=_scalar(evidence[0]["source"] if evidence else ""))
    return flat


def write_graphml(graph: nx.MultiDiGraph, path_or_file) -> None:
    nx.write_graphml(flat_graph(graph), path_or_file, encoding="utf-8")


def write_json(graph: nx.MultiDiGraph, output: TextIO) -> None:
    data = nx.node_link_data(graph, edges="links")
    json.dump(data, output, ensure_ascii=False, indent=1)
    output.write("\n")
