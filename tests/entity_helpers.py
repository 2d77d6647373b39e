"""Helpers for entity tests on real corpus passages: a passage around a phrase, and what one type's entities are
called and how they are written."""
from __future__ import annotations

from conftest import corpus_text


def labels(extraction, type_: str) -> dict[str, set[str]]:
    """Each entity of the type: its label and the mentions as written (line breaks as spaces)."""
    return {e.label: {m.text.replace("\n", " ") for m in e.mentions} for e in extraction.entities if e.type == type_}


def around(name: str, phrase: str, before: int = 60, after: int = 120, nth: int = 0) -> str:
    """The corpus text `name`, whitespace runs as one space, from `before` characters before the `nth` (from 0)
    occurrence of `phrase` to `after` characters past its start."""
    text = " ".join(corpus_text(name).split())
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return text[max(0, start - before):start + after]
