"""The extraction pipeline for one text: normalise → find → resolve → relate → Extraction.

Pure: the result depends on the text alone, so texts can be extracted in parallel and cached by hash.
"""
from __future__ import annotations

import time
from typing import Callable

from .find import find_all
from .find_titles import settle_with_header
from .header import merge_header, read_header, title_mention
from .model import Extraction, Mention, Text
from .normalise import for_matching, nfc
from .relate import inferred_issuers, relate
from .resolve import resolve


def extract_text(content: str, source: str = "-") -> Extraction:
    return extract(Text(source=source, content=nfc(content)))


def extract(text: Text) -> Extraction:
    return _pipeline(text, lambda stage: None)


def extract_stages(content: str) -> list[tuple[str, float]]:
    """Seconds spent in each stage of one text's extraction (for scripts/profile_extraction.py)."""
    laps: list[tuple[str, float]] = []
    last = time.process_time()

    def lap(stage: str) -> None:
        nonlocal last
        now = time.process_time()
        laps.append((stage, now - last))
        last = now

    text = Text(source="-", content=nfc(content))
    lap("nfc")
    _pipeline(text, lap)
    return laps


def _pipeline(text: Text, lap: Callable[[str], None]) -> Extraction:
    view = for_matching(text.content)
    lap("view")
    header = read_header(text.content, view)
    lap("header")
    found = find_all(view, text.content)
    lap("find")
    found = settle_with_header(found, header.doc_type if header else None, header.organ_label if header else None)
    found, own_index, organ_index = merge_header(found, header, text.content)
    entities, of_found = resolve(text.content, found, view)
    lap("resolve")
    own = of_found.get(own_index) if own_index is not None else None
    organ = of_found.get(organ_index) if organ_index is not None else None
    titled = title_mention(header, text.content) if own is not None else None
    relations = relate(text.content, found, of_found, view, header=header, own=own, organ=organ)
    lap("relate")
    stated = {(r.source, r.type, r.target) for r in relations}
    extra_entities, inferred = inferred_issuers(entities)
    entities += extra_entities
    relations += [r for r in inferred if (r.source, r.type, r.target) not in stated]
    if titled is not None:
        # After the relation rules, which read the own document's mention from the type line.
        own.mentions = sorted(own.mentions + [Mention(titled[0], titled[1], text.content[titled[0]:titled[1]])])
    lap("inferred")
    return Extraction(text=text, entities=entities, relations=relations)
