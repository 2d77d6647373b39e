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
    trie: dict = {}
    for index, trigger in enumerate(triggers()):
        node = trie
        for token in _tokens(trigger.phrase):
            node = node.setdefault(token, {})
        node.setdefault("", index)
    return rf"(?<![\w])(?:{_trie_pattern(trie, True)})(?![\w])"


# Characters that IGNORECASE matches to a phrase's letter but that lower-casing does not turn into it
# (dotless i, long s); a text holding one is read with the IGNORECASE pattern.
_CASE_ODDITIES = ("\u0131", "\u017f")


def lowered(text: str) -> str | None:
    """`text` lower-cased when lower_trigger_pattern finds in it exactly what trigger_pattern finds in
    `text` (same length, no case oddities), else None."""
    low = text.lower()
    if len(low) != len(text) or any(odd in low for odd in _CASE_ODDITIES) or not _phrases_in_lower_case():
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
    branches = []
    # A duration slot may match nothing: try the words first.
    for token, child in sorted(((t, c) for t, c in node.items() if t), key=lambda item: item[0] == _DURATION):
        separator = "" if after_duration else r"\s+"
        rest = _trie_pattern(child, token == _DURATION)
        end = f"(?P<t{child['']}>)" if "" in child else ""
        if rest and end:
            body = f"{token}(?:{rest}|{end})"
        elif rest:
            body = f"{token}(?:{rest})"
        else:
            body = f"{token}{end}"
        branches.append(separator + body)
    return "|".join(branches)


def trigger_of(match: re.Match) -> Trigger:
    # The pattern's only groups are the empty `t<i>` at the ends of phrases: one of them took part.
    name = match.lastgroup or next(name for name, value in match.groupdict().items() if value is not None)
    return triggers()[int(name[1:])]


@cache
def words(role: str) -> tuple[str, ...]:
    return tuple(sorted((row[0] for row in rows("relation_words.tsv") if row[1] == role), key=len, reverse=True))


def alternation(role: str) -> str:
    return "|".join(_phrase_pattern(w) for w in words(role))
