"""The `Found` span every finder yields, and the pattern fragments the finders share."""
from __future__ import annotations

import re

from dataclasses import dataclass, field


@dataclass
class Found:
    """One mention found in the matching view: [start, end) indexes the text unchanged.

    kind: reference (numbered, with a symbol) | short (number only) | named (unnumbered document or
    program) | body | event | provision | self (the text's own document).
    """

    start: int
    end: int
    type: str
    label: str
    attributes: dict = field(default_factory=dict)
    kind: str = "reference"



def _vietnamese_letters() -> tuple[str, str]:
    """Every NFC Vietnamese letter, split into upper and lower case (ranges would interleave the two)."""
    import unicodedata

    bases = "aăâeêioôơuưy"
    tones = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    lower = {unicodedata.normalize("NFC", unicodedata.normalize("NFD", b) + t) for b in bases for t in tones}
    lower |= set("bcdđfghjklmnpqrstvwxz")
    upper = {c.upper() for c in lower}
    return "".join(sorted(upper)), "".join(sorted(lower))


# Letter classes of the matching view (NFC Vietnamese).
UPPER, LOWER = _vietnamese_letters()
ROMAN = r"(?:X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})"
KHOA = r"(?:khóa|Khóa|KHÓA)"
# A blank line, maybe holding only markup ("\n\n** **\n\n"): no name goes on past it.
BLANK_LINE = re.compile(r"\n[ \t*#|]*\n")


@dataclass
class Scan:
    """One text being scanned: the matching view, the text itself (for line starts), and scratch state that
    finders share while the anchors of this text are visited in order."""

    view: str
    content: str | None = None
    state: dict = field(default_factory=dict)

    def cut_at_blank_line(self, start: int, end: int) -> int | None:
        """Where a name read from `start` to `end` ends when a blank line lies inside it: before that line, trailing
        spaces dropped. None when there is no blank line, or the text's lines are not known."""
        if self.content is None:
            return None
        blank = BLANK_LINE.search(self.content, start, end)
        return None if blank is None else start + len(self.view[start:blank.start()].rstrip())


def case_variants(phrase: str) -> set[str]:
    """The ways a head phrase is written: as listed, lower case, upper case, first or each word capitalised."""
    return {phrase, phrase.lower(), phrase.upper(), phrase[:1].upper() + phrase[1:],
            " ".join(w[:1].upper() + w[1:] for w in phrase.split())}


def spaced_alternation(phrases) -> str:
    """A regex alternation of `phrases` in their order, each space in them matching any run of whitespace (a phrase
    wrapped over lines: "Nghị\nquyết")."""
    return "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in phrases)


def literal_union(literals) -> str:
    """A regex matching any of `literals`, longest first, factored as a trie ("B(?:an|ộ(?: luật)?)") so that
    the engine does one character test per step instead of trying every alternative in turn."""
    import re

    trie: dict = {}
    for literal in literals:
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            # Greedy optional: the longer literal is preferred, the shorter one still matches.
            return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return emit(trie)
