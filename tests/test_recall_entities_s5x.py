"""Entities of the fifth session's second round (issue 3x), on real sentences of ../shared/corpus (texts outside
the development gold where the corpus has them)."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text


def _labels(extraction, type_: str) -> dict[str, set[str]]:
    return {e.label: {m.text.replace("\n", " ") for m in e.mentions} for e in extraction.entities if e.type == type_}


def _around(name: str, phrase: str, before: int = 60, after: int = 120) -> str:
    text = " ".join(corpus_text(name).split())
    start = text.index(phrase)
    return text[max(0, start - before):start + after]


def test_related_to_stays_inside_a_programs_name():
    # "liên quan đến" (related to) is part of the name; "năm 2025 và 2026" is its period, two years.
    programs = _labels(extract_text(_around("qd-2609-qd-ubnd.txt", "Chương trình cắt giảm, đơn giản hóa thủ tục",
                                            after=160)), "Program")
    assert set(programs) == {"Chương trình cắt giảm, đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, "
                             "kinh doanh năm 2025 và 2026"}
    # The abbreviated name reads the same way, and stops before the sentence goes on (", cắt giảm các thành phần …").
    programs = _labels(extract_text(_around("qd-2842-qd-ubnd-ho-chi-minh.txt", "Chương trình cắt giảm, đơn giản hóa TTHC",
                                            after=160)), "Program")
    assert set(programs) == {"Chương trình cắt giảm, đơn giản hóa TTHC liên quan đến hoạt động sản xuất, kinh doanh "
                             "năm 2025 và 2026"}
    # The ministry's programme for 2025 alone is another one.
    programs = _labels(extract_text(corpus_text("qd-5042-qd-bnnmt.txt")[:1400]), "Program")
    assert len(programs) == 2
