"""A law's symbol whose legislature term stands apart, and national bodies named by law (real corpus texts)."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import stated, with_mention


def _symbols(name):
    return {e.attributes.get("symbol") for e in extract_text(corpus_text(name)).entities}


def test_header_symbol_with_the_term_apart():
    # "Luật số:   73/2006/QH 11", "Luật số: 79/2006/QH   11": the law of the 11th legislature
    extraction = extract_text(corpus_text("luat-binh-dang-gioi-2006-73-2006-qh11.txt"))
    assert ("73/2006/QH11", "issued_by", "Quốc hội") in stated(extraction)
    assert "79/2006/QH11" in _symbols("luat-de-dieu-2006-79-2006-qh11.txt")
    assert "79/2006/QH" not in _symbols("luat-de-dieu-2006-79-2006-qh11.txt")


def test_amending_law_with_the_term_apart_in_a_list():
    # "… đã được sửa đổi, bổ sung một số điều theo Luật số 32/2013/QH 13, Luật số 46/2014/QH13, …"
    triples = stated(extract_text(corpus_text("luat-51-2024-qh15.txt")))
    assert ("32/2013/QH13", "amends", "25/2008/QH12") in triples
    assert not {t for t in triples if t[0] == "32/2013/QH"}


def test_a_single_digit_after_markdown_residue_is_not_a_term():
    # "Luật Thủ đô số 39/2024/QH**1**5**;": the blanked residue leaves "QH  1  5"; no term "1" is read
    assert "39/2024/QH1" not in _symbols("nq-83-2025-nq-hdnd.txt")


def test_national_centres_named_by_law_are_bodies():
    for name, surface in (("luat-ly-lich-tu-phap-2009-28-2009-qh12.txt", "Trung tâm lý lịch tư pháp quốc gia"),
                          ("luat-dac-xa-2018.txt", "Trung tâm lý lịch tư pháp quốc gia"),
                          ("qd-2629-qd-ttg.txt", "Trung tâm dữ liệu quốc gia")):
        entity = with_mention(extract_text(corpus_text(name)).entities, surface)
        assert entity.type == "Body", (name, entity.label)


def test_the_coast_guard_named_in_a_list_of_forces():
    # "1. Cơ quan Công an, Bộ đội Biên phòng, Cảnh sát biển đã giải cứu nạn nhân …"
    entities = extract_text(corpus_text("luat-66-2011-qh12-phong-chong-mua-ban-nguoi.txt")).entities
    assert with_mention(entities, "Cảnh sát biển").label == "Cảnh sát biển Việt Nam"
