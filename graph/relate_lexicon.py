"""The relation tables (graph/lexicons/relation_*.tsv) compiled into the patterns the relation rules use."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import rows


@dataclass(frozen=True)
class Trigger:
    phrase: str
    relation: str
    voice: str  # active | passive | postfix
    source: str  # document | body | any


# "{n}" in a trigger phrase: an optional duration ("3 năm", "mười năm").
_DURATION = r"(?:\S+\s+năm\s+)?"


def _phrase_pattern(phrase: str) -> str:
    parts = [re.escape(part) for part in phrase.split()]
    out = ""
    for part in parts:
        if part == re.escape("{n}"):
            out += _DURATION
        else:
            out += part + r"\s+"
    return out[:-3] if out.endswith(r"\s+") else out


@cache
def triggers() -> tuple[Trigger, ...]:
    return tuple(Trigger(*row[:4]) for row in rows("relation_triggers.tsv"))


@cache
def trigger_pattern() -> re.Pattern:
    """Every trigger in one pattern, factored as a word trie (a flat alternation of ~70 phrases is slow);
    an empty group `t<i>` at the end of each phrase names the trigger that matched, longest phrase first."""
    return re.compile(_trigger_source(), re.IGNORECASE)


@cache
def lower_trigger_pattern() -> re.Pattern:
    """trigger_pattern without IGNORECASE (several times faster), for text that is lower-cased first
    (`lowered`): the phrases are all lower case."""
    return re.compile(_trigger_source())


def _trigger_source() -> str:
    return rf"(?:{_first_words(_trigger_trie())})(?![\w])"


def _trigger_trie() -> dict:
    """The trigger phrases as a trie of words; "" at a node: the index of the trigger that ends there."""
    trie: dict = {}
    for index, trigger in enumerate(triggers()):
        node = trie
        for token in _tokens(trigger.phrase):
            node = node.setdefault(token, {})
        node.setdefault("", index)
    return trie


def _first_words(trie: dict) -> str:
    """The top of the trie, one branch per first letter, the word-start check right after that letter.

    Every branch then opens with a literal, so the engine skips straight to the few letters that can start
    a phrase (a leading look-behind is tried at every position and hides them), and one branch per letter
    keeps the tries at each position few. Phrases with different first letters never match at the same
    place, and a letter's phrases keep their order, so the match is the one the flat alternation gives."""
    by_letter: dict[str, list[str]] = {}
    for token, child in _ordered(trie):
        letter = token[0]
        if not letter.isalpha():  # not a plain letter (an escape, a duration slot): checked before it
            by_letter.setdefault("", []).append(r"(?<![\w])" + _branch(token, child, token))
        else:
            by_letter.setdefault(letter, []).append(_branch(token[1:], child, token))
    return "|".join("|".join(branches) if letter == "" else rf"{letter}(?<![\w]{letter})(?:{'|'.join(branches)})"
                    for letter, branches in by_letter.items())


# Characters that IGNORECASE matches to a phrase's letter but that lower-casing does not turn into it
# (dotless i, long s); a text holding one is read with the IGNORECASE pattern.
_CASE_ODDITIES = ("\u0131", "\u017f")  # tested one by one in `lowered` (no generator per window)


def lowered(text: str) -> str | None:
    """`text` lower-cased when lower_trigger_pattern finds in it exactly what trigger_pattern finds in
    `text` (same length, no case oddities), else None."""
    low = text.lower()
    if len(low) != len(text) or _CASE_ODDITIES[0] in low or _CASE_ODDITIES[1] in low or not _phrases_in_lower_case():
        return None
    return low


@cache
def _phrases_in_lower_case() -> bool:
    """lower_trigger_pattern matches lower-cased text only if every phrase is listed in lower case."""
    return all(t.phrase == t.phrase.lower() for t in triggers())


def _tokens(phrase: str) -> list[str]:
    # A listed comma may go unwritten: "được sửa đổi bổ sung bởi Nghị định số 111/2025/NĐ-CP".
    return [_DURATION if word == "{n}" else re.escape(word[:-1]) + ",?" if word.endswith(",") else re.escape(word)
            for word in phrase.split()]


def _trie_pattern(node: dict, after_duration: bool) -> str:
    """The continuation from one trie node; a duration slot holds its own trailing space."""
    separator = "" if after_duration else r"\s+"
    return "|".join(separator + _branch(token, child, token) for token, child in _ordered(node))


def _ordered(node: dict) -> list[tuple[str, dict]]:
    # A duration slot may match nothing: try the words first. A word listed with its comma ("sửa đổi, bổ sung,
    # bãi bỏ") also matches it without one: try it before the bare word, whose shorter phrase would else win.
    return sorted(((t, c) for t, c in node.items() if t), key=lambda item: (item[0] == _DURATION, not item[0].endswith(",?")))


def _branch(written: str, child: dict, token: str) -> str:
    """`written` (the token, or what is left of it) followed by the continuations of `token`'s node."""
    rest = _trie_pattern(child, token == _DURATION)
    end = f"(?P<t{child['']}>)" if "" in child else ""
    if rest and end:
        return f"{written}(?:{rest}|{end})"
    if rest:
        return f"{written}(?:{rest})"
    return f"{written}{end}"


def trigger_of(match: re.Match) -> Trigger:
    # The pattern's only groups are the empty `t<i>` at the ends of phrases: one of them took part.
    name = match.lastgroup or next(name for name, value in match.groupdict().items() if value is not None)
    return triggers()[int(name[1:])]


@cache
def words(role: str) -> tuple[str, ...]:
    return tuple(sorted((row[0] for row in rows("relation_words.tsv") if row[1] == role), key=len, reverse=True))


@cache
def alternation(role: str) -> str:
    return "|".join(phrase_patterns(role))


@cache
def phrase_patterns(role: str) -> tuple[str, ...]:
    """The pattern of each phrase of a role, longest first (the alternatives of `alternation`)."""
    return tuple(_phrase_pattern(w) for w in words(role))
