"""Table formats of `vbkg export`: one registry, one module per format family.

    graphml, gexf   exports.xmlgraph   (Gephi, Cytoscape, igraph; scalars only, XML-clean)
    csv, neo4j      exports.csvtables  (folders: nodes.csv + edges.csv; neo4j-admin import headers)
    json, jsonl     exports.jsongraph  (node-link graph; one edge per line)

A format is a stream (written to a file or standard output) or a folder (several files).
"""
from __future__ import annotations

import importlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterable


@dataclass(frozen=True)
class TableFormat:
    name: str
    function: str         # "module:function" inside exports, imported on first use (the CLI starts fast)
    folder: bool = False  # writes several files into a folder
    text: bool = False    # the writer takes a text stream (else bytes)
    description: str = ""

    @property
    def writer(self) -> Callable:
        module, _, function = self.function.partition(":")
        return getattr(importlib.import_module(f"exports.{module}"), function)


FORMATS: dict[str, TableFormat] = {f.name: f for f in (
    TableFormat("graphml", "xmlgraph:write_graphml", description="GraphML for Gephi, Cytoscape, igraph"),
    TableFormat("gexf", "xmlgraph:write_gexf", description="GEXF for Gephi, coloured by type"),
    TableFormat("csv", "csvtables:write_csv_folder", folder=True, description="folder: nodes.csv, edges.csv"),
    TableFormat("json", "jsongraph:write_json", text=True, description="node-link JSON (networkx, d3)"),
    TableFormat("jsonl", "jsongraph:write_jsonl", text=True, description="JSON Lines, one edge per line"),
    TableFormat("neo4j", "csvtables:write_neo4j_folder", folder=True,
                description="folder for neo4j-admin database import"),
)}


def _no_progress(items: Iterable, label: str) -> Iterable:
    return items


def write_stream(fmt: str, graph, output: BinaryIO, progress=_no_progress) -> None:
    spec = FORMATS[fmt]
    if spec.text:
        wrapper = io.TextIOWrapper(output, encoding="utf-8", newline="\n")
        spec.writer(graph, wrapper, progress)
        wrapper.flush()
        wrapper.detach()
    else:
        spec.writer(graph, output, progress)


def write_folder(fmt: str, graph, folder: str | Path, progress=_no_progress) -> list[Path]:
    return FORMATS[fmt].writer(graph, folder, progress)


def write_graphml(graph, path_or_file) -> None:
    FORMATS["graphml"].writer(graph, path_or_file)


def write_json(graph, output) -> None:
    FORMATS["json"].writer(graph, output)
