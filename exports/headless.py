"""Open pages of the HTML view in Debian's headless Chromium, offline, for tests, benchmarks and screenshots.

Playwright drives the system browser (`/usr/bin/chromium`); `playwright install` is never needed. Every
request the page makes goes through `OfflinePage`: the page's own file is served, anything else is blocked
and recorded.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = os.environ.get("VBKG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def launch(playwright):
    if not Path(CHROMIUM).exists():
        raise FileNotFoundError(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)


@dataclass
class OfflinePage:
    """A page with every request outside its own file blocked and listed in `blocked`; console errors,
    page errors and dialogs are collected too."""
    page: object
    url: str = ""
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @classmethod
    def open(cls, browser, path: str | os.PathLike, width: int = 1400, height: int = 900,
             wait_ready: bool = True, timeout_ms: int = 60000) -> "OfflinePage":
        page = browser.new_page(viewport={"width": width, "height": height})
        self = cls(page, Path(path).resolve().as_uri())

        def route(r):
            if r.request.url == self.url:
                r.continue_()
            else:
                self.blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.goto(self.url)
        if wait_ready:
            page.wait_for_selector("body[data-ready='1']", state="attached", timeout=timeout_ms)
        return self

    def close(self) -> None:
        self.page.close()
