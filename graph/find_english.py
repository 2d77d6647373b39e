"""Find document references of an English translation printed after a Vietnamese text (a site's English
version: "Pursuant to the Government's Decree No. 96/2024/ND-CP dated July 24, 2024", "the Law on Fees and
Charges No. 97/2015/QH13", "the Circular No. 32/2025/TT-BTC dated May 31, 2025").

The type words and month names are lexicon rows (graph/lexicons/english.tsv). A reference is labelled with the
Vietnamese type phrase it translates; its symbol is kept as written ("96/2024/ND-CP"), except where the text
writes the same symbol with its Vietnamese letters ("96/2024/NĐ-CP"): then it is that document, and its mention
joins the Vietnamese one. A translated mention never names the entity (graph.resolve ranks it last).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from . import lexicon
from .dates import iso_day
from .find_documents import SYMBOL
from .found import Found, Scan
from .normalise import fold, normalise_symbol

_DIGITS = re.compile(r"\d+")
_CODE_PART = re.compile(r"[A-Za-z]+")


@cache
def _pattern() -> re.Pattern:
    words = sorted(lexicon.english_type_words(), key=len, reverse=True)
    months = "|".join(lexicon.english_months())
    return re.compile(
        rf"(?P<type>{'|'.join(map(re.escape, words))})"
        # "Law on Fees and Charges No. …": a statute's English name between its type word and "No."
        rf"(?: +on +(?P<name>(?:[A-Z][\w’'\-]*)(?: +(?:[A-Z][\w’'\-]*|and|of|on|for|in|the)){{0,9}}?))?"
        rf" +No\. *(?P<symbol>{SYMBOL})"
        rf"(?: *,? +dated +(?P<month>{months}) +(?P<day>\d{{1,2}}) *, *(?P<year>(?:19|20)\d\d)(?!\d))?")


@cache
def _vietnamese_codes() -> dict[str, str]:
    """A symbol code written without its Vietnamese letters ("ND", "HDND") → the code as Vietnamese writes it."""
    codes = {c for d in lexicon.document_types() for c in d.symbol_codes} | set(lexicon.symbol_issuers())
    return {fold(c).upper(): c for c in codes if fold(c).upper() != c}


def _as_vietnamese(symbol: str) -> str:
    return _CODE_PART.sub(lambda m: _vietnamese_codes().get(m.group(0), m.group(0)), symbol)


def english_reference_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    match = _pattern().match(scan.view, position)
    if match is None or (match.group("name") and match.group("type") != "Law"):
        return
    symbol = normalise_symbol(match.group("symbol"))
    if not _CODE_PART.search(symbol):
        return  # "No. 5": a bare number, not a symbol
    vietnamese = _as_vietnamese(symbol)
    if vietnamese != symbol and vietnamese in scan.view:
        symbol = vietnamese  # the text also writes it in Vietnamese: the same document
    phrase = lexicon.english_type_words()[match.group("type")]
    attributes = {"number": _DIGITS.match(symbol).group(0), "symbol": symbol, "translated": True}
    date = match.group("year") and iso_day(int(match.group("year")), lexicon.english_months()[match.group("month")],
                                            int(match.group("day")))
    if date:
        attributes["date"] = date
    doc_type = lexicon.type_of_phrase()[phrase.lower()]
    yield Found(match.start(), match.end(), doc_type, f"{phrase} số {symbol}", attributes, "reference")


def finders() -> list[tuple[set[str], object]]:
    """Each English type word, before "No." or a statute's "on": "Decree No", "Law on"."""
    heads = {f"{word} No" for word in lexicon.english_type_words()} | {"Law on"}
    return [(heads, english_reference_at)]
