"""What the HTML view draws, as plain JSON-ready data: nodes with positions and styles, edges, legends.

Kept apart from the page template so it can be tested and measured without a browser.
"""
from __future__ import annotations

import math
import os
import re
from collections import Counter, defaultdict
from functools import lru_cache

import networkx as nx

from graph.normalise import fold  # the page's search box folds what is typed the same way

from .layout import positions

DOCUMENT_TYPES = ("Resolution", "Conclusion", "Regulation", "Directive", "Decision", "Decree", "Circular", "Law",
                  "Ordinance", "Constitution", "Guidance", "Notice", "Report", "OtherDocument")
# Colour and shape by entity type: documents are dots, programmes diamonds, bodies squares, events stars.
TYPE_STYLES = {
    "Resolution": ("#d62728", "dot"), "Conclusion": ("#9467bd", "dot"), "Regulation": ("#8c564b", "dot"),
    "Directive": ("#e377c2", "dot"), "Decision": ("#bcbd22", "dot"), "Decree": ("#ff7f0e", "dot"),
    "Circular": ("#dbdb8d", "dot"), "Law": ("#17becf", "dot"), "Ordinance": ("#9edae5", "dot"),
    "Constitution": ("#393b79", "dot"), "Guidance": ("#c49c94", "dot"), "Notice": ("#f7b6d2", "dot"),
    "Report": ("#c5b0d5", "dot"), "OtherDocument": ("#aaaaaa", "dot"),
    "Program": ("#2ca02c", "diamond"), "Plan": ("#98df8a", "diamond"), "Project": ("#637939", "diamond"),
    "Strategy": ("#b5cf6b", "diamond"),
    "Body": ("#1f77b4", "square"), "Congress": ("#e6550d", "star"), "Plenum": ("#fd8d3c", "star"),
    "Person": ("#7f7f7f", "triangle"), "Provision": ("#c7c7c7", "triangleDown"),
}
FALLBACK_STYLE = ("#999999", "dot")
RELATION_COLOURS = {
    "issued_by": "#1f77b4", "implements": "#2ca02c", "reviews": "#8c564b", "amends": "#ff7f0e",
    "replaces": "#d62728", "repeals": "#7f0000", "guides": "#17becf", "based_on": "#9467bd",
    "part_of": "#aaaaaa", "advises": "#e377c2", "cites": "#bcbd22",
}
FALLBACK_RELATION_COLOUR = "#666666"
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


@lru_cache(maxsize=65536)
def display_path(path: str) -> str:
    """A source path as the reader knows it: relative when it lies under the working folder."""
    if not os.path.isabs(path):
        return path
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def year_of(data: dict) -> int | None:
    if data.get("date"):
        return int(data["date"][:4])
    match = _YEAR.search(data.get("symbol") or "")
    return int(match.group(1)) if match else None


def issuers_of(graph: nx.MultiDiGraph, node) -> list[str]:
    return sorted(graph.nodes[target].get("label", str(target))
                  for _, target, key in graph.out_edges(node, keys=True) if key == "issued_by")


def view_data(graph: nx.MultiDiGraph) -> dict:
    """Nodes, edges and legends of the page; node and edge ids are indices into these lists."""
    where = positions(graph)
    index = {node: i for i, node in enumerate(graph)}
    degree = dict(graph.degree())
    nodes = []
    for node, data in graph.nodes(data=True):
        kind = data.get("type", "")
        colour, shape = TYPE_STYLES.get(kind, FALLBACK_STYLE)
        label = data.get("label") or str(node)
        issuers = issuers_of(graph, node)
        info = {
            "id": index[node], "iri": str(node), "type": kind, "label": label,
            "short": data.get("symbol") or _shorten(label),
            "x": where[node][0], "y": where[node][1], "color": colour, "shape": shape,
            "size": round(min(8 + 4 * math.sqrt(degree[node]), 40), 1),
            "issuers": issuers, "year": year_of(data), "sources": [display_path(p) for p in data.get("sources", [])],
            "mentions": data.get("mentions", 0),
            "fold": fold(" ".join(filter(None, [label, data.get("symbol"), data.get("title")]))),
        }
        for name in ("symbol", "number", "date", "term", "title", "key"):
            if data.get(name):
                info[name] = str(data[name])
        nodes.append(info)
    edges, parallel = [], Counter()
    for source, target, key, data in graph.edges(keys=True, data=True):
        pair = (min(index[source], index[target]), max(index[source], index[target]))
        edges.append({
            "id": len(edges), "from": index[source], "to": index[target], "rel": key,
            "color": RELATION_COLOURS.get(key, FALLBACK_RELATION_COLOUR), "inferred": bool(data.get("inferred")),
            "bend": parallel[pair],
            "evidence": [{"source": display_path(e.get("source", "")), "quote": e.get("quote", "")}
                         for e in data.get("evidence", [])],
        })
        parallel[pair] += 1
    types = Counter(n["type"] for n in nodes)
    relations = Counter(e["rel"] for e in edges)
    issuer_counts = Counter(name for n in nodes for name in n["issuers"])
    years = [n["year"] for n in nodes if n["year"] is not None]
    return {
        "nodes": nodes, "edges": edges,
        "types": [{"name": t, "count": types[t], "color": TYPE_STYLES.get(t, FALLBACK_STYLE)[0],
                   "shape": TYPE_STYLES.get(t, FALLBACK_STYLE)[1]} for t in _ordered(types, TYPE_STYLES)],
        "relations": [{"name": r, "count": relations[r], "color": RELATION_COLOURS.get(r, FALLBACK_RELATION_COLOUR)}
                      for r in _ordered(relations, RELATION_COLOURS)],
        "issuers": [{"name": name, "count": count} for name, count in sorted(issuer_counts.items(),
                                                                             key=lambda i: (-i[1], i[0]))],
        "years": [min(years), max(years)] if years else None,
    }


def _ordered(counts: Counter, known: dict) -> list[str]:
    order = {name: i for i, name in enumerate(known)}
    return sorted(counts, key=lambda name: (order.get(name, len(order)), name))


def _shorten(label: str, limit: int = 32) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def sources_of(graph: nx.MultiDiGraph) -> list[str]:
    found = defaultdict(int)
    for _, data in graph.nodes(data=True):
        for source in data.get("sources", []):
            found[source] += 1
    return sorted(found)
