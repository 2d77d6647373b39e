"""Relation constructions read in this session's second round, on real sentences of ../shared/corpus (texts
outside the gold sets where the corpus has them)."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import sentence_triples, stated


def test_every_agent_of_a_passive_joined_by_and_amends_before_what_follows():
    # "… Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 32/2013/QH13, Luật số
    # 46/2014/QH13, Luật số 97/2015/QH13 và Luật số 35/2018/QH14 như sau:": the last agent is one more, not the
    # subject of "như sau".
    text = corpus_text("luat-68-2020-qh14-cu-tru.txt")
    start = text.index("Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi")
    sentence = text[start:text.index("như sau:", start) + len("như sau:")]
    triples = sentence_triples(text, sentence)
    assert {(agent, "amends", "25/2008/QH12")
            for agent in ("32/2013/QH13", "46/2014/QH13", "97/2015/QH13", "35/2018/QH14")} <= triples
    # "… Nghị quyết 55/2010/QH12 … đã được sửa đổi, bổ sung một số điều theo Nghị quyết 28/2016/QH14 và Nghị quyết
    # 107/2020/QH14 đến hết ngày 31/12/2030."
    text = corpus_text("tong-hop-chinh-sach-moi-ve-dat-dai-co-hieu-luc-tu-thang-01-2026.txt")
    start = text.index("Nghị quyết 55/2010/QH12 của Quốc hội về miễn")
    triples = sentence_triples(text, text[start:text.index("31/12/2030.", start) + len("31/12/2030.")])
    assert {("28/2016/QH14", "amends", "55/2010/QH12"), ("107/2020/QH14", "amends", "55/2010/QH12")} <= triples


def test_a_consolidated_text_cites_nothing_of_its_own():
    # "Số: 94/VBHN-BQP" … "… theo quy định tại Điều 13 Nghị định số 149/2024/NĐ-CP ngày 15 tháng 11 năm 2024": the body
    # of a consolidated text is the wording of the circulars it consolidates, so their references are not its own.
    extraction = extract_text(corpus_text("tt-94-vbhn-bqp.txt"))
    triples = stated(extraction)
    assert not {t for t in triples if t[1] == "cites"}
    # What the consolidated text states about its documents stays ("… được sửa đổi, bổ sung bởi: …").
    assert ("101/2025/TT-BQP", "amends", "195/2019/TT-BQP") in triples


def test_detailing_and_the_means_to_enforce_guides():
    # "Căn cứ Nghị định số 08/2015/NĐ-CP ngày 21/01/2015 của Chính phủ quy định chi tiết và biện pháp thi hành Luật
    # Hải quan về thủ tục hải quan, …": like "quy định chi tiết và hướng dẫn thi hành", a decree detailing the law.
    triples = stated(extract_text(corpus_text("tb-39305-tb-chq.txt")))
    assert ("08/2015/NĐ-CP", "guides", "Luật Hải quan") in triples


def test_a_purpose_clause_submits_for_the_body_that_opens_its_clause():
    # "Bộ Tư pháp tham mưu, trình Chính phủ để trình Quốc hội ban hành Luật sửa đổi, bổ sung Luật Ban hành văn bản quy
    # phạm pháp luật …": the ministry prepares the law the Government submits.
    text = corpus_text("nghi-quyet-74-nq-cp-cua-chinh-phu-ve-ke-hoach-sap-xep-don-vi-hanh-chin.txt")
    start = text.index("Bộ Tư pháp tham mưu, trình Chính phủ để trình Quốc hội")
    triples = sentence_triples(text, text[start:text.index(".", start) + 1])
    assert ("Bộ Tư pháp", "advises", "Luật sửa đổi, bổ sung Luật Ban hành văn bản quy phạm pháp luật") in triples
    # "Bộ Chính trị đang xây dựng nội dung để trình Trung ương \"Đề án sáp nhập …\"": the recipient is "Trung ương",
    # the title quoted.
    text = corpus_text("tong-bi-thu-to-lam-du-kien-sap-xep-don-vi-hanh-chinh-con-34-tinh-thanh.txt")
    start = text.index("Bộ Chính trị đang xây dựng nội dung để trình Trung ương")
    triples = sentence_triples(text, text[start:text.index("\n", start)])
    assert ("Bộ Chính trị", "advises", "Đề án sáp nhập một số đơn vị hành chính cấp tỉnh, không tổ chức cấp huyện, "
            "tiếp tục sáp nhập đơn vị hành chính cấp xã") in triples



def test_an_issuer_head_with_two_titles_leaves_the_reference_the_subject():
    # "Căn cứ Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thi
    # hành một số nội dung của Nghị định số 118/2025/NĐ-CP …": the comma between the minister's two titles does not
    # part the circular from what it guides.
    text = corpus_text("qd-3783-qd.txt")
    start = text.index("Thông tư số 03/2025/TT-VPCP")
    sentence = text[start:text.index("118/2025/NĐ-CP", start) + len("118/2025/NĐ-CP")]
    triples = sentence_triples(text, sentence)
    assert {("03/2025/TT-VPCP", "guides", "118/2025/NĐ-CP"),
            ("03/2025/TT-VPCP", "issued_by", "Văn phòng Chính phủ")} <= triples
