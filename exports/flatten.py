"""The corpus graph as flat rows of scalars: what every table format (GraphML, GEXF, CSV, Neo4j) is made of.

Graph writers fail on None, lists, dicts and dates, GEXF on one key holding ints on some nodes and strings on
others, and XML writers silently produce unreadable files when a string holds a control character that XML 1.0
forbids (real scraped text has `\\x0b`). So every column here has one fixed type, missing values are "" (or 0),
lists are joined, and `clean` strips the forbidden characters from text headed for XML.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

import networkx as nx

# Column name → type, fixed for every row (the writers declare them from here).
NODE_COLUMNS: dict[str, type] = {
    "id": str, "type": str, "label": str, "symbol": str, "number": str, "date": str, "term": str,
    "title": str, "key": str, "mentions": int, "texts": int, "sources": str,
}
EDGE_COLUMNS: dict[str, type] = {
    "source": str, "target": str, "relation": str, "inferred": bool, "evidence_count": int,
    "quote": str, "evidence_source": str, "evidence_start": int, "evidence_end": int, "sources": str,
}
LIST_SEPARATOR = "; "
# An edge with no quoted evidence (an inferred issuer) has evidence offsets of -1 in typed formats and
# empty cells in CSV.
NO_OFFSET = -1

_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """`text` without the characters XML 1.0 cannot hold (each becomes a space, so offsets stay put)."""
    return _XML_FORBIDDEN.sub(" ", text)


def _typed(value: Any, kind: type) -> Any:
    if kind is int:
        return int(value or 0)
    if kind is bool:
        return bool(value)
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)


def node_row(node: str, data: dict) -> dict[str, Any]:
    row = {name: _typed(data.get(name), kind) for name, kind in NODE_COLUMNS.items()}
    row["id"] = str(node)
    row["texts"] = len(data.get("sources") or ())
    return row


def edge_row(source: str, target: str, data: dict) -> dict[str, Any]:
    evidence = data.get("evidence") or []
    first = evidence[0] if evidence else {}
    sources = sorted({item["source"] for item in evidence})
    row = {
        "source": source, "target": target, "relation": data.get("type", ""),
        "inferred": data.get("inferred"), "evidence_count": len(evidence), "quote": first.get("quote"),
        "evidence_source": first.get("source"), "evidence_start": first.get("start", -1),
        "evidence_end": first.get("end", -1), "sources": sources,
    }
    return {name: _typed(row[name], kind) for name, kind in EDGE_COLUMNS.items()}


def node_rows(graph: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    for node, data in graph.nodes(data=True):
        yield node_row(node, data)


def edge_rows(graph: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    for source, target, data in graph.edges(data=True):
        yield edge_row(source, target, data)


def clean_row(row: dict[str, Any]) -> dict[str, Any]:
    return {name: clean(value) if isinstance(value, str) else value for name, value in row.items()}
