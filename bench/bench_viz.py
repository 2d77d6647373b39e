"""The HTML view at growing sizes: Python render time, page size, and in headless Chromium the time to first
draw, to stable (the main thread free again: the page answers input), and how long a click (select a node,
highlight its neighbourhood, fill the panel, redraw) and a filter change take. Times in seconds and as a ratio
to the 100-node page of the same run. Graphs are generated in the shape of the corpus graph
(exports/synthetic.py); the goal is a 5,000-node page interactive within 5 s on a 2-core machine.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

SIZES = (100, 1000, 2000, 5000, 10000)

_INTERACT = """async () => {
  const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const hub = vbkg.data.nodes.reduce((a, b) => (b.size > a.size ? b : a));
  let t = performance.now();
  vbkg.select(hub.id, true);
  await frames();
  const click = performance.now() - t;
  const box = document.querySelector('#types input');
  t = performance.now();
  box.checked = false; box.dispatchEvent(new Event('change'));
  await frames();
  const filter = performance.now() - t;
  box.checked = true; box.dispatchEvent(new Event('change'));
  return [click / 1000, filter / 1000];
}"""


def main() -> None:
    from playwright.sync_api import sync_playwright

    from exports.headless import OfflinePage, launch
    from exports.html import render_html, write_html
    from exports.synthetic import corpus_like

    rows = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = launch(playwright)
        for size in SIZES:
            graph = corpus_like(size)
            started = time.perf_counter()
            page = render_html(graph)
            render = time.perf_counter() - started
            path = Path(folder) / f"graph-{size}.html"
            write_html(page, path)
            view = OfflinePage.open(browser, path, timeout_ms=120000)
            first, stable, drawn = view.page.evaluate(
                "() => [vbkg.firstDrawAt / 1000, vbkg.stableAt / 1000, vbkg.network.body.nodeIndices.length]")
            click, filter_ = view.page.evaluate(_INTERACT)
            assert not view.blocked and not view.errors, (view.blocked, view.errors)
            view.close()
            rows.append((size, graph.number_of_edges(), drawn, len(page) / 1e6, render, first, stable, click, filter_))
        browser.close()
    base = rows[0]
    print(f"{'nodes':>6} {'edges':>6} {'drawn':>6} {'MB':>5} {'render s':>8} {'first draw s':>12} {'stable s':>9} "
          f"{'ratio':>6} {'click s':>8} {'filter s':>8}")
    for size, edges, drawn, mb, render, first, stable, click, filter_ in rows:
        print(f"{size:>6} {edges:>6} {drawn:>6} {mb:>5.1f} {render:>8.2f} {first:>12.2f} {stable:>9.2f} "
              f"{stable / base[6]:>6.1f} {click:>8.3f} {filter_:>8.3f}")
    print("first draw / stable: seconds from navigation start in headless Chromium; ratio: stable time over the "
          "100-node page's; click: select + highlight + panel + redraw; above 5,000 nodes the page draws the "
          "5,000 most connected and says so.")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main()
