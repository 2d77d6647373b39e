"""The relation tables (graph/lexicons/relation_*.tsv) compiled into the patterns the relation rules use."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


def _rows(name: str) -> list[list[str]]:
    text = resources.files("graph").joinpath("lexicons").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [[cell.strip() for cell in row] for row in csv.reader(lines, delimiter="\t")]


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
    return tuple(Trigger(*row[:4]) for row in _rows("relation_triggers.tsv"))


@cache
def trigger_pattern() -> re.Pattern:
    """One alternation of every trigger, longest first; group `t<i>` names the trigger that matched."""
    ordered = sorted(enumerate(triggers()), key=lambda item: -len(item[1].phrase))
    alternation = "|".join(f"(?P<t{i}>{_phrase_pattern(t.phrase)})" for i, t in ordered)
    return re.compile(rf"(?<![\w])(?:{alternation})(?![\w])", re.IGNORECASE)


def trigger_of(match: re.Match) -> Trigger:
    return triggers()[int(match.lastgroup[1:])]


@cache
def words(role: str) -> tuple[str, ...]:
    return tuple(sorted((row[0] for row in _rows("relation_words.tsv") if row[1] == role), key=len, reverse=True))


def alternation(role: str) -> str:
    return "|".join(_phrase_pattern(w) for w in words(role))
