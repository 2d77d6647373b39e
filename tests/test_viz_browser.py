"""The HTML view in a real headless Chromium (Debian's, driven by Playwright), offline.

One browser for the whole module; every page blocks and records all requests but its own file.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from cli import main
from exports.headless import CHROMIUM, OfflinePage, launch
from exports.html import render_html, write_html
from exports.synthetic import corpus_like
from graph.corpus import load_graph
from graph.store import Store

ROOT = Path(__file__).resolve().parent.parent
# Markup and quotes placed where the extractor keeps them: inside evidence spans between a reference and its
# trigger, in several shapes so that at least one survives changes to the extractor (the test checks it does).
HOSTILE = "\n\n".join([
    "Bộ Chính trị \"<script>alert(\"s\")</script>\" ban hành Kết luận số 39-KL/TW ngày 18/7/2022.",
    "Nghị định số 89/2021/NĐ-CP <img src=x onerror=alert('n')> sửa đổi Nghị định số 101/2017/NĐ-CP.",
    "Nghị định số 89/2021/NĐ-CP của Chính phủ <script>alert(\"s\")</script> <img src=x onerror=alert('n')> sửa đổi, "
    "bổ sung một số điều của Nghị định số 101/2017/NĐ-CP về đào tạo.",
    "Chính phủ <img src=x onerror=alert('c')> ban hành Nghị quyết số 281/NQ-CP ngày 15/9/2025.",
    "Ban Bí thư ban hành Quy định số 57-QĐ/TW \"<b>\" về \"<script>alert('q')</script>\" thực hiện Nghị quyết số 71-NQ/TW.",
]) + "\n"

def run(*args):
    return CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


def build_page(tmp_path, *texts) -> tuple[Path, nx.MultiDiGraph]:
    store, page = tmp_path / "store", tmp_path / "graph.html"
    assert run("build", *texts, "--store", store).exit_code == 0
    assert run("viz", "--store", store, "-o", page, "--title", "Test graph").exit_code == 0
    opened = Store(store)
    try:
        return page, load_graph(opened)
    finally:
        opened.close()


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory):
    from conftest import SEED_TEXT, _require_shared

    _require_shared()
    return build_page(tmp_path_factory.mktemp("viz-seed"), SEED_TEXT.parent, ROOT / "examples")


@pytest.fixture
def seed_view(browser, seed_page):
    view = OfflinePage.open(browser, seed_page[0])
    yield view, seed_page[1]
    view.close()


def drawn(view) -> dict:
    return view.page.evaluate("""() => ({
        nodes: vbkg.nodes.length, edges: vbkg.edges.length,
        drawnNodes: vbkg.network.body.nodeIndices.length, drawnEdges: vbkg.network.body.edgeIndices.length,
        drawnNodeIds: vbkg.network.body.nodeIndices.slice(), drawnEdgeIds: vbkg.network.body.edgeIndices.slice()})""")


def node_id(view, symbol: str) -> int:
    return view.page.evaluate("s => vbkg.data.nodes.find(n => n.symbol === s).id", symbol)


def screen_point(view, node: int | None = None, edge: int | None = None) -> tuple[float, float]:
    """Where a node (or the middle of an edge) is on the screen, in the current view."""
    return tuple(view.page.evaluate("""([node, edge]) => {
        const net = vbkg.network, box = document.getElementById('network').getBoundingClientRect();
        let p;
        if (node !== null) p = net.getPosition(node);
        else { const e = vbkg.data.edges[edge], a = net.getPosition(e.from), b = net.getPosition(e.to);
               p = {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2}; }
        const d = net.canvasToDOM(p);
        return [box.left + d.x, box.top + d.y]; }""", [node, edge]))


def hover(view, point) -> None:
    """Move the mouse onto `point` from elsewhere, in steps, as a hand would."""
    view.page.mouse.move(point[0] - 40, point[1] - 40)
    view.page.mouse.move(*point, steps=4)


def test_the_page_is_offline_error_free_and_draws_the_whole_graph(seed_view):
    view, graph = seed_view
    counts = drawn(view)
    assert view.blocked == [] and view.errors == [] and view.dialogs == []
    assert counts["nodes"] == counts["drawnNodes"] == graph.number_of_nodes()
    assert counts["edges"] == counts["drawnEdges"] == graph.number_of_edges()
    header = view.page.inner_text("header")
    assert "Test graph" in header and f"{graph.number_of_nodes()} entities" in header and "4 source texts" in header
    legend = view.page.inner_text("#types") + view.page.inner_text("#relations")
    assert all(t in legend for t in ("Conclusion", "Body", "issued_by", "inferred"))


def test_search_ignores_diacritics_and_case_and_selects_the_neighbourhood(seed_view):
    view, graph = seed_view
    view.page.fill("#search", "KET LUAN 39")
    assert "Kết luận số 39-KL/TW" in view.page.inner_text("#results li.active")
    view.page.press("#search", "Enter")
    panel = view.page.inner_text("#panel")
    assert "Kết luận số 39-KL/TW" in panel and "2022-07-18" in panel and "Bộ Chính trị" in panel
    assert "ban hành Kết luận số 39-KL/TW" in panel  # the evidence quote of issued_by
    kl39 = next(n for n, d in graph.nodes(data=True) if d.get("symbol") == "39-KL/TW")
    neighbourhood = set(nx.all_neighbors(graph, kl39)) | {kl39}
    highlighted = view.page.evaluate("() => vbkg.highlighted().map(i => vbkg.data.nodes[i].iri)")
    assert highlighted[0] == kl39 and set(highlighted) == neighbourhood
    # The whole phrase ranks first: "bo chinh tri" is Bộ Chính trị before any body whose name merely holds the words.
    view.page.fill("#search", "bo chinh tri")
    assert view.page.inner_text("#results li.active").startswith("Bộ Chính trị ·")
    # A link in the panel moves to the neighbour.
    view.page.click("#panel a.node-link >> text=Bộ Chính trị")
    assert view.page.inner_text("#panel h3") == "Bộ Chính trị"


def test_hover_shows_details_and_evidence_and_click_opens_the_panel(seed_view):
    view, graph = seed_view
    kl39 = node_id(view, "39-KL/TW")
    hover(view, screen_point(view, node=kl39))
    tip = view.page.locator("#tooltip")
    tip.wait_for(state="visible")
    assert all(s in tip.inner_text() for s in ("39-KL/TW", "2022-07-18", "Bộ Chính trị", "sources"))
    edge = view.page.evaluate("id => vbkg.data.edges.find(e => e.from === id && e.rel === 'issued_by').id", kl39)
    hover(view, screen_point(view, edge=edge))
    view.page.wait_for_function("() => document.getElementById('tooltip').textContent.includes('issued_by')")
    assert "ban hành Kết luận số 39-KL/TW" in tip.inner_text()
    view.page.mouse.click(*screen_point(view, edge=edge))
    assert "evidence" in view.page.inner_text("#panel").lower() and "ban hành Kết luận số 39-KL/TW" in view.page.inner_text("#panel")
    view.page.mouse.click(*screen_point(view, node=kl39))
    assert view.page.inner_text("#panel h3") == "Kết luận số 39-KL/TW"


def test_filters_by_type_issuer_and_years_redraw_what_matches(seed_view):
    view, graph = seed_view
    data = view.page.evaluate("() => vbkg.data")
    bodies = {n["id"] for n in data["nodes"] if n["type"] == "Body"}
    view.page.locator("#types label", has_text="Body").locator("input").uncheck()
    counts = drawn(view)
    assert counts["drawnNodes"] == len(data["nodes"]) - len(bodies) and not bodies & set(counts["drawnNodeIds"])
    assert all(data["edges"][e]["from"] not in bodies and data["edges"][e]["to"] not in bodies
               for e in counts["drawnEdgeIds"])
    view.page.click("#reset")
    assert drawn(view)["drawnNodes"] == len(data["nodes"])

    view.page.select_option("#issuer", "Bộ Chính trị")
    shown = [data["nodes"][i] for i in drawn(view)["drawnNodeIds"]]
    assert any(n["type"] == "Conclusion" for n in shown)
    assert all(n["label"] == "Bộ Chính trị" or "Bộ Chính trị" in n["issuers"] or n["year"] is None for n in shown)
    view.page.click("#reset")

    view.page.fill("#since", "2022")
    view.page.fill("#until", "2022")
    view.page.press("#until", "Enter")
    view.page.dispatch_event("#until", "change")
    shown = [data["nodes"][i] for i in drawn(view)["drawnNodeIds"]]
    assert any(n.get("symbol") == "39-KL/TW" for n in shown)
    assert all(n["year"] in (2022, None) for n in shown) and len(shown) < len(data["nodes"])
    assert "Showing" in view.page.inner_text("#shown")


def test_document_text_never_runs_as_code(browser, tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    page, graph = build_page(tmp_path, texts)
    hostile = [(graph.nodes[a]["label"], e["quote"]) for a, _, d in graph.edges(data=True) for e in d["evidence"]
               if "<script>" in e["quote"] or "<img" in e["quote"]]
    assert hostile, "the extractor kept no markup in any evidence quote: the test text needs new shapes"
    # The same strings as a label and a title, where a future extractor may put them.
    graph.add_node("x:hostile", type="Program", label="Chương trình \"<img src=x onerror=alert('l')>\" 'q'",
                   title="<script>alert('t')</script> \"tiêu đề\"", sources=["hostile.txt"], mentions=1)
    crafted = tmp_path / "crafted.html"
    write_html(render_html(graph, title="<script>alert('title')</script>"), crafted)
    for path in (page, crafted):
        view = OfflinePage.open(browser, path)
        try:
            for label, quote in hostile:
                view.page.fill("#search", label)
                view.page.press("#search", "Enter")
                assert " ".join(quote.split()) in " ".join(view.page.inner_text("#panel").split())
            if path == crafted:
                view.page.fill("#search", "chuong trinh")
                view.page.press("#search", "Enter")
                assert view.page.inner_text("#panel h3") == "Chương trình \"<img src=x onerror=alert('l')>\" 'q'"
                assert "<script>alert('t')</script> \"tiêu đề\"" in view.page.inner_text("#panel")
                hover(view, screen_point(view, node=view.page.evaluate(
                    "() => vbkg.data.nodes.find(n => n.type === 'Program').id")))
                view.page.locator("#tooltip").wait_for(state="visible")
                assert "<script>alert('t')</script>" in view.page.inner_text("#tooltip")
                assert "<script>alert('title')</script>" in view.page.inner_text("header h1")
            assert view.dialogs == [] and view.errors == [] and view.blocked == []
            assert view.page.evaluate("() => document.querySelectorAll('img, [onerror], [onmouseover]').length") == 0
            assert view.page.evaluate("() => document.scripts.length") == 3
        finally:
            view.close()


def test_a_five_thousand_node_graph_is_drawn_whole(browser, tmp_path):
    graph = corpus_like(5000)
    path = tmp_path / "large.html"
    write_html(render_html(graph), path)
    view = OfflinePage.open(browser, path)
    try:
        counts = drawn(view)
        assert counts["drawnNodes"] == 5000 and counts["drawnEdges"] == graph.number_of_edges()
        assert view.errors == [] and view.blocked == []
        view.page.fill("#search", "VAN BAN SO 1234")
        view.page.press("#search", "Enter")
        assert view.page.inner_text("#panel h3").startswith("Văn bản số 1234")
    finally:
        view.close()


def test_the_notebook_view_draws_the_store_inside_an_iframe(browser, seed_page, tmp_path):
    from exports.html import notebook

    page, graph = seed_page
    cell = notebook(page.parent / "store")._repr_html_()
    wrapper = tmp_path / "notebook.html"
    wrapper.write_text(f"<!DOCTYPE html><html><body>{cell}</body></html>", encoding="utf-8")
    view = OfflinePage.open(browser, wrapper, wait_ready=False)
    try:
        frame = view.page.frame_locator("iframe")
        frame.locator("body[data-ready='1']").wait_for(state="attached")
        inner = view.page.frames[1]
        assert inner.evaluate("() => vbkg.network.body.nodeIndices.length") == graph.number_of_nodes()
        assert view.blocked == [] and view.errors == []
    finally:
        view.close()
