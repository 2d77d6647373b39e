"""A statute's long name read whole when its number follows (graph.find_documents._long_named_law), on real
corpus sentences: commas, a body's name, "của" inside the name."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import corpus_passage, stated, with_symbol


def test_an_old_law_with_commas_in_its_name_is_not_the_own_law_of_a_shorter_name():
    # In the 2011 Complaints Law: "… trong Luật khiếu nại, tố cáo số 09/1998/QH10 đã được sửa đổi, bổ sung …":
    # "Luật khiếu nại" is no mention of the own law 02/2011/QH13 there.
    entities = extract_text(corpus_text("luat-khieu-nai-2011.txt")).entities
    old = with_symbol(entities, "09/1998/QH10")
    assert old.label == "Luật khiếu nại, tố cáo"
    assert {m.text for m in old.mentions} == {"Luật khiếu nại, tố cáo số 09/1998/QH10"}
    own = with_symbol(entities, "02/2011/QH13")
    assert "Luật khiếu nại, tố cáo số 09/1998/QH10" not in {m.text for m in own.mentions}


def test_an_ordinance_named_with_commas_is_repealed_by_the_new_law():
    extraction = extract_text(corpus_text("luat-vien-thong-nam-2009.txt"))
    ordinance = with_symbol(extraction.entities, "43/2002/PL-UBTVQH10")
    assert ordinance.label == "Pháp lệnh bưu chính, viễn thông" and ordinance.type == "Ordinance"
    # "Các quy định về viễn thông của Pháp lệnh bưu chính, viễn thông số 43/2002/PL-UBTVQH10 hết hiệu lực …"
    assert ("41/2009/QH12", "repeals", "43/2002/PL-UBTVQH10") in stated(extraction)


def test_names_holding_a_body_or_of():
    text = corpus_text("luat-to-chuc-chinh-quyen-dia-phuong-2015.txt")
    law = with_symbol(extract_text(text).entities, "11/2003/QH11")
    assert law.label == "Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân"
    passage = corpus_passage("luat-so-66-2020-qh14-bien-phong-viet-nam-2020.txt", "Pháp lệnh Bộ đội Biên phòng số",
                             "hết hiệu lực")
    assert with_symbol(extract_text(passage).entities, "02/1997/PL-UBTVQH9").label == "Pháp lệnh Bộ đội Biên phòng"
    passage = corpus_passage("qd-87-2025-qd-ubnd-2.txt", "Căn cứ Luật Quản lý và Đầu", "68/2025/QH15")
    law = with_symbol(extract_text(passage).entities, "68/2025/QH15")
    # The lexicon knows this name (issue 3u): its label is the lexicon's spelling.
    assert law.label == "Luật Quản lý và đầu tư vốn nhà nước tại doanh nghiệp"


def test_a_name_does_not_run_over_another_document():
    # "Luật Đất đai, Nghị định số …": the number is the decree's, not the law's (and not a statute's code anyway).
    extraction = extract_text("Căn cứ Luật Đất đai, Nghị định số 102/2024/NĐ-CP của Chính phủ;")
    law = next(e for e in extraction.entities if e.label == "Luật Đất đai")
    assert law.attributes.get("symbol") is None
    assert with_symbol(extraction.entities, "102/2024/NĐ-CP").type == "Decree"
    assert not any(r == ("Luật Đất đai", "issued_by", "Chính phủ") for r in stated(extraction))
