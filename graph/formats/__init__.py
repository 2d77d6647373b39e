"""One reader per input format; each turns bytes into the plain text that every offset refers to."""
from __future__ import annotations

from .docx import docx_text
from .html import html_text
from .markdown import plain_markdown
from .pdf import pdf_text

SUFFIXES = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
CONTAINERS = {"docx", "pdf", "json"}  # read whole, subject to the larger file limit


def format_of(name: str) -> str:
    """The format of a file named `name`, by its suffix; anything else is read as plain text."""
    from pathlib import PurePath

    return SUFFIXES.get(PurePath(name).suffix.lower(), "text")


def sniff(data: bytes) -> str:
    """The format of unnamed bytes (standard input), from how they begin."""
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return "pdf"
    if head.startswith(b"pk\x03\x04"):
        return "docx"
    if head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<") and b"<body" in data[:65536].lower()):
        return "html"
    if head.startswith((b"[", b"{")):
        import json

        try:
            json.loads(data.decode("utf-8-sig"))
            return "json"
        except ValueError:
            return "jsonl" if head.startswith(b"{") else "text"
    return "text"


__all__ = ["SUFFIXES", "CONTAINERS", "format_of", "sniff", "docx_text", "html_text", "pdf_text", "plain_markdown"]
