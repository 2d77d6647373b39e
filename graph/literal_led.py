"""Whole-text searches split into patterns that each start with a literal character.

The regex engine skips ahead to a literal quickly, but must test every position against a pattern that opens
with a class or an alternation of several first letters. A search over the whole text is therefore cheaper
as one search per first letter, merged; these helpers give exactly what the single pattern gives.
"""
from __future__ import annotations

import heapq
import re
from functools import cache
from typing import Callable, Iterator


def _structural(source: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """The characters of a pattern source from `start` that are neither escaped nor inside a class, with their
    indices: the ones that can open or close a group or split an alternation."""
    in_class, i = False, start
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source.startswith("^]", i + 1) or source.startswith("]", i + 1):
                i += 2 if source[i + 1] == "]" else 3  # a leading "]" is a member, not the end
                continue
        else:
            yield i, char
        i += 1


def _top_level_alternatives(source: str) -> list[str]:
    """The top-level `|` alternatives of a pattern source (escapes, classes and groups respected)."""
    parts, depth, start = [], 0, 0
    for i, char in _structural(source):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return parts


@cache
def alternatives(pattern: re.Pattern) -> tuple[re.Pattern, ...]:
    """The top-level alternatives of `pattern`, each compiled apart with its flags."""
    return tuple(re.compile(part, pattern.flags) for part in _top_level_alternatives(pattern.pattern))


_QUANTIFIERS = ("*", "+", "?", "{")
_SPECIAL = set("\\.^$*+?{}[]|()")


def _literal_prefix(source: str, flags: int) -> str:
    """The plain characters a pattern opens with (every match starts with them), or "" when case is ignored
    (or white space in the pattern is)."""
    if flags & (re.IGNORECASE | re.VERBOSE):
        return ""
    end = 0
    while end < len(source) and source[end] not in _SPECIAL and source[end + 1:end + 2] not in _QUANTIFIERS:
        end += 1
    return source[:end]


@cache
def _alternatives_with_prefixes(pattern: re.Pattern) -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((alternative, _literal_prefix(alternative.pattern, alternative.flags))
                 for alternative in alternatives(pattern))


@cache
def literal_find(literal: str) -> Callable[..., int]:
    """`text.find(literal, pos, end)` as fast as it goes on Vietnamese text. A literal that opens with a character
    running text seldom holds (a capital, a symbol) is looked for by the regex engine, which skips to that
    character faster than str.find reads such text (a space or a common letter in a short literal defeats its skip
    table); one that opens with a lower-case letter, which the engine would stop at everywhere, by str.find."""
    if literal[:1].islower():
        return lambda text, pos=0, end=None: text.find(literal, pos, len(text) if end is None else end)
    search = re.compile(re.escape(literal)).search

    def find(text: str, pos: int = 0, end: int | None = None) -> int:
        match = search(text, pos) if end is None else search(text, pos, end)
        return match.start() if match else -1
    return find


def leftmost(pattern: re.Pattern, text: str, pos: int = 0) -> re.Match | None:
    """`pattern.search(text, pos)` by one search per alternative: the leftmost match, and at one position the
    first alternative (as the single pattern would choose). Only the span and named groups are the same.

    An alternative that opens with plain characters is looked for by them with str.find, and only before the
    best match so far: the text after it is not read again for each alternative."""
    best = None
    for alternative, prefix in _alternatives_with_prefixes(pattern):
        if not prefix:
            match = alternative.search(text, pos)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
            continue
        # A match of this alternative must start before the best one to replace it.
        end = len(text) if best is None else best.start() - 1 + len(prefix)
        find = literal_find(prefix)
        index = find(text, pos, end)
        while index >= 0:
            match = alternative.match(text, index)
            if match is not None:
                best = match
                break
            index = find(text, index + 1, end)
    return best


def finditer_merged(patterns: tuple[re.Pattern, ...], fallback: re.Pattern, text: str) -> Iterator[re.Match]:
    """`fallback.finditer(text)`, where `patterns` are its cases by first letter (a match of `fallback` starting
    at a position is the match of the one pattern for that position's letter). The merged matches are what
    `fallback` finds when no two of them overlap; when two do, `fallback` itself is run."""
    matches = list(heapq.merge(*(list(p.finditer(text)) for p in patterns), key=lambda m: m.start()))
    if any(a.end() > b.start() for a, b in zip(matches, matches[1:])):
        return fallback.finditer(text)
    return iter(matches)


@cache
def _bmp() -> str:
    """Every character of the Basic Multilingual Plane but the surrogates. No character beyond it matches one
    inside it when case is ignored (their case mappings stay in their planes), so the characters that
    IGNORECASE matches to a BMP letter are all found here."""
    return "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))


@cache
def letter_variants(letter: str, flags: int) -> tuple[str, ...]:
    """The characters a literal `letter` matches under `flags` (itself alone without IGNORECASE)."""
    if not flags & re.IGNORECASE:
        return (letter,)
    return tuple(re.compile(re.escape(letter), flags).findall(_bmp()))


@cache
def word_phrases(alternation: str, flags: int = 0) -> tuple[re.Pattern, ...] | None:
    """`(?<![\\w])(?:alternation)(?![\\w])` compiled with `flags`, as one pattern per first letter for
    finditer_merged: each led by its letter as a literal (under IGNORECASE, one per character the flag matches
    to it), the alternatives that start with it kept in their order. None when an alternative does not open
    with a plain letter of the BMP."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for part in _top_level_alternatives(alternation):
        if not part or not part[0].isalpha() or ord(part[0]) >= 0x10000 or part[1:2] in ("*", "+", "?", "{"):
            return None
        groups.setdefault(letter_variants(part[0], flags), []).append(part[1:])
    ignore_case = bool(flags & re.IGNORECASE)
    patterns = []
    for variants, rests in groups.items():
        body = "|".join(rests)
        body = f"(?i:{body})" if ignore_case else f"(?:{body})"
        for letter in variants:
            # The letter itself is matched as written (a literal the engine skips to); the word-start
            # look-behind right after it is tested only where the letter stands.
            patterns.append(re.compile(rf"{letter}(?<![\w]{letter}){body}(?![\w])", flags & ~re.IGNORECASE))
    return tuple(patterns)


def finditer_words(alternation: str, flags: int, text: str) -> Iterator[re.Match]:
    """What `re.compile(rf"(?<![\\w])(?:{alternation})(?![\\w])", flags).finditer(text)` gives, searched by
    first letter (word_phrases): a whole text is then read many times faster."""
    whole = _word_pattern(alternation, flags)
    patterns = word_phrases(alternation, flags)
    return whole.finditer(text) if not patterns else finditer_merged(patterns, whole, text)


@cache
def _word_pattern(alternation: str, flags: int) -> re.Pattern:
    return re.compile(rf"(?<![\w])(?:{alternation})(?![\w])", flags)


def _closing(source: str, opening: int) -> int:
    """The index of the ")" that closes the group opened at `opening` (escapes and classes respected)."""
    depth = 0
    for i, char in _structural(source, opening):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _opens_with_letter(source: str) -> bool:
    return bool(source) and source[0].isalpha() and ord(source[0]) < 0x10000 and source[1:2] not in ("*", "+", "?", "{")


def _led_alternatives(alternative: str, flags: int) -> list[str] | None:
    """`alternative` as alternatives that each open with a literal letter, in the order the engine tries them."""
    if _opens_with_letter(alternative):
        return [letter + alternative[1:] for letter in letter_variants(alternative[0], flags)]
    if alternative.startswith("(?i:") and not flags & re.IGNORECASE:
        close = _closing(alternative, 0)
        inner, rest = alternative[4:close], alternative[close + 1:]
        if close < 0 or len(_top_level_alternatives(inner)) > 1 or not _opens_with_letter(inner):
            return None
        if rest[:1] in ("*", "+", "?", "{"):
            return None
        return [letter + f"(?i:{inner[1:]})" + rest for letter in letter_variants(inner[0], re.IGNORECASE)]
    if alternative.startswith("(?:"):
        close = _closing(alternative, 0)
        if close < 0 or alternative[close + 1:close + 2] in ("*", "+", "?", "{"):
            return None
        out = []
        for inner in _top_level_alternatives(alternative[3:close]):
            led = _led_alternatives(inner + alternative[close + 1:], flags)
            if led is None:
                return None
            out += led
        return out
    return None


def word_start_led(alternation: str, flags: int = 0) -> str | None:
    """`(?<![\\w])(?:alternation)` rewritten as one group whose alternatives each open with a letter as a literal and
    test the word start right after it: a group of such alternatives lets the engine skip to those letters instead
    of trying the look-behind at every position. Alternatives that open with "(?i:word …)" or with a group of such
    alternatives are split out, in the order the engine tries them. None when an alternative opens otherwise, or
    when the alternation captures a group (a split would repeat it)."""
    if re.compile(alternation, flags).groups:
        return None
    out = []
    for alternative in _top_level_alternatives(alternation):
        led = _led_alternatives(alternative, flags)
        if led is None:
            return None
        out += [f"{part[0]}(?<![\\w]{part[0]}){part[1:]}" for part in led]
    return "(?:" + "|".join(out) + ")"
