"""Lexicons are data: tab-separated tables under graph/lexicons/, read once and cached."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


def rows(name: str) -> list[list[str]]:
    """The rows of one table under graph/lexicons/, comments and blank lines left out."""
    text = resources.files("graph").joinpath("lexicons").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [[cell.strip() for cell in row] for row in csv.reader(lines, delimiter="\t")]


@dataclass(frozen=True)
class DocumentType:
    phrase: str
    type: str
    symbol_codes: tuple[str, ...]


@cache
def document_types() -> tuple[DocumentType, ...]:
    """Document-type phrases, longest first so that a longer phrase wins over its prefix."""
    out = [DocumentType(r[0], r[1], tuple(c for c in (r[2] if len(r) > 2 else "").split(",") if c))
           for r in rows("document_types.tsv")]
    return tuple(sorted(out, key=lambda d: -len(d.phrase)))


@cache
def type_phrases() -> tuple[str, ...]:
    """Each document-type phrase once, longest first (an alternation of them prefers the longer of two)."""
    return tuple(dict.fromkeys(d.phrase for d in document_types()))


@cache
def type_of_phrase() -> dict[str, str]:
    """The entity type a document-type phrase names, by the phrase in lower case."""
    return {d.phrase.lower(): d.type for d in document_types()}


@cache
def body_aliases() -> dict[str, str]:
    """Every written form of a known body → its canonical name."""
    out: dict[str, str] = {}
    for row in rows("bodies.tsv"):
        canonical = row[0]
        out[canonical] = canonical
        for alias in (row[1] if len(row) > 1 else "").split("|"):
            if alias:
                out[alias] = canonical
    return out


@cache
def symbol_issuers() -> dict[str, str]:
    """Issuer code at the end of a State symbol (`CP` of `89/2021/NĐ-CP`) → canonical body name."""
    return {r[0]: r[1] for r in rows("symbol_issuers.tsv")}


@cache
def party_issuers() -> dict[str, str]:
    """Body (canonical name) → the issuer code its Party documents end with (`TW` of `39-KL/TW`)."""
    return {body: r[0] for r in rows("party_issuers.tsv") for body in r[1].split("|")}


@cache
def furniture() -> tuple[str, ...]:
    """Site furniture (watermarks, site names) blanked out of the matching view."""
    return tuple(r[0] for r in rows("furniture.tsv"))


@cache
def law_names() -> tuple[str, ...]:
    """Names of laws as written after "Luật" / "Bộ luật", longest first."""
    return tuple(sorted((r[0] for r in rows("law_names.tsv")), key=len, reverse=True))


@cache
def named_documents() -> dict[str, str]:
    """Documents known by name alone ("Điều lệ Đảng") → entity type."""
    return {r[0]: r[1] for r in rows("named_documents.tsv")}


@cache
def named_document_forms() -> dict[str, tuple[str, str]]:
    """Every written form of a document known by name (its name and its aliases) → (name, entity type)."""
    out: dict[str, tuple[str, str]] = {}
    for row in rows("named_documents.tsv"):
        for form in [row[0], *(row[2].split("|") if len(row) > 2 else [])]:
            if form:
                out.setdefault(form, (row[0], row[1]))
    return out


@cache
def furniture_blocks() -> tuple[tuple[str, str], ...]:
    """(start, end) literals of furniture blocks blanked out of the matching view."""
    return tuple((r[0], r[1]) for r in rows("furniture_blocks.tsv") if len(r) > 1)


@cache
def countries() -> dict[str, str]:
    """Every written form of a foreign state's name → its canonical name."""
    out: dict[str, str] = {}
    for row in rows("countries.tsv"):
        for form in [row[0], *(row[1].split("|") if len(row) > 1 else [])]:
            if form:
                out[form] = row[0]
    return out


@cache
def provinces() -> tuple[str, ...]:
    """Province and city names, longest first."""
    return tuple(sorted((r[0] for r in rows("provinces.tsv")), key=len, reverse=True))


@cache
def english_type_words() -> dict[str, str]:
    """An English document-type word of a translation ("Decree") → the Vietnamese type phrase it translates."""
    return {r[1]: r[2] for r in rows("english.tsv") if r[0] == "type"}


@cache
def english_months() -> dict[str, int]:
    """An English month's name → its number."""
    return {r[1]: int(r[2]) for r in rows("english.tsv") if r[0] == "month"}
