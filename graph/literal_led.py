"""Whole-text searches split into patterns that each start with a literal character.

The regex engine skips ahead to a literal quickly, but must test every position against a pattern that opens
with a class or an alternation of several first letters. A search over the whole text is therefore cheaper
as one search per first letter, merged; these helpers give exactly what the single pattern gives.
"""
from __future__ import annotations

import heapq
import re
from functools import cache
from typing import Iterator


def _top_level_alternatives(source: str) -> list[str]:
    """The top-level `|` alternatives of a pattern source (escapes, classes and groups respected)."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            if source.startswith("^]", i + 1) or source.startswith("]", i + 1):
                i += 2 if source[i + 1] == "]" else 3  # a leading "]" is a member, not the end
                continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


@cache
def alternatives(pattern: re.Pattern) -> tuple[re.Pattern, ...]:
    """The top-level alternatives of `pattern`, each compiled apart with its flags."""
    return tuple(re.compile(part, pattern.flags) for part in _top_level_alternatives(pattern.pattern))


def leftmost(pattern: re.Pattern, text: str, pos: int = 0) -> re.Match | None:
    """`pattern.search(text, pos)` by one search per alternative: the leftmost match, and at one position the
    first alternative (as the single pattern would choose). Only the span and named groups are the same."""
    best = None
    for alternative in alternatives(pattern):
        match = alternative.search(text, pos)
        if match is not None and (best is None or match.start() < best.start()):
            best = match
    return best


def finditer_merged(patterns: tuple[re.Pattern, ...], fallback: re.Pattern, text: str) -> Iterator[re.Match]:
    """`fallback.finditer(text)`, where `patterns` are its cases by first letter (a match of `fallback` starting
    at a position is the match of the one pattern for that position's letter). The merged matches are what
    `fallback` finds when no two of them overlap; when two do, `fallback` itself is run."""
    matches = list(heapq.merge(*(list(p.finditer(text)) for p in patterns), key=lambda m: m.start()))
    if any(a.end() > b.start() for a, b in zip(matches, matches[1:])):
        return fallback.finditer(text)
    return iter(matches)
