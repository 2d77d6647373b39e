"""Table exports read back by the programs researchers use: networkx, igraph, pandas, csv, json; Neo4j's
import headers checked against the neo4j-admin format; control characters from scraped text survive as
valid XML."""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from cli import main
from exports.xmlgraph import type_colour
from graph.api import load_graph

VBKG = str(Path(sys.executable).with_name("vbkg"))


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)


def export(store, fmt, output):
    result = run("export", "--format", fmt, "-o", output, "--store", store)
    assert result.exit_code == 0, result.output
    return output


@pytest.fixture(scope="module")
def graph(small_store):
    return load_graph(small_store)


def test_graphml_reads_back_in_networkx_and_igraph(small_store, graph, tmp_path):
    import igraph

    path = export(small_store, "graphml", tmp_path / "g.graphml")
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert any(d["symbol"] == "71-NQ/TW" and d["type"] == "Resolution" for _, d in back.nodes(data=True))
    relations = {d["relation"] for *_, d in back.edges(data=True)}
    assert {"issued_by", "implements"} <= relations
    assert all(isinstance(d["mentions"], int) for _, d in back.nodes(data=True))

    loaded = igraph.Graph.Read_GraphML(str(path))
    assert loaded.vcount() == graph.number_of_nodes() and loaded.ecount() == graph.number_of_edges()
    assert loaded.is_directed()
    assert "Nghị quyết số 281/NQ-CP" in loaded.vs["label"]
    implements = [e for e in loaded.es if e["relation"] == "implements"]
    assert implements and "thực hiện" in implements[0]["quote"]


def test_gexf_reads_back_with_colours_by_type(small_store, graph, tmp_path):
    path = export(small_store, "gexf", tmp_path / "g.gexf")
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    body = next(d for _, d in back.nodes(data=True) if d["label"] == "Chính phủ")
    assert body["type"] == "Body"
    expected = type_colour("Body")
    colour = body["viz"]["color"]
    assert "#%02x%02x%02x" % (colour["r"], colour["g"], colour["b"]) == expected
    decree = next(d for _, d in back.nodes(data=True) if d["type"] == "Decree")
    assert decree["viz"]["color"] != colour  # documents and bodies look different in Gephi
    assert {d["relation"] for *_, d in back.edges(data=True)} >= {"issued_by", "implements"}


