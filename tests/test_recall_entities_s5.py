"""Entities of the fifth session (issue 3u), on real sentences of ../shared/corpus (texts outside the development
gold where the corpus has them)."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text


def _labels(extraction, type_: str) -> dict[str, set[str]]:
    return {e.label: {m.text.replace("\n", " ") for m in e.mentions} for e in extraction.entities if e.type == type_}


def _around(name: str, phrase: str, before: int = 60, after: int = 120) -> str:
    text = " ".join(corpus_text(name).split())
    start = text.index(phrase)
    return text[max(0, start - before):start + after]


def test_the_2003_supervision_law_is_named_apart_from_the_2015_one():
    # The 2015 supervision law repeals "Luật hoạt động giám sát của Quốc hội số 05/2003/QH11": a law of its own,
    # named with "của Quốc hội" (the productive name stops at "của"); the 2015 law's longer name still wins.
    laws = _labels(extract_text(_around("luat-hoat-dong-giam-sat-cua-quoc-hoi-va-hoi-dong-nhan-dan-2015.txt",
                                        "Luật hoạt động giám sát của Quốc hội số 05/2003/QH11")), "Law")
    assert "Luật Hoạt động giám sát của Quốc hội" in laws
    laws = _labels(extract_text(_around("quoc-hoi-se-hop-bat-thuong-vao-thang-2-2025.txt",
                                        "Luật Hoạt động giám sát của Quốc hội và Hội")), "Law")
    assert "Luật Hoạt động giám sát của Quốc hội" not in laws
    assert any(label.endswith("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân") for label in laws)
