"""The extraction pipeline for one text: normalise → find → resolve → relate → Extraction.

Pure: the result depends on the text alone, so texts can be extracted in parallel and cached by hash.
"""
from __future__ import annotations

from .find import find_all
from .header import merge_header, read_header
from .model import Extraction, Text
from .normalise import for_matching, nfc
from .relate import inferred_issuers, relate
from .resolve import resolve


def extract_text(content: str, source: str = "-") -> Extraction:
    return extract(Text(source=source, content=nfc(content)))


def extract(text: Text) -> Extraction:
    view = for_matching(text.content)
    header = read_header(text.content, view)
    found, own_index, organ_index = merge_header(find_all(view, text.content), header, text.content)
    entities, of_found = resolve(text.content, found, view)
    own = of_found.get(own_index) if own_index is not None else None
    organ = of_found.get(organ_index) if organ_index is not None else None
    relations = relate(text.content, found, of_found, view, header=header, own=own, organ=organ)
    stated = {(r.source, r.type, r.target) for r in relations}
    extra_entities, inferred = inferred_issuers(entities)
    entities += extra_entities
    relations += [r for r in inferred if (r.source, r.type, r.target) not in stated]
    return Extraction(text=text, entities=entities, relations=relations)
