"""Relation constructions read in the sixth session (relations left to read on the development sets), on real
sentences of ../shared/corpus."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import passage_triples, stated


def test_an_amending_title_reads_past_a_semicolon_in_its_first_objects_title():
    # "… của Thông tư số 09/2025/TT-BCT … quy định hồ sơ, … khung giá phát điện; quy định hồ sơ, … khung giá nhập
    # khẩu điện và Thông tư số 12/2025/TT-BCT …": the first object's own title holds a semicolon; "và" and a document
    # of its type after it is the second object changed. Here in a consolidated text's list of amending circulars.
    triples = passage_triples("tt-57-vbhn-bct.txt", "Thông tư số\n54/2025/TT-BCT", "12/2025/TT-BCT")
    assert ("54/2025/TT-BCT", "amends", "09/2025/TT-BCT") in triples
    assert ("54/2025/TT-BCT", "amends", "12/2025/TT-BCT") in triples
    # A ground after a semicolon is not read as one more object: "Căn cứ Nghị định số 29/2025/NĐ-CP … sửa đổi, bổ
    # sung … của Nghị định số 29/2025/NĐ-CP …;* *Căn cứ Nghị định số 63/2010/NĐ-CP …; Nghị định số 48/2013/NĐ-CP … và
    # Nghị định số 92/2017/NĐ-CP …".
    triples = passage_triples("qd-4014-qd-btc.txt", "Nghị định số 166/2025/NĐ-CP", "kiểm soát thủ tục hành chính;")
    assert ("166/2025/NĐ-CP", "amends", "29/2025/NĐ-CP") in triples
    assert not {t for t in triples if t[0] == "166/2025/NĐ-CP" and t[1] == "amends" and t[2] != "29/2025/NĐ-CP"}


def test_an_issuer_named_with_its_place_wins_over_a_bare_organ_read_as_the_own_province():
    # "Quyết định số 09/2019/QĐ-UBND ngày 28/5/2019 của Ủy ban nhân dân tỉnh Kon Tum …", then "… Quyết định
    # 09/2019/QĐ-UBND ngày 28 tháng 5 năm 2019 của Ủy ban nhân dân tỉnh": in a 2025 decision of Quảng Ngãi (which Kon
    # Tum joined), the bare organ reads as Quảng Ngãi's, but the decision is Kon Tum's, as the text says first.
    triples = stated(extract_text(corpus_text("qd-44-2025-qd-ubnd-quang-ngai.txt")))
    for symbol in ("09/2019/QĐ-UBND", "06/2020/QĐ-UBND"):
        assert (symbol, "issued_by", "Ủy ban nhân dân tỉnh Kon Tum") in triples
        assert (symbol, "issued_by", "Ủy ban nhân dân tỉnh Quảng Ngãi") not in triples
    # The own decision keeps its issuer, the province named in its header.
    assert ("44/2025/QĐ-UBND", "issued_by", "Ủy ban nhân dân tỉnh Quảng Ngãi") in triples


def test_a_date_written_with_a_slip_still_stands_between_a_document_and_its_issuer():
    # "Nghị định số 55/2023/NĐ-CP ngày 21 1 tháng 7 năm 2023 của Chính phủ" (a stray number in the date).
    triples = passage_triples("theo-do-thong-tu-nay-quy-dinh-ve-doi-tuong-nguyen-tac-truong-hop-duoc.txt",
                              "Nghị định số 55/2023/NĐ-CP", "của Chính phủ")
    assert ("55/2023/NĐ-CP", "issued_by", "Chính phủ") in triples
    # "Chỉ thị số 05/CT-TTg ngày 01/3/2025/ của Thủ tướng Chính phủ" (a slash after the date).
    triples = passage_triples("cac-van-ban-tac-dong-den-thi-truong-bat-dong-san-quy-1-2025.txt",
                              "Chỉ thị số 05/CT-TTg", "của Thủ tướng Chính phủ")
    assert ("05/CT-TTg", "issued_by", "Thủ tướng Chính phủ") in triples


def test_the_proposers_end_where_the_enacting_head_begins():
    # "Theo đề nghị của Vụ trưởng Vụ Dầu khí và Than,* *Bộ trưởng Bộ Công Thương ban hành Thông tư …": the line after
    # the comma is the promulgation, whose head enacts; the ministry proposes nothing to itself.
    triples = stated(extract_text(corpus_text("tt-thong-tu-quy-dinh-mot-so-noi-dung-ky-thuat-trong-h.txt")))
    advisers = {source for source, relation, _ in triples if relation == "advises"}
    assert advisers == {"Vụ Dầu khí và Than"}
