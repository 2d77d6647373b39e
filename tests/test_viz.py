"""`vbkg viz` without a browser: selection (--focus and filters), the page's data, size limits, the CLI."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from exports.focus import FocusError, Selection, find_entities, select
from exports.html import render_html
from exports.synthetic import corpus_like
from exports.view_data import fold
from graph.corpus import load_graph
from graph.store import Store

ROOT = Path(__file__).resolve().parent.parent


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)


def page_data(page: str) -> dict:
    raw = re.search(r'<script id="vbkg-data" type="application/json">(.*?)</script>', page, re.S).group(1)
    return json.loads(raw)


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    from conftest import SEED_TEXT, _require_shared

    _require_shared()
    path = tmp_path_factory.mktemp("viz") / "store"
    assert run("build", SEED_TEXT.parent, ROOT / "examples", "--store", path).exit_code == 0
    return path


@pytest.fixture(scope="module")
def seed_graph(seed_store):
    store = Store(seed_store)
    try:
        return load_graph(store)
    finally:
        store.close()


def symbol_node(graph, symbol):
    return next(n for n, d in graph.nodes(data=True) if d.get("symbol") == symbol)


def test_fold_drops_diacritics_and_case_like_the_search_box():
    assert fold("Kết luận số 39-KL/TW") == "ket luan so 39-kl/tw"
    assert fold("Đảng ĐOÀN") == "dang doan"


def test_focus_finds_an_entity_by_symbol_or_by_unaccented_words(seed_graph):
    kl39 = symbol_node(seed_graph, "39-KL/TW")
    assert find_entities(seed_graph, "39-KL/TW") == [kl39]
    assert kl39 in find_entities(seed_graph, "ket luan 39")


def test_focus_depth_follows_relations_both_ways(seed_graph):
    kl39 = symbol_node(seed_graph, "39-KL/TW")
    alone = select(seed_graph, Selection(focus=("39-KL/TW",), depth=0))
    assert list(alone) == [kl39]
    near = select(seed_graph, Selection(focus=("39-KL/TW",), depth=1))
    issuers = {seed_graph.nodes[t]["label"] for _, t, k in seed_graph.out_edges(kl39, keys=True) if k == "issued_by"}
    assert "Bộ Chính trị" in issuers
    assert {near.nodes[n]["label"] for n in near} >= issuers | {seed_graph.nodes[kl39]["label"]}
    far = select(seed_graph, Selection(focus=("39-KL/TW",), depth=2))
    assert set(near) < set(far) <= set(seed_graph)  # Bộ Chính trị issued other documents too
    # Edges come along with their evidence.
    edge = next(d for _, _, k, d in far.edges(kl39, keys=True, data=True) if k == "issued_by")
    assert edge["evidence"] and "39-KL/TW" in edge["evidence"][0]["quote"]


def test_filters_by_type_relation_issuer_and_years(seed_graph):
    bodies = select(seed_graph, Selection(types=("Body",)))
    assert bodies.number_of_nodes() and {d["type"] for _, d in bodies.nodes(data=True)} == {"Body"}
    issued = select(seed_graph, Selection(relations=("issued_by",)))
    assert {k for _, _, k in issued.edges(keys=True)} == {"issued_by"}
    by_politburo = select(seed_graph, Selection(issuers=("bo chinh tri",)))
    documents = [d for _, d in by_politburo.nodes(data=True) if d["type"] != "Body"]
    assert documents and all(
        any(by_politburo.nodes[t]["label"] == "Bộ Chính trị" for _, t, k in by_politburo.out_edges(n, keys=True)
            if k == "issued_by")
        for n, d in by_politburo.nodes(data=True) if d["type"] != "Body")
    recent = select(seed_graph, Selection(since=2022, until=2022))
    dated = [d for _, d in recent.nodes(data=True) if d.get("date")]
    assert dated and all(d["date"].startswith("2022") for d in dated)
    assert "Kết luận số 39-KL/TW" in {d["label"] for d in dated}


def test_unknown_focus_or_type_is_a_clear_error(seed_graph):
    with pytest.raises(FocusError, match="nothing in the graph matches"):
        select(seed_graph, Selection(focus=("999-XX/YY",)))
    with pytest.raises(FocusError, match="no entity of type"):
        select(seed_graph, Selection(types=("Ordinance",)))


def test_page_data_holds_every_node_and_edge_with_styles_and_evidence(seed_graph):
    data = page_data(render_html(seed_graph))
    assert len(data["nodes"]) == seed_graph.number_of_nodes()
    assert len(data["edges"]) == seed_graph.number_of_edges()
    kl39 = next(n for n in data["nodes"] if n.get("symbol") == "39-KL/TW")
    assert kl39["date"] == "2022-07-18" and "Bộ Chính trị" in kl39["issuers"] and kl39["year"] == 2022
    assert "ket luan" in kl39["fold"] and kl39["sources"]
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])  # no two nodes on one spot
    colours = {t["name"]: t["color"] for t in data["types"]}
    assert colours["Body"] != colours["Conclusion"] and len(set(colours.values())) == len(colours)
    assert all(e["evidence"] or e["inferred"] for e in data["edges"])


def test_text_in_the_data_cannot_close_the_script_element():
    graph = corpus_like(30)
    node = next(iter(graph))
    graph.nodes[node]["label"] = "</script><script>alert(1)</script> & \u2028"
    page = render_html(graph, title="<b>t</b>")
    assert page.count("</script>") == 3  # the data, vis-network and the page script: nothing else closes
    assert "<title>&lt;b&gt;t&lt;/b&gt;</title>" in page
    assert page_data(page)["nodes"][0]["label"] == "</script><script>alert(1)</script> & \u2028"


def test_a_graph_too_large_to_draw_is_cut_to_its_most_connected_part_and_says_so():
    graph = corpus_like(400)
    page = render_html(graph, max_nodes=100)
    data = page_data(page)
    assert len(data["nodes"]) == 100
    assert "most connected of 400 entities" in page and "--focus" in page
    drawn = {n["iri"] for n in data["nodes"]}
    ranked = sorted(graph.degree(), key=lambda item: -item[1])
    assert {node for node, _ in ranked[:20]} <= drawn  # the hubs stay
    assert not {node for node, degree in ranked if degree == 0} & drawn  # isolated entities go first


def test_viz_command_writes_one_utf8_file_and_focus_narrows_it(seed_store, tmp_path):
    whole, part = tmp_path / "whole.html", tmp_path / "part.html"
    assert run("viz", "--store", seed_store, "-o", whole).exit_code == 0
    result = run("viz", "--store", seed_store, "--focus", "ket luan 39", "--depth", "1", "-o", part,
                 "--title", "KL 39")
    assert result.exit_code == 0
    all_nodes, some = page_data(whole.read_text(encoding="utf-8")), page_data(part.read_text(encoding="utf-8"))
    assert 1 < len(some["nodes"]) < len(all_nodes["nodes"])
    text = part.read_bytes().decode("utf-8")
    assert "<title>KL 39</title>" in text and "Selection: around ket luan 39" in text
    assert "Kết luận số 39-KL/TW" in text


def test_viz_command_bad_selection_is_one_line_and_writes_nothing(seed_store, tmp_path):
    out = tmp_path / "x.html"
    result = subprocess.run([str(Path(sys.executable).with_name("vbkg")), "viz", "--store", str(seed_store),
                             "--focus", "999-XX/YY", "-o", str(out)], capture_output=True, text=True)
    assert result.returncode == 2 and not out.exists()
    assert result.stderr.strip().count("\n") == 0 and "999-XX/YY" in result.stderr
    empty = subprocess.run([str(Path(sys.executable).with_name("vbkg")), "viz", "--store", str(seed_store),
                            "--type", "Body", "--since", "2022", "-o", str(out)], capture_output=True, text=True)
    assert empty.returncode == 1 and not out.exists() and "nothing matches" in empty.stderr


def test_cli_help_stays_instant_without_numpy_or_pyvis():
    code = "import sys, cli; print(sorted(m for m in ('numpy', 'pyvis', 'exports.html') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"


def test_viz_command_cuts_a_graph_above_max_nodes_and_says_so_on_stderr(seed_store, tmp_path):
    out = tmp_path / "cut.html"
    result = subprocess.run([str(Path(sys.executable).with_name("vbkg")), "viz", "--store", str(seed_store),
                             "--max-nodes", "10", "-o", str(out)], capture_output=True, text=True)
    assert result.returncode == 0 and "10 most connected" in result.stderr and "--focus" in result.stderr
    page = out.read_text(encoding="utf-8")
    assert len(page_data(page)["nodes"]) == 10 and "most connected of" in page
