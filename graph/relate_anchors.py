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
    # The word-boundary check comes after the first letter: a leading look-behind is tried at every position.
    this = re.compile(rf"{words[:4]}(?<![\w]{words[:4]}){words[4:]}\s+này(?![\w])")
    anchors += [Anchor(m.start(), m.end()) for m in this.finditer(ctx.view)]
    if ctx.preamble_span is not None:
        # "… ban hành Nghị định <title>": the type word with no number after it.
        upper = r"\s+".join(re.escape(w) for w in type_phrase.upper().split())
        enacted = re.compile(rf"(?<=ban hành\s)(?:{words}|{upper})(?!\s*(?:số|\d|này))(?![\w])")
        anchors += [Anchor(m.start(), m.end()) for m in enacted.finditer(ctx.view, *ctx.preamble_span)]
    return sorted(anchors, key=lambda a: a.start)