def test_csv_folder_reads_back_in_pandas_and_csv(small_store, graph, tmp_path):
    import pandas as pd

    folder = tmp_path / "tables"
    result = run("export", "--format", "csv", "-o", folder, "--store", small_store)
    assert result.exit_code == 0
    nodes = pd.read_csv(folder / "nodes.csv", keep_default_na=False)
    edges = pd.read_csv(folder / "edges.csv", keep_default_na=False)
    assert len(nodes) == graph.number_of_nodes() and len(edges) == graph.number_of_edges()
    assert set(edges["source"]) | set(edges["target"]) <= set(nodes["id"])
    symbol = dict(zip(nodes["id"], nodes["symbol"]))
    implements = edges[edges["relation"] == "implements"]
    pairs = {(symbol[s], symbol[t]) for s, t in zip(implements["source"], implements["target"])}
    assert ("281/NQ-CP", "71-NQ/TW") in pairs
    row = implements.iloc[0]
    source_text = Path(row["evidence_source"]).read_text(encoding="utf-8")
    # The quote is the exact slice of the text at the evidence offsets.
    import unicodedata
    assert unicodedata.normalize("NFC", source_text)[int(row["evidence_start"]):int(row["evidence_end"])] == row["quote"]
    assert nodes["mentions"].dtype.kind == "i"
    with open(folder / "edges.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    inferred = [r for r in rows if r["inferred"] == "true"]
    assert inferred and all(r["quote"] == "" and r["evidence_start"] == "" for r in inferred)


def test_node_link_json_rebuilds_the_same_graph(small_store, graph, tmp_path):
    path = export(small_store, "json", tmp_path / "g.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    back = nx.node_link_graph(data, edges="links")
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert nx.utils.graphs_equal(back, graph)


def test_json_lines_of_edges_stream_to_stdout(small_store, graph):
    result = subprocess.run([VBKG, "export", "--format", "jsonl", "--store", str(small_store)],
                            capture_output=True, text=True, check=True)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == graph.number_of_edges()
    implements = next(line for line in lines if line["relation"] == "implements")
    assert implements["source_label"] == "Nghị quyết số 281/NQ-CP"
    assert implements["evidence"][0]["quote"].startswith("Nghị quyết 281/NQ-CP")
    assert result.stderr == ""  # nothing but data on a pipe


# neo4j-admin import header fields: name:type, with the special :ID, :LABEL, :START_ID, :END_ID, :TYPE.
_NEO4J_TYPES = "int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration"
_NEO4J_FIELD = re.compile(rf"^[A-Za-z_][A-Za-z0-9_]*(:(ID|(?:{_NEO4J_TYPES})(\[\])?))?$|^:(ID|LABEL|START_ID|END_ID|TYPE|IGNORE)$")


def _read(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_neo4j_import_files_follow_the_admin_import_format(small_store, graph, tmp_path):
    import datetime as dt

    folder = tmp_path / "neo4j"
    assert run("export", "--format", "neo4j", "-o", folder, "--store", small_store).exit_code == 0
    nodes, relationships = _read(folder / "nodes.csv"), _read(folder / "relationships.csv")
    for header in (nodes[0], relationships[0]):
        assert all(_NEO4J_FIELD.match(field) for field in header), header
        assert all(len(row) == len(header) for row in (nodes if header is nodes[0] else relationships))
    node_header, rel_header = nodes[0], relationships[0]
    assert sum(f.endswith(":ID") for f in node_header) == 1 and ":LABEL" in node_header
    assert {":START_ID", ":END_ID", ":TYPE"} <= set(rel_header)
    assert "date:date" in node_header and "mentions:int" in node_header

    column = {name: i for i, name in enumerate(node_header)}
    ids = [row[column["iri:ID"]] for row in nodes[1:]]
    assert len(ids) == len(set(ids)) == graph.number_of_nodes()
    dates = [row[column["date:date"]] for row in nodes[1:] if row[column["date:date"]]]
    assert dates and all(dt.date.fromisoformat(d) for d in dates)
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*(;[A-Za-z][A-Za-z0-9_]*)*", row[column[":LABEL"]]) for row in nodes[1:])
    labels_of = {row[column["iri:ID"]]: row[column[":LABEL"]].split(";") for row in nodes[1:]}
    symbol_of = {row[column["iri:ID"]]: row[column["symbol"]] for row in nodes[1:]}
    assert "Document" in labels_of[next(i for i, s in symbol_of.items() if s == "71-NQ/TW")]
    assert "Document" not in labels_of[next(i for i, l in labels_of.items() if "Body" in l)]

    rel = {name: i for i, name in enumerate(rel_header)}
    assert len(relationships) - 1 == graph.number_of_edges()
    for row in relationships[1:]:
        assert row[rel[":START_ID"]] in labels_of and row[rel[":END_ID"]] in labels_of
        assert re.fullmatch(r"[A-Z_]+", row[rel[":TYPE"]])
        assert row[rel["inferred:boolean"]] in ("true", "false")
        assert row[rel["evidence_count:int"]].isdigit()
        assert "\n" not in row[rel["quote"]]
    assert "IMPLEMENTS" in {row[rel[":TYPE"]] for row in relationships[1:]}


def test_a_control_character_in_scraped_text_still_gives_valid_xml(corpus, tmp_path):
    """Real scraped text holds \\x0b; XML 1.0 cannot: GraphML and GEXF must stay readable."""
    import igraph

    from graph.api import extract_text

    original = (corpus / "news" / "toan-van-nghi-quyet-281-nq-cp-thuc-hien-nghi-quyet-71-nq-tw-ve-dot-pha.txt")
    content = original.read_text(encoding="utf-8")
    evidence = next(r.evidence for r in extract_text(content).relations if r.evidence and r.type == "implements")
    middle = evidence.start + evidence.text.index(" ", 5)
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "with-vt.txt").write_text(content[:middle] + "\x0b" + content[middle + 1:], encoding="utf-8")
    store = tmp_path / "store"
    assert run("build", texts, "--store", store).exit_code == 0
    quotes = [e["quote"] for *_, d in load_graph(store).edges(data=True) for e in d["evidence"]]
    assert any("\x0b" in q for q in quotes), "the control character must reach the store for this test to mean anything"

    graphml = export(store, "graphml", tmp_path / "g.graphml")
    gexf = export(store, "gexf", tmp_path / "g.gexf")
    assert b"\x0b" not in graphml.read_bytes() and b"\x0b" not in gexf.read_bytes()
    back = nx.read_graphml(graphml)
    assert any("Nghị quyết 281/NQ-CP thực" in d["quote"] or "thực hiện" in d["quote"] for *_, d in back.edges(data=True))
    assert igraph.Graph.Read_GraphML(str(graphml)).ecount() == back.number_of_edges()
    assert nx.read_gexf(gexf).number_of_nodes() == back.number_of_nodes()
    # JSON keeps the text exactly as stored.
    data = json.loads(export(store, "json", tmp_path / "g.json").read_text(encoding="utf-8"))
    assert any("\x0b" in e["quote"] for link in data["links"] for e in link["evidence"])


def test_a_folder_format_to_stdout_is_a_usage_error(small_store):
    result = subprocess.run([VBKG, "export", "--format", "csv", "--store", str(small_store)],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "-o DIR" in result.stderr and "Traceback" not in result.stderr


def test_quiet_silences_notes_and_verbose_adds_timing(small_store, tmp_path):
    quiet = subprocess.run([VBKG, "--quiet", "export", "--format", "gexf", "-o", str(tmp_path / "q.gexf"),
                            "--store", str(small_store)], capture_output=True, text=True, check=True)
    assert quiet.stderr == "" and (tmp_path / "q.gexf").stat().st_size > 0
    normal = subprocess.run([VBKG, "export", "--format", "gexf", "-o", str(tmp_path / "n.gexf"),
                             "--store", str(small_store)], capture_output=True, text=True, check=True)
    assert normal.stderr.startswith("Wrote ") and " s" not in normal.stderr.split("gexf", 1)[1]
    verbose = subprocess.run([VBKG, "--verbose", "export", "--format", "gexf", "-o", str(tmp_path / "v.gexf"),
                              "--store", str(small_store)], capture_output=True, text=True, check=True)
    assert re.search(r"Wrote .* in \d+\.\d+ s", verbose.stderr)
