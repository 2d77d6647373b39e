"""Places that stand for the text's own document without being mentions of it.

"Nghị định này", "Thông tư này" anywhere; in the preamble, the type word right after "ban hành"
("Chính phủ ban hành Nghị định sửa đổi, bổ sung …"); and the title under the type line. Relation rules use
them as the subject of what follows; they are never mentions (gold: anaphora are not mentions).
"""
from __future__ import annotations

import re

from .relate_context import Anchor, Context


def own_anchors(ctx: Context, type_phrase: str) -> list[Anchor]:
    # Only the first letter varies in case ("Nghị định này", "nghị định này"); a full IGNORECASE scan is slow.
    first, rest = type_phrase[0], type_phrase[1:]
    words = f"[{first.upper()}{first.lower()}]" + r"\s+".join(re.escape(w) for w in rest.split(" "))
    anchors: list[Anchor] = []
    if ctx.title_span is not None:
        anchors.append(Anchor(ctx.title_span[0], ctx.title_span[0]))
    anchors += [Anchor(start, end) for start, end in _this_spans(ctx.view, first, words[4:])]
    if ctx.preamble_span is not None:
        # "… ban hành Nghị định <title>": the type word with no number after it.
        upper = r"\s+".join(re.escape(w) for w in type_phrase.upper().split())
        enacted = re.compile(rf"(?<=ban hành\s)(?:{words}|{upper})(?!\s*(?:số|\d|này))(?![\w])")
        anchors += [Anchor(m.start(), m.end()) for m in enacted.finditer(ctx.view, *ctx.preamble_span)]
    return sorted(anchors, key=lambda a: a.start)


def _this_spans(view: str, first: str, rest: str) -> list[tuple[int, int]]:
    """Spans of "<type phrase> này" with either case of its first letter, in text order.

    Led by a literal (a pattern led by one is scanned for several times faster than one led by a class): a rare
    part of the first word, the same in both cases, with the rest of the word checked behind it; or, when the
    first word is one letter, one pattern per case of it. The word-boundary check comes after the whole first word, so that the literal
    the engine skips to is that word, not its (common) first letter; a leading look-behind would be tried at
    every position. Two matches cannot overlap (each ends with "này" right after the phrase).
    """
    spans = []
    head, separator, tail = rest.partition(r"\s+")  # the rest of the first word, then the other words
    letters = sorted({first.upper(), first.lower()})
    if head.isalpha() and all(len(letter) == 1 for letter in letters):
        # Both cases in one scan, led by the rest of the first word from its first accented letter (the same in
        # both cases, and rarer than a plain letter): "ật" of "Luật", "ị" of "Nghị định". What comes before it
        # is checked behind it.
        skipped = next((k for k, char in enumerate(head) if not char.isascii()), 0)
        behind, lead = head[:skipped], head[skipped:]
        cases = "[" + "".join(re.escape(letter) for letter in letters) + "]"
        pattern = re.compile(rf"{lead}(?<={cases}{behind}{lead})(?<![\w]{cases}{behind}{lead}){separator}{tail}"
                             rf"\s+này(?![\w])")
        return [(match.start() - 1 - skipped, match.end()) for match in pattern.finditer(view)]
    for letter in letters:
        lead = re.escape(letter) + head
        pattern = re.compile(rf"{lead}(?<![\w]{lead}){separator}{tail}\s+này(?![\w])")
        spans += [match.span() for match in pattern.finditer(view)]
    return sorted(spans)
