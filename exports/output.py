"""Rows to text: the one output option every row-printing command shares (`--format table|csv|tsv|json|jsonl`).

A command produces rows (dicts with the same keys) or named sections of rows; this module prints them.
`table` is for people (aligned columns, long cells cut to fit the terminal); the others are for programs
and print every value in full (`tsv` escapes tab, newline, carriage return and backslash as `\\t`, `\\n`,
`\\r`, `\\\\`, so one line is one row). The default is `table` on a terminal and `tsv` on a pipe.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence, TextIO

FORMATS = ("table", "csv", "tsv", "json", "jsonl")


@dataclass
class Section:
    """A titled block of rows, for commands like `show` that print several kinds of rows."""

    name: str
    rows: list[dict[str, Any]]
    columns: Sequence[str] = field(default_factory=tuple)
    record: bool = False  # rows are (field, value) pairs of one record: a JSON object, not a list

    def column_names(self) -> list[str]:
        return list(self.columns) or _columns(self.rows)


def default_format(stream: TextIO) -> str:
    return "table" if _isatty(stream) else "tsv"


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _columns(rows: Iterable[dict]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        for name in row:
            seen.setdefault(name, None)
    return list(seen)


def cell(value: Any) -> str:
    """A value as text: "" for None, true/false, lists joined with `; `."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, set)):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
# Characters that some line readers (Python's splitlines, JavaScript) take as line breaks: escaped in JSON Lines.
_LINE_BREAKS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def tsv_escape(text: str) -> str:
    """Tab-separated values in the linear-TSV way: tab, newline, carriage return and backslash escaped."""
    return text.translate(_TSV_ESCAPES)


def tsv_unescape(text: str) -> str:
    return re.sub(r"\\([\\tnr])", lambda m: {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[m.group(1)], text)


def json_line(value: Any) -> str:
    """One JSON value on one line, whatever line breaks its strings hold."""
    line = json.dumps(value, ensure_ascii=False)
    for raw, escaped in _LINE_BREAKS.items():
        line = line.replace(raw, escaped)
    return line


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def render_table(rows: list[dict], columns: Sequence[str], width: int | None = None,
                 style: Callable[[str], str] = lambda s: s) -> str:
    """Aligned columns under a header; when wider than `width`, the widest columns are cut (with `…`)."""
    texts = [[_one_line(cell(row.get(c))) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in texts]) for i, c in enumerate(columns)]
    if width:
        # Narrow the widest column one character at a time, never below its header (or 6 characters).
        floors = [min(w, max(len(c), 6)) for c, w in zip(columns, widths)]
        gap = 2 * (len(columns) - 1)
        while sum(widths) + gap > width:
            widest = max(range(len(widths)), key=lambda i: widths[i] - floors[i])
            if widths[widest] <= floors[widest]:
                break
            widths[widest] -= 1
    lines = ["  ".join(style(c.ljust(w)) for c, w in zip(columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in texts:
        lines.append("  ".join(_fit(v, w).ljust(w) for v, w in zip(row, widths)).rstrip())
    return "\n".join(lines)


def write_rows(rows: list[dict], fmt: str, out: TextIO, columns: Sequence[str] | None = None,
               width: int | None = None, style: Callable[[str], str] = lambda s: s) -> None:
    columns = list(columns) if columns else _columns(rows)
    if fmt == "table":
        if rows:
            out.write(render_table(rows, columns, width, style) + "\n")
    elif fmt == "csv":
        # RFC 4180 line ends: the csv module then quotes every field holding \r or \n, so any text survives.
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(row.get(c)) for c in columns])
    elif fmt == "tsv":
        out.write("\t".join(map(tsv_escape, columns)) + "\n")
        for row in rows:
            out.write("\t".join(tsv_escape(cell(row.get(c))) for c in columns) + "\n")
    elif fmt == "json":
        # One object per line inside the array, as sqlite-utils prints it: readable and still one JSON value.
        objects = [json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) for row in rows]
        out.write("[" + ",\n ".join(objects) + "]\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json_line({c: row.get(c) for c in columns}) + "\n")
    else:
        raise ValueError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_sections(sections: list[Section], fmt: str, out: TextIO, width: int | None = None,
                   style: Callable[[str], str] = lambda s: s) -> None:
    """Several titled blocks: tables one after another, a JSON object of lists, or rows tagged by `section`."""
    if fmt == "table":
        first = True
        for section in sections:
            if not section.rows:
                continue
            out.write(("" if first else "\n") + style(section.name) + "\n")
            out.write(render_table(section.rows, section.column_names(), width, style) + "\n")
            first = False
    elif fmt == "json":
        payload = {s.name: {r["field"]: r["value"] for r in s.rows} if s.record
                   else [{c: r.get(c) for c in s.column_names()} for r in s.rows] for s in sections}
        out.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    else:
        columns = ["section"] + _columns({c: None for c in s.column_names()} for s in sections)
        rows = [{"section": s.name, **r} for s in sections for r in s.rows]
        write_rows(rows, fmt, out, columns)
