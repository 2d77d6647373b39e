"""The five foundation commands, through CliRunner and as a real subprocess of the installed `vbkg`."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from cli import main
from graph.store import Store

VBKG = str(Path(sys.executable).with_name("vbkg"))


def run(*args, input=None):
    return CliRunner().invoke(main, list(map(str, args)), input=input, catch_exceptions=False)


def quads_of(store_path):
    store = Store(store_path)
    try:
        # Blank nodes get fresh names on every write: compare them by their content, not their label.
        return sorted(str(q) if not str(q).startswith("_:") else str(q).split(" ", 1)[1] for q in store.quads())
    finally:
        store.close()


def test_extract_prints_the_json_contract(seed_text):
    result = run("extract", "--format", "json", seed_text)
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["source"] == str(seed_text)
    kl39 = next(e for e in data["entities"] if e.get("symbol") == "39-KL/TW")
    assert kl39["type"] == "Conclusion" and kl39["date"] == "2022-07-18" and kl39["iri"].startswith("http")
    assert all({"start", "end", "text"} <= set(m) for e in data["entities"] for m in e["mentions"])
    ids = {e["id"] for e in data["entities"]}
    assert all(r["source"] in ids and r["target"] in ids for r in data["relations"])


def test_extract_reads_stdin_and_writes_jsonl(seed_text):
    result = run("extract", "--format", "jsonl", "-", input=seed_text.read_bytes())
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["source"] == "-"


def test_build_then_stats_show_documents_and_bodies(seed_text, tmp_path):
    store = tmp_path / "store"
    assert run("build", seed_text.parent, "--store", store).exit_code == 0
    result = run("stats", "--store", store)
    assert result.exit_code == 0
    assert "1 texts" in result.output and "Body" in result.output and "Conclusion" in result.output


def test_build_twice_stores_exactly_the_same_quads(seed_text, tmp_path):
    store = tmp_path / "store"
    run("build", seed_text.parent, "--store", store)
    first = quads_of(store)
    run("build", seed_text.parent, "--store", store)
    assert quads_of(store) == first


def test_a_changed_text_replaces_its_own_contribution(seed_text, tmp_path):
    text = tmp_path / "texts" / "a.txt"
    text.parent.mkdir()
    text.write_text("Bộ Chính trị ban hành Kết luận số 39-KL/TW ngày 18/7/2022.", encoding="utf-8")
    store = tmp_path / "store"
    run("build", text.parent, "--store", store)
    text.write_text("Ban Bí thư ban hành Quy định số 57-QĐ/TW ngày 08/02/2022.", encoding="utf-8")
    run("build", text.parent, "--store", store)
    exported = run("export", "--format", "nt", "--store", store).output
    assert "57-QĐ/TW" in exported and "39-KL/TW" not in exported


def test_bad_inputs_are_named_on_one_line_and_the_rest_still_goes_in(seed_text, tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    shutil.copy(seed_text, texts / "good.txt")
    (texts / "empty.txt").write_bytes(b"")
    (texts / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 20)
    (texts / "latin.txt").write_bytes("Nghị quyết".encode("utf-8") + b"\xff\xfe\xfa bad")
    store = tmp_path / "store"
    result = subprocess.run([VBKG, "build", str(texts), str(tmp_path / "missing"), "--store", str(store)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert any("empty.txt: empty file" in line for line in errors)
    assert any("binary.txt: binary file" in line for line in errors)
    assert any("latin.txt: not UTF-8" in line for line in errors)
    assert any("missing: no such file or folder" in line for line in errors)
    assert "Traceback" not in result.stderr
    assert "1 texts" in run("stats", "--store", store).output


def test_nothing_to_build_exits_2(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = subprocess.run([VBKG, "build", str(empty), "--store", str(tmp_path / "s")], capture_output=True, text=True)
    assert result.returncode == 2
    assert "no texts" in result.stderr and "Traceback" not in result.stderr


def test_stats_on_a_missing_store_is_one_clear_line(tmp_path):
    result = subprocess.run([VBKG, "stats", "--store", str(tmp_path / "nowhere")], capture_output=True, text=True)
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "no vbkg store" in result.stderr


def test_store_from_the_environment(seed_text, tmp_path, monkeypatch):
    monkeypatch.setenv("VBKG_STORE", str(tmp_path / "env-store"))
    assert run("build", seed_text).exit_code == 0
    assert (tmp_path / "env-store").is_dir()


def test_a_second_writer_gets_a_clear_message(seed_text, tmp_path):
    store_path = tmp_path / "store"
    holder = Store(store_path, write=True)
    try:
        result = subprocess.run([VBKG, "build", str(seed_text), "--store", str(store_path)],
                                capture_output=True, text=True)
        assert result.returncode != 0
        assert "being written by" in result.stderr and "Traceback" not in result.stderr
    finally:
        holder.close()


def test_exports_read_back(seed_text, tmp_path):
    import rdflib

    store = tmp_path / "store"
    run("build", seed_text, "--store", store)
    run("export", "--format", "ttl", "-o", tmp_path / "g.ttl", "--store", store)
    run("export", "--format", "graphml", "-o", tmp_path / "g.graphml", "--store", store)
    run("export", "--format", "json", "-o", tmp_path / "g.json", "--store", store)
    rdf = rdflib.Graph().parse(tmp_path / "g.ttl")
    assert any("39-KL/TW" in str(o) for o in rdf.objects())
    graphml = nx.read_graphml(tmp_path / "g.graphml")
    assert any(d.get("symbol") == "39-KL/TW" for _, d in graphml.nodes(data=True))
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == graphml.number_of_nodes()


def test_viz_writes_an_html_page(seed_text, tmp_path):
    store = tmp_path / "store"
    run("build", seed_text, "--store", store)
    assert run("viz", "-o", tmp_path / "g.html", "--store", store).exit_code == 0
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert "39-KL/TW" in page and "<html" in page


@pytest.mark.parametrize("command", ["extract", "build", "stats", "export", "viz"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example" in result.output
