"""Input files of every format, made in the test from real corpus texts (nothing is copied into the repo)."""
from __future__ import annotations

import html
import os
from pathlib import Path

import pytest

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Debian fonts-dejavu-core (.ci/run installs it)


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def html_page(text: str, *, menu: str, footer: str) -> str:
    """`text` as the article of a news page with a menu, a sidebar, a footer and a script around it."""
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs(text)[1:])
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(menu)}</title>"
            f"<script>var tracking = '{html.escape(menu)}';</script><style>p {{ margin: 0 }}</style></head><body>"
            f"<nav class=\"main-menu\"><ul><li><a href=\"/\">Trang chủ</a></li><li><a>{html.escape(menu)}</a></li></ul></nav>"
            f"<header class=\"site-header\"><div class=\"logo\">Báo điện tử</div></header>"
            f"<div class=\"container\"><div id=\"content\" class=\"detail-content\"><article>"
            f"<h1>{html.escape(paragraphs(text)[0])}</h1>\n{body}</article></div>"
            f"<aside class=\"sidebar\"><h3>Tin liên quan</h3><ul><li>{html.escape(menu)}</li></ul></aside></div>"
            f"<footer id=\"footer\"><p>{html.escape(footer)}</p><p>Bản quyền thuộc về tòa soạn</p></footer></body></html>")


def write_docx(path: Path, text: str, table: list[list[str]]) -> None:
    from docx import Document

    lines = paragraphs(text)
    document = Document()
    for line in lines[: len(lines) // 2]:
        document.add_paragraph(line)
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for r, row in enumerate(table):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    for line in lines[len(lines) // 2:]:
        document.add_paragraph(line)
    document.save(str(path))


def write_pdf(path: Path, text: str | None) -> None:
    """A PDF with `text` as its text layer (DejaVu Sans, for the Vietnamese letters); None: a scan-like
    PDF with drawings and no text at all."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if text is None:
        pdf.rect(20, 20, 100, 60, style="F")
        pdf.ellipse(40, 100, 80, 40)
    else:
        if not DEJAVU.exists():
            if os.environ.get("CI") == "true":
                pytest.fail(f"{DEJAVU} is missing: .ci/run installs fonts-dejavu-core")
            pytest.skip(f"{DEJAVU} is absent (apt-get install fonts-dejavu-core)")
        pdf.add_font("DejaVu", "", str(DEJAVU))
        pdf.set_font("DejaVu", size=10)
        for line in paragraphs(text):
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
