"""Regenerate docs/graph.png: the HTML view of the example graph in headless Chromium (`make screenshot`).

Builds examples/ into a temporary store with the real `vbkg build` and `vbkg viz`, opens the page offline,
selects the entity with the most relations so the picture shows the highlight and the side panel with its
evidence, and saves the PNG.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(output: Path = ROOT / "docs" / "graph.png") -> None:
    from playwright.sync_api import sync_playwright

    from exports.headless import OfflinePage, launch

    vbkg = str(Path(sys.executable).with_name("vbkg"))
    with tempfile.TemporaryDirectory() as folder:
        store, page = Path(folder) / "store", Path(folder) / "graph.html"
        subprocess.run([vbkg, "build", "examples", "--store", str(store)], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)  # relative paths: the page lists the texts as examples/…
        subprocess.run([vbkg, "viz", "--store", str(store), "-o", str(page), "--title", "vbkg — example graph"],
                       check=True, stderr=subprocess.DEVNULL)
        with sync_playwright() as playwright:
            browser = launch(playwright)
            view = OfflinePage.open(browser, page, width=1400, height=820)
            if view.blocked or view.errors:
                raise SystemExit(f"the page is not clean: blocked {view.blocked}, errors {view.errors}")
            hub = view.page.evaluate("() => vbkg.data.nodes.reduce((a, b) => (b.size > a.size ? b : a)).label")
            view.page.fill("#search", hub)
            view.page.press("#search", "Enter")
            view.page.evaluate("() => vbkg.network.fit()")
            view.page.wait_for_timeout(200)
            output.parent.mkdir(parents=True, exist_ok=True)
            view.page.screenshot(path=str(output))
            browser.close()
    print(f"Wrote {output.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
