"""Identity keys: the same document, body or event gets the same key in every text (DESIGN.md, Identity).

Keys are readable strings (`doc:89/2021/nđ-cp`, `doc:26-nq/tw@2018`, `body:bo chinh tri`); IRIs are derived
from them (ontology.vocabulary.iri_for_key), so they must be stable across runs and machines.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .normalise import fold, normalise_symbol

_PARTY = re.compile(r"\d+[a-z]?-[^/]+/")
_STATE_YEAR = re.compile(r"^\d+[a-z]?/((?:19|20)\d{2})/")


@lru_cache(maxsize=65536)
def is_party_symbol(symbol: str) -> bool:
    """Party symbols have no year and end in an organ code after a slash: `26-NQ/TW`, `224-TTr/BTCTW`."""
    return bool(_PARTY.match(symbol))


def document_key(doc_type: str, symbol: str | None = None, number: str | None = None,
                 date: str | None = None, name: str | None = None) -> str:
    if symbol:
        canonical = normalise_symbol(symbol).lower()
        if is_party_symbol(symbol) and date:
            # Party numbering restarts each term: the year tells 26-NQ/TW of 2008 from that of 2018.
            return f"doc:{canonical}@{date[:4]}"
        return f"doc:{canonical}"
    if number:
        return f"doc:{doc_type.lower()}:{number}" + (f"@{date[:4]}" if date else "")
    return f"doc:{doc_type.lower()}:{fold(name or '')}"


@lru_cache(maxsize=65536)
def body_key(canonical_name: str) -> str:
    return f"body:{fold(canonical_name)}"


def event_key(entity_type: str, label: str) -> str:
    return f"{entity_type.lower()}:{fold(label)}"


def provision_key(document_key_: str, label: str) -> str:
    path = re.sub(r"\s+", "-", fold(label.split(" Nghị")[0]))
    return f"provision:{document_key_}#{path}"
