"""A consolidated text's list of amending documents under its base document (real corpus texts)."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import stated


def test_each_amending_document_listed_under_the_base_document_amends_it():
    # "Nghị định số\n88/2024/NĐ-CP ngày … quy định về bồi thường, …, có hiệu lực kể từ ngày 01 tháng 8\nnăm 2024,
    # được sửa đổi, bổ sung bởi:\n\nNghị định số\n151/2025/NĐ-CP …\n\nNghị định số\n226/2025/NĐ-CP …"
    triples = stated(extract_text(corpus_text("nd-81-vbhn-bnnmt.txt")))
    assert {("151/2025/NĐ-CP", "amends", "88/2024/NĐ-CP"), ("226/2025/NĐ-CP", "amends", "88/2024/NĐ-CP")} <= triples


def test_numbered_items_and_a_single_item_of_the_list():
    # "1. Quyết định số 29/2019/QĐ-TTg …;\n\n2. Quyết định số 38/2025/QĐ-TTg …" under Quyết định số 25/2016/QĐ-TTg
    triples = stated(extract_text(corpus_text("qd-89-vbhn-bqp.txt")))
    assert {("29/2019/QĐ-TTg", "amends", "25/2016/QĐ-TTg"), ("38/2025/QĐ-TTg", "amends", "25/2016/QĐ-TTg")} <= triples
    # One item only, its base a circular whose title names a decree (the decree is not what was amended).
    triples = stated(extract_text(corpus_text("tt-94-vbhn-bqp.txt")))
    assert ("101/2025/TT-BQP", "amends", "195/2019/TT-BQP") in triples
    assert ("101/2025/TT-BQP", "amends", "18/2019/NĐ-CP") not in triples


def test_the_list_ends_at_the_first_paragraph_that_opens_with_no_document():
    # "…;\nQuyết định số 22/2025/QĐ-TTg … của Bộ Quốc phòng.\n*Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12\nnăm 2001;*"
    triples = stated(extract_text(corpus_text("qd-92-vbhn-bqp.txt")))
    assert ("22/2025/QĐ-TTg", "amends", "142/2008/QĐ-TTg") in triples
    assert not {t for t in triples if t[1] == "amends" and t[0].startswith("Luật Tổ chức Chính phủ")}


def _amends_into(name):
    extraction = extract_text(corpus_text(name))
    by_id = {e.id: e for e in extraction.entities}
    return {(by_id[r.source].label, by_id[r.target].label) for r in extraction.relations if r.type == "amends"}


def test_the_provision_named_before_the_amended_document_is_amended_too():
    # "… điểm g khoản 3 Điều 15 Luật Chứng khoán được sửa đổi, bổ sung theo Luật số 56/2024/QH15"
    assert ("Luật số 56/2024/QH15", "điểm g khoản 3 Điều 15 Luật Chứng khoán") in \
        _amends_into("ngay-29-11-2024-tai-ky-hop-thu-8-quoc-hoi-khoa-xv-da-thong-qua-luat-so.txt")
    # "… khoản 3, khoản 4, khoản 5, khoản 6, khoản 7 Điều 198a Luật số 32/2024/QH15 được sửa đổi, bổ sung bởi Luật số
    # 96/2025/QH15."
    pairs = _amends_into("nd-304-2025-nd-cp.txt")
    assert ("Luật số 96/2025/QH15", "khoản 3, khoản 4, khoản 5, khoản 6, khoản 7 Điều 198a Luật số 32/2024/QH15") in pairs
    # A document never amends its own provision (a site summary names the amending law by the amended one's name).
    assert not {(source, target) for source, target in pairs if source == "Luật số 32/2024/QH15"}


def test_a_change_of_some_articles_is_the_documents_not_the_provisions():
    # "Sửa đổi, bổ sung khoản 2 Điều 93 của Luật Xây dựng số 50/2014/QH13 đã được sửa đổi, bổ sung một số điều theo
    # Luật số 03/2016/QH14 …": the amending laws changed the law, the own law changes the clause.
    pairs = _amends_into("luat-kien-truc-2019.txt")
    assert not {(s, t) for s, t in pairs if s.startswith("Luật số 03/2016") and "Điều 93" in t}


def test_a_bracketed_change_names_the_law_as_amended_not_the_provision():
    # "Cán bộ quy định tại khoản 1 và khoản 3 Điều 4 Luật Cán bộ, công chức năm 2008 (được sửa đổi, bổ sung tại Luật
    # sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019) …"
    pairs = _amends_into("thay-mat-bo-chinh-tri-thuong-truc-ban-bi-thu-tran-cam-tu-da-ky-thong-b.txt")
    assert not {(s, t) for s, t in pairs if "Điều 4" in t}
    assert any(t == "Luật Cán bộ, công chức năm 2008" for _, t in pairs)


def test_the_preamble_a_consolidated_text_writes_again_is_the_base_documents():
    # "Quyết định số 25/2016/QĐ-TTg … được sửa đổi, bổ sung bởi: …" then "*Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6
    # năm 2015;* … *Xét đề nghị của Bộ trưởng Bộ Quốc phòng,*": the grounds and the proposer are the decision's, and
    # the ministry that consolidates the text may be its proposer.
    triples = stated(extract_text(corpus_text("qd-89-vbhn-bqp.txt")))
    assert ("25/2016/QĐ-TTg", "based_on", "21/2012/NĐ-CP") in triples
    assert ("Bộ Quốc phòng", "advises", "25/2016/QĐ-TTg") in triples
    # A circular's: "*Căn cứ Luật Điện lực ngày 30 tháng 11 năm 2024;* … *Theo đề nghị của Cục trưởng Cục Điều tiết
    # điện lực;*" under Thông tư số 09/2025/TT-BCT.
    triples = stated(extract_text(corpus_text("tt-57-vbhn-bct.txt")))
    assert {("09/2025/TT-BCT", "based_on", "96/2022/NĐ-CP"), ("Cục Điều tiết điện lực", "advises", "09/2025/TT-BCT")} <= triples


def test_grounds_made_after_the_base_document_are_not_its_own():
    # Under Nghị định số 88/2024/NĐ-CP the consolidated text writes "*Căn cứ Luật Tổ chức Chính phủ năm 2025;*": the
    # latest amending decree's grounds, which a decree of 2024 cannot have had.
    triples = stated(extract_text(corpus_text("nd-81-vbhn-bnnmt.txt")))
    assert not any(s == "88/2024/NĐ-CP" and r == "based_on" for s, r, t in triples)


def _own_document(name):
    extraction = extract_text(corpus_text(name))
    return next(e for e in extraction.entities if "/VBHN-" in (e.attributes.get("symbol") or ""))


def test_a_consolidated_text_is_the_consolidation_not_the_document_it_consolidates():
    # "Số: 89/VBHN-BQP … **QUYẾT ĐỊNH** VỀ VIỆC BAN HÀNH QUY CHẾ …": the text is a văn bản hợp nhất (gold, extra-21's
    # qd-92-vbhn-bqp: OtherDocument "Văn bản hợp nhất số 92/VBHN-BQP"), not Quyết định 25/2016/QĐ-TTg it consolidates.
    for name, symbol in (("qd-89-vbhn-bqp.txt", "89/VBHN-BQP"), ("nd-81-vbhn-bnnmt.txt", "81/VBHN-BNNMT"),
                         ("tt-94-vbhn-bqp.txt", "94/VBHN-BQP"), ("tt-57-vbhn-bct.txt", "57/VBHN-BCT")):
        own = _own_document(name)
        assert (own.type, own.label) == ("OtherDocument", f"Văn bản hợp nhất số {symbol}")
    # "Nghị định này quy định chi tiết, hướng dẫn thi hành … của Luật Đất đai": the type line still anchors what the
    # consolidated text says of itself.
    triples = stated(extract_text(corpus_text("nd-81-vbhn-bnnmt.txt")))
    assert ("81/VBHN-BNNMT", "guides", "31/2024/QH15") in triples
