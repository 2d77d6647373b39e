"""Source typos inside a reference's symbol, repaired in the canonical symbol while the mention keeps the text as
written (../shared/gold/README.md: the gold stores the canonical symbol), on real sentences of ../shared/corpus."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from graph.normalise import normalise_symbol
from relation_helpers import with_mention


def test_a_year_run_into_the_type_code_gets_its_slash_back():
    # "Thông tư số 49/2025TT-BCT\nngày 09/9/2025": the same circular the text also writes "49/2025/TT-BCT".
    entities = extract_text(corpus_text("qd-3361-qd-bct.txt")).entities
    circular = with_mention(entities, "Thông tư số 49/2025TT-BCT ngày 09 tháng 9 năm 2025")
    assert circular.attributes["symbol"] == "49/2025/TT-BCT" and circular.attributes["date"] == "2025-09-09"
    assert "Thông tư số 49/2025/TT-BCT" in {" ".join(m.text.split()) for m in circular.mentions}
    entities = extract_text(corpus_text("qd-02144-qd-ubnd-dak-lak.txt")).entities
    circular = with_mention(entities, "Thông tư số 49/2025TT-BCT ngày 09/9/2025")
    assert circular.attributes["symbol"] == "49/2025/TT-BCT" and circular.attributes["date"] == "2025-09-09"


def test_a_year_with_no_code_after_it_is_not_repaired():
    assert normalise_symbol("168/2024") == "168/2024"
    assert normalise_symbol("2021-2025") == "2021-2025"


def test_a_letter_o_for_the_q_of_the_legislature_is_the_same_law():
    # "Luật Đấu thầu số\n22/2023/OH15 được sửa đổi, …": the law the text cites as 22/2023/QH15 earlier.
    entities = extract_text(corpus_text("qd-2015-qd-ubnd-an-giang.txt")).entities
    law = with_mention(entities, "Luật Đấu thầu số 22/2023/OH15")
    assert law.attributes["symbol"] == "22/2023/QH15"
    assert "Luật Đấu thầu số 22/2023/QH15" in {" ".join(m.text.split()) for m in law.mentions}
    assert normalise_symbol("38/2001/PL-UBTVOH10") == "38/2001/PL-UBTVQH10"


def test_a_stray_space_before_a_mixed_case_issuer_code():
    # "… và Quyết định số 227/QĐ- TTg ngày 12/3/2024 về điều chỉnh …": the Prime Minister's decision, dated.
    entities = extract_text(corpus_text("qd-4385-qd-bvhttdl.txt")).entities
    decision = with_mention(entities, "Quyết định số 227/QĐ- TTg ngày 12/3/2024")
    assert decision.attributes["symbol"] == "227/QĐ-TTg" and decision.attributes["date"] == "2024-03-12"


def test_emphasis_stars_on_both_sides_of_a_separator_stay_inside_the_symbol():
    # "*Căn cứ Nghị định số 63**/**2010**/**NĐ-CP ngày 08\ntháng 6 năm 2010 của Chính phủ …": a converter's bold
    # slashes; the reference was read as "Nghị định số 63" without its symbol or date.
    entities = extract_text(corpus_text("qd-3618-qd-byt.txt")).entities
    decree = with_mention(entities, "Nghị định số 63**/**2010**/**NĐ-CP ngày 08 tháng 6 năm 2010")
    assert decree.attributes["symbol"] == "63/2010/NĐ-CP" and decree.attributes["date"] == "2010-06-08"


def test_cyrillic_look_alike_capitals_in_an_issuer_code_are_latin():
    # "Nghị định số 137/2020/NĐ-СР ngày 27 tháng 11 năm 2020" with a Cyrillic "СР": the Government's decree.
    entities = extract_text(corpus_text("qd-4422-qd-bvhttdl.txt")).entities
    decree = with_mention(entities, "Nghị định số 137/2020/NĐ-\u0421\u0420 ngày 27 tháng 11 năm 2020")
    assert decree.attributes["symbol"] == "137/2020/NĐ-CP" and decree.attributes["date"] == "2020-11-27"


def test_a_converter_bold_over_one_digit_does_not_split_the_symbol():
    # "*Căn cứ Điều\n7 Luật Thủ đô số 39/2024/QH**1**5**;*" and "*Căn cứ Nghị định số **1**52/2025/NĐ-CP\ncủa Chính
    # phủ …": read as "39/2024/QH" and "Nghị định số 1" before.
    entities = extract_text(corpus_text("nq-83-2025-nq-hdnd.txt")).entities
    assert with_mention(entities, "Luật Thủ đô số 39/2024/QH**1**5").attributes["symbol"] == "39/2024/QH15"
    decree = with_mention(entities, "Nghị định số **1**52/2025/NĐ-CP")
    assert decree.attributes["symbol"] == "152/2025/NĐ-CP" and decree.attributes["number"] == "152"
    entities = extract_text(corpus_text("qd-89-vbhn-bqp.txt")).entities
    decree = with_mention(entities, "Nghị định số **1**04/2012/NĐ-CP ngày 05 tháng 12 năm 2012")
    assert decree.attributes["symbol"] == "104/2012/NĐ-CP" and decree.attributes["date"] == "2012-12-05"
