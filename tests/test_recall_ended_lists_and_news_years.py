"""Relations of constructions that recur across ../shared/corpus (issue 3j), on real texts and sentences:
"Các <type> sau đây hết hiệu lực …:" followed by a list of the documents that end, a year written after a
symbol before its issuer ("Nghị quyết 57-NQ/TW 2024 của Bộ Chính trị"), a plenum's resolution named by it."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import sentence_triples, stated


def _of_type(name: str, relation: str) -> set[tuple[str, str]]:
    return {(source, target) for source, kind, target in stated(extract_text(corpus_text(name))) if kind == relation}


# --- repeals: "Các <type> sau đây hết hiệu lực kể từ ngày …:" then the list -----------------------------------

def test_decisions_listed_after_the_phrase_that_ends_them():
    # "2. Các Quyết định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:\n\na) Quyết định
    # số 43/2022/QĐ-UBND … của Ủy ban nhân dân tỉnh Ninh Bình …;\n\nb) Quyết định số 44/2024/QĐ-UBND … của Ủy ban
    # nhân dân tỉnh Hà Nam …"
    repealed = _of_type("qd-161-2025-qd-ubnd-ninh-binh.txt", "repeals")
    assert {("161/2025/QĐ-UBND", "43/2022/QĐ-UBND"), ("161/2025/QĐ-UBND", "44/2024/QĐ-UBND")} <= repealed


def test_every_listed_decree_and_none_named_in_their_descriptions():
    # "2. Các văn bản quy phạm pháp luật sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành:
    # a) Nghị định số 06/2010/NĐ-CP …; b) Nghị định số 46/2010/NĐ-CP …; c) Nghị định số 138/2020/NĐ-CP …;
    # d) Nghị định số 06/2023/NĐ-CP …; đ) Nghị định số 116/2024/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định
    # số 138/2020/NĐ-CP …": a generic head takes documents of any type, each item's first one only.
    repealed = _of_type("nd-170-2025-nd-cp.txt", "repeals")
    assert repealed == {("170/2025/NĐ-CP", target) for target in
                        ("06/2010/NĐ-CP", "46/2010/NĐ-CP", "138/2020/NĐ-CP", "06/2023/NĐ-CP", "116/2024/NĐ-CP")}


def test_a_law_ends_the_listed_ordinances():
    # "2. Các văn bản quy phạm pháp luật sau đây hết hiệu lực thi hành kể từ ngày Luật này có hiệu lực: a) Pháp
    # lệnh thuế tài nguyên số 05/1998/PL-UBTVQH10 ; b) Pháp lệnh sửa đổi, bổ sung Điều 6 Pháp lệnh thuế tài
    # nguyên số 07/2008/PL-UBTVQH12."
    repealed = {target for _, target in _of_type("luat-thue-tai-nguyen-nam-2009.txt", "repeals")}
    assert len(repealed) == 2 and all(target.startswith("Pháp lệnh") or "/PL-" in target for target in repealed)


def test_a_news_text_names_the_decree_that_ends_the_list():
    # "Các quy định sau đây hết hiệu lực thi hành kể từ ngày Nghị định 226/2025/NĐ-CP có hiệu lực thi hành
    # (15/8/2025):\n\n- Nghị định số 96/2019/NĐ-CP …;\n\n- Nghị định số 26/2021/NĐ-CP …": no own document, the one
    # named before the colon ends them ("quy định" is the generic word here, not the Party's Quy định).
    repealed = _of_type("chinh-phu-ban-hanh-nghi-dinh-226-2025-nd-cp-ngay-15-8-2025-sua-doi-bo.txt", "repeals")
    assert {("226/2025/NĐ-CP", "96/2019/NĐ-CP"), ("226/2025/NĐ-CP", "26/2021/NĐ-CP")} <= repealed


def test_a_generic_repeal_list_ends_the_documents_its_items_open_with():
    # "2. Bãi bỏ các quy định sau:\n\na) Thông tư số 05/2023/TT-BKHCN …;\n\nb) Điều 2, Điều 3, Chương II và Điều 19
    # Thông tư số 11/2024/TT-BKHCN": "các quy định" names no type, so item a) repeals the whole circular.
    repealed = _of_type("tt-thong-tu-quy-dinh-ma-so-va-tieu-chuan-chuc-danh-kh.txt", "repeals")
    assert any(target == "05/2023/TT-BKHCN" for _, target in repealed)
    assert all(target != "11/2024/TT-BKHCN" for _, target in repealed)  # only parts of this one end
    # "Bãi bỏ các văn bản, quy định sau đây:\n a) Pháp lệnh thuế thu nhập đối với người có thu nhập cao số
    # 35/2001/PL-UBTVQH10 …": the 2007 income tax law repeals the ordinance it replaces.
    repealed = _of_type("luat-thue-thu-nhap-ca-nhan-2007-04-2007-qh12.txt", "repeals")
    assert any(target == "35/2001/PL-UBTVQH10" for _, target in repealed)


# --- issued_by: a year after the symbol, then "của <body>" -----------------------------------------------------

def test_year_after_a_party_guidance_symbol_before_its_issuer():
    name = "huong-dan-cach-viet-kiem-diem-dang-vien-2025-doi-voi-ca-nhan-khong-giu.txt"
    sentence = "Hướng dẫn 25-HD/BTCTW 2023 của Ban Tổ chức Trung ương"
    assert ("25-HD/BTCTW", "issued_by", "Ban Tổ chức Trung ương") in sentence_triples(corpus_text(name), sentence)


def test_year_after_an_office_letter_symbol_before_its_issuer():
    name = "day-nhanh-tien-do-sap-xep-bo-tri-va-xu-ly-cac-co-so-nha-dat-sau-sap-nh.txt"
    sentence = ("ý kiến chỉ đạo của Thường trực Ban Bí thư tại Công văn 18505-CV/VPTW 2025 của Văn phòng Trung ương "
                "Đảng")
    triples = sentence_triples(corpus_text(name), sentence)
    assert ("18505-CV/VPTW", "issued_by", "Văn phòng Trung ương Đảng") in triples


def test_year_after_a_resolution_symbol_and_no_issuer_without_a_body():
    # "… để triển khai hiệu quả Nghị quyết 57-NQ/TW 2024 của Bộ Chính trị." The year alone names no issuer.
    text = corpus_text("toan-van-cong-dien-159-cd-ttg-2025-ve-dinh-huong-chi-dao-dieu-hanh-chi.txt")
    triples = sentence_triples(text, "Nghị quyết 57-NQ/TW 2024 của Bộ Chính trị")
    assert ("57-NQ/TW", "issued_by", "Bộ Chính trị") in triples
    assert not any(kind == "issued_by" for _, kind, _ in sentence_triples(text, "Nghị quyết 57-NQ/TW 2024"))


# --- issued_by: a plenum's resolution named by the plenum -----------------------------------------------------

def test_a_plenums_resolution_is_the_plenums():
    # "… theo tinh thần Nghị quyết Hội nghị Trung ương 11 khoá XIII (từ ngày 04/5 đến ngày 14/5/2025) do Ban Tổ
    # chức Trung ương …"
    issued = _of_type("ket-luan-155-nguyen-tac-phan-cap-phan-quyen-khi-thuc-hien-chinh-quyen.txt", "issued_by")
    assert ("Nghị quyết Hội nghị Trung ương 11 (khóa XIII)", "Hội nghị Trung ương 11 (khóa XIII)") in issued


# --- "của Trung ương" after a central Party document: the Central Committee ---------------------------------

def test_the_centre_that_issues_a_central_party_resolution_is_the_central_committee():
    name = "tphcm-thong-qua-de-an-hop-nhat-cap-tinh-va-to-chuc-chinh-quyen-dia-phu.txt"
    triples = sentence_triples(corpus_text(name), "Nghị quyết 60-NQ/TW ngày 12/4/2025 của Trung ương, TPHCM")
    assert ("60-NQ/TW", "issued_by", "Ban Chấp hành Trung ương") in triples


def test_the_centre_of_a_central_party_conclusion_but_not_of_lower_case_directives():
    text = corpus_text("thu-tuong-yeu-cau-khan-truong-mien-hoc-phi-cho-hoc-sinh-cong-lap-tren.txt")
    sentence = "Kết luận số 123-KL/TW ngày 24 tháng 01 năm 2025 của Trung ương, các Nghị quyết của Quốc hội"
    assert ("123-KL/TW", "issued_by", "Ban Chấp hành Trung ương") in sentence_triples(text, sentence)
    # "… thực hiện các chỉ thị, nghị quyết của Trung ương, Thành ủy": no central Party document before it, so
    # "Trung ương" names no body here.
    hdnd = corpus_text("nq-55-2025-nq-hdnd.txt")
    sentence = "chuyên đề thực hiện các chỉ thị, nghị quyết của Trung ương, Thành ủy"
    assert sentence in " ".join(hdnd.split())
    bodies = {e.label for e in extract_text(sentence).entities}
    assert "Ban Chấp hành Trung ương" not in bodies


# --- repeals: the clause's subject and the documents coordinated with it, past their descriptions ------------

def _repealed(name: str) -> set[str]:
    return {target for _, target in _of_type(name, "repeals")}


def test_two_resolutions_with_their_descriptions_end():
    # "2. Nghị quyết số 35/2023/UBTVQH15 ngày 12 tháng 7 năm 2023 của Ủy ban Thường vụ Quốc hội về việc sắp xếp …
    # và Nghị quyết số 50/2024/UBTVQH15 ngày 22 tháng 8 năm 2024 của Ủy ban Thường vụ Quốc hội quy định … hết hiệu
    # lực kể từ ngày Nghị quyết này có hiệu lực thi hành."
    repealed = _repealed("nq-nghi-quyet-ve-viec-sap-xep-don-vi-hanh-chinh-nam-2.txt")
    assert {"35/2023/UBTVQH15", "50/2024/UBTVQH15"} <= repealed


def test_the_ordinance_that_opens_the_clause_not_the_one_its_description_names():
    # "Pháp lệnh Đo lường số 16/1999/PL-UBTVQH10 ngày 06 tháng 10 năm 1999, quy định về phí kiểm định … ban hành
    # kèm theo Pháp lệnh về phí và lệ phí số 38/2001/PL-UBTVQH10 ngày 28 tháng 8 năm 2001 hết hiệu lực …"
    repealed = _repealed("luat-do-luong-2011.txt")
    assert any("Đo lường" in target or target == "16/1999/PL-UBTVQH10" for target in repealed)
    assert not any("Phí và lệ phí" in target or target == "38/2001/PL-UBTVQH10" for target in repealed)


def test_a_law_and_its_amending_law_listed_together_both_end():
    # "2. Luật Ngân hàng Nhà nước Việt Nam số 01/1997/QH10 và Luật sửa đổi, bổ sung một số điều của Luật Ngân hàng
    # Nhà nước Việt Nam số 10/2003/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực."
    assert _repealed("luat-ngan-hang-nha-nuoc-viet-nam-2010.txt") == {"01/1997/QH10", "10/2003/QH11"}


def test_the_amending_laws_of_an_ended_law_are_not_ended_with_it():
    # "2. Luật Điện ảnh số 62/2006/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 31/2009/QH12, Luật số
    # 35/2018/QH14 và Luật số 61/2020/QH14 hết hiệu lực …": only the law as amended ends.
    repealed = _repealed("luat-dien-anh-2022.txt")
    assert not {"31/2009/QH12", "35/2018/QH14", "61/2020/QH14"} & repealed and len(repealed) == 1


def test_the_last_amending_law_before_the_phrase_that_ends_the_law_still_amends_it():
    # "2. Luật Phòng, chống tham nhũng số 55/2005/QH11 được sửa đổi, bổ sung một số điều theo Luật số 01/2007/QH12
    # và Luật số 27/2012/QH13 hết hiệu lực …": "hết hiệu lực" is the predicate of the law named first, so the
    # amending law before it is one more agent of the amendment, not the subject of a new clause.
    amending = {source for source, target in _of_type("luat-phong-chong-tham-nhung.txt", "amends")
                if "tham nhũng" in target or target == "55/2005/QH11"}
    assert {"01/2007/QH12", "27/2012/QH13"} <= amending
