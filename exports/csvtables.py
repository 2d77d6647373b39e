"""CSV folders: `nodes.csv` + `edges.csv` for pandas and spreadsheets, and the `neo4j-admin database import`
layout (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed columns such as `date:date`).

Text is written as stored (quotes and offsets stay exact); only the Neo4j files fold line breaks into spaces,
because `neo4j-admin` rejects multi-line fields unless told otherwise.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Callable, Iterable

import networkx as nx

from .flatten import EDGE_COLUMNS, LIST_SEPARATOR, NO_OFFSET, NODE_COLUMNS, edge_rows, node_rows

Progress = Callable[[Iterable, str], Iterable]


def _no_progress(items: Iterable, label: str) -> Iterable:
    return items


def _cell(value):
    if isinstance(value, bool):
        return str(value).lower()
    return "" if value == NO_OFFSET and not isinstance(value, str) else value


def write_csv_folder(graph: nx.MultiDiGraph, folder: str | Path, progress: Progress = _no_progress) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, columns, rows in (("nodes.csv", NODE_COLUMNS, node_rows(graph)),
                                ("edges.csv", EDGE_COLUMNS, edge_rows(graph))):
        path = folder / name
        with open(path, "w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=list(columns))
            writer.writeheader()
            for row in progress(rows, name):
                writer.writerow({k: _cell(v) for k, v in row.items()})
        written.append(path)
    return written


# Neo4j header: our column → (header field, value formatter). Types follow the neo4j-admin import manual.
_ONE_LINE = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")


def _text(value) -> str:
    return _ONE_LINE.sub(" ", str(value))


def _array(value: str) -> str:
    return ";".join(_text(v) for v in value.split(LIST_SEPARATOR)) if value else ""


NEO4J_NODE_HEADER = {
    "id": "iri:ID", "label": "label", "type": "type", "symbol": "symbol", "number": "number",
    "date": "date:date", "term": "term", "title": "title", "key": "key", "mentions": "mentions:int",
    "texts": "texts:int", "sources": "sources:string[]",
}
NEO4J_EDGE_HEADER = {
    "source": ":START_ID", "target": ":END_ID", "relation": ":TYPE", "inferred": "inferred:boolean",
    "evidence_count": "evidence_count:int", "quote": "quote", "evidence_source": "evidence_source",
    "evidence_start": "evidence_start:int", "evidence_end": "evidence_end:int", "sources": "sources:string[]",
}
NEO4J_COMMAND = "neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j"


def neo4j_labels(entity_type: str) -> str:
    """`Entity` on every node plus its type, and `Document` on documents and programs (Cypher-friendly)."""
    from graph.types import is_document_like

    labels = ["Entity", entity_type]
    try:
        if is_document_like(entity_type):
            labels.insert(1, "Document")
    except ValueError:
        pass
    return ";".join(labels)


def write_neo4j_folder(graph: nx.MultiDiGraph, folder: str | Path, progress: Progress = _no_progress) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    nodes_path, edges_path = folder / "nodes.csv", folder / "relationships.csv"
    with open(nodes_path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(list(NEO4J_NODE_HEADER.values()) + [":LABEL"])
        for row in progress(node_rows(graph), "nodes.csv"):
            values = []
            for name, header in NEO4J_NODE_HEADER.items():
                value = row[name]
                values.append(_array(value) if header.endswith("[]") else _text(value))
            writer.writerow(values + [neo4j_labels(row["type"])])
    with open(edges_path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(list(NEO4J_EDGE_HEADER.values()))
        for row in progress(edge_rows(graph), "relationships.csv"):
            values = []
            for name, header in NEO4J_EDGE_HEADER.items():
                value = row[name]
                if name == "relation":
                    value = value.upper()  # Cypher's convention for relationship types: ISSUED_BY
                else:
                    value = _cell(value)
                values.append(_array(value) if header.endswith("[]") else _text(value))
            writer.writerow(values)
    return [nodes_path, edges_path]
