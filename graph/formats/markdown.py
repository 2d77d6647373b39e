"""Markdown residue blanked out with spaces of the same length, so offsets into the file stay valid.

The plain text of a .md file is the file itself with heading marks, emphasis, link targets, code fences,
table pipes and inline HTML replaced by spaces; the words stay exactly where they were.
"""
from __future__ import annotations

import re

_RESIDUE = [
    re.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t]|$)", re.M),              # ATX heading marks
    re.compile(r"[ \t]#+[ \t]*$", re.M),                             # closing heading marks
    re.compile(r"^[ \t]*(?:=+|-{3,})[ \t]*$", re.M),                 # setext underlines, rules
    re.compile(r"^[ \t]*(?:[*_][ \t]*){3,}$", re.M),                 # rules written with * or _
    re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M),                        # block quotes
    re.compile(r"^[ \t]*[-*+](?=[ \t])", re.M),                      # bullets
    re.compile(r"^[ \t]*(?:```|~~~).*$", re.M),                      # code fences
    re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.M),       # link reference definitions
    re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$", re.M),  # table rules
    re.compile(r"!?\[(?=[^\]\n]*\]\([^)\n]*\))"),                    # opening bracket of a link or image
    re.compile(r"\]\([^)\n]*\)"),                                    # link target
    re.compile(r"\](?:\[[^\]\n]*\])"),                               # reference link label
    re.compile(r"<(?:https?://|mailto:)[^>\s]*>"),                   # autolinks
    re.compile(r"<!--.*?-->", re.S),                                 # comments
    re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"),         # inline HTML tags
    re.compile(r"(?:\*\*|__|~~)(?=\S)|(?<=\S)(?:\*\*|__|~~)"),       # strong and strike-through
    re.compile(r"(?<![\w*\\])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])"),  # emphasis with *
    re.compile(r"`+"),                                               # code spans
    re.compile(r"\|"),                                               # table cells
    re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|])"),                     # backslash escapes
]


def _blank(match: re.Match) -> str:
    return "".join(c if c in "\r\n" else " " for c in match.group())


def plain_markdown(text: str) -> str:
    """`text` with Markdown syntax replaced by spaces; same length, same line breaks."""
    for pattern in _RESIDUE:
        text = pattern.sub(_blank, text)
    return text
