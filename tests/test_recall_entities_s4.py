"""Entities read right on real corpus texts: the own document's articles, organs that share their place in a list,
commission chiefs' titles, leaders' titles."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import stated, with_symbol


def _labels(name, kind=None):
    return {e.label for e in extract_text(corpus_text(name)).entities if kind is None or e.type == kind}


def test_articles_of_the_own_document_named_in_its_summary_are_no_provisions():
    # "Tại Điều 1 Thông tư 130/2025/TT-BQP sửa đổi, bổ sung điểm a khoản 3 Điều 5 Thông tư 67/2024/TT-BQP …"
    provisions = _labels("tt-130-2025-tt-bqp.txt", "Provision")
    assert not {p for p in provisions if "130/2025/TT-BQP" in p}
    assert "điểm a khoản 3 Điều 5 Thông tư số 67/2024/TT-BQP" in provisions
    # "… theo quy định tại khoản 1 Điều 5 Nghị định 304/2025/NĐ-CP" in that decree's own summary
    assert not {p for p in _labels("nd-304-2025-nd-cp.txt", "Provision") if "304/2025" in p}


def test_local_organs_listed_before_the_one_that_names_their_place():
    # "- Tỉnh ủy, HĐND, UBND, Đoàn ĐBQH, Ủy ban MTTQVN tỉnh Điện Biên;": every organ of the list is Điện Biên's
    bodies = _labels("nq-1661-nq-ubtvqh15.txt", "Body")
    assert {"Hội đồng nhân dân tỉnh Điện Biên", "Đoàn đại biểu Quốc hội tỉnh Điện Biên"} <= bodies
    # "1. Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân thành phố Huế, chính quyền địa phương …"
    assert "Hội đồng nhân dân thành phố Huế" in _labels("nq-1675-nq-ubtvqh15.txt", "Body")
    # without a named place the list stays generic ("Hội đồng nhân dân, Ủy ban nhân dân tỉnh" in a law)
    bodies = _labels("luat-nhap-canh-xuat-canh-qua-canh-cu-tru-cua-nguoi-nuoc-ngoai-tai-viet-nam-2014.txt", "Body")
    assert not {b for b in bodies if b.startswith("Hội đồng nhân dân")}


def test_central_commission_after_its_chiefs_title_in_lower_case():
    # "…, Bí thư Trung ương Đảng, Trưởng ban Tuyên giáo và Dân vận Trung ương; …",
    # "… nguyên Trưởng ban Tư tưởng Văn hóa Trung ương" (the commission's name before 2007)
    bodies = _labels("tong-bi-thu-to-lam-du-kien-sap-xep-don-vi-hanh-chinh-con-34-tinh-thanh.txt", "Body")
    assert {"Ban Tuyên giáo và Dân vận Trung ương", "Ban Tư tưởng Văn hóa Trung ương"} <= bodies


def test_the_president_as_one_of_the_leaders_listed_is_a_persons_title():
    # "1. NG1 - Cấp cho thành viên đoàn khách mời của Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam,
    # Chủ tịch nước, Chủ tịch Quốc hội, Thủ tướng Chính phủ."
    assert "Chủ tịch nước" not in _labels(
        "luat-nhap-canh-xuat-canh-qua-canh-cu-tru-cua-nguoi-nuoc-ngoai-tai-viet-nam-2014.txt", "Body")
    # "**Mới: Tổng Bí thư mới, Chủ tịch nước mới, Thủ tướng Chính phủ mới, …**"
    assert "Chủ tịch nước" not in _labels("nghi-dinh-73-thuong-2026-cach-tinh-cho-can-bo-cong-chuc-vien-chuc-tien.txt",
                                          "Body")
    # the office that decides stays a body ("Chủ tịch nước quyết định tặng huân chương …")
    assert "Chủ tịch nước" in _labels("luat-thi-dua-khen-thuong-2003-15-2003-qh11.txt", "Body")


def test_institutes_named_by_capitalised_words_are_bodies():
    # "20. Viện Khoa học Tổ chức nhà nước và Lao động." (a unit of the Ministry of Home Affairs)
    assert "Viện Khoa học Tổ chức nhà nước và Lao động" in _labels("nd-25-2025-nd-cp.txt", "Body")
    # "… Điều lệ Tổ chức và hoạt động của Viện Bỏng Lê Hữu Trác do Bộ trưởng Bộ Quốc phòng ban hành"
    assert "Viện Bỏng Lê Hữu Trác" in _labels("tt-127-2025-tt-bqp.txt", "Body")
    # "Viện trưởng Viện Văn hóa, Nghệ thuật, …": a name that lists its fields past a comma is not cut short
    assert not {b for b in _labels("qd-4385-qd-bvhttdl.txt", "Body") if b.startswith("Viện")}


def test_a_programme_whose_whole_title_is_quoted_runs_to_the_closing_quote():
    # "… trình Trung ương \"Đề án sáp nhập một số đơn vị hành chính cấp tỉnh, không tổ chức cấp huyện, …\"; \"Đề án
    # sắp xếp lại các tổ chức chính trị-xã hội, các hội quần chúng được Đảng- Nhà nước giao nhiệm vụ về …\""
    projects = _labels("tong-bi-thu-to-lam-du-kien-sap-xep-don-vi-hanh-chinh-con-34-tinh-thanh.txt", "Project")
    assert "Đề án sắp xếp lại các tổ chức chính trị-xã hội, các hội quần chúng được Đảng- Nhà nước giao nhiệm vụ " \
           "về trực thuộc Mặt trận Tổ quốc Việt Nam" in projects
    # "phê duyệt “Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng\nđến năm 2030”;" (wrapped)
    assert "Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030" in _labels(
        "qd-2597-qd-ttg.txt", "Program")


def test_the_legislature_line_under_a_laws_title_is_not_part_of_it():
    # "LUẬT\nLÝ LỊCH TƯ PHÁP\nCỦA QUỐC HỘI KHÓA XII, KỲ HỌP THỨ 5": the title is "Lý lịch tư pháp", so the law named
    # by it in the preamble ("Quốc hội ban hành Luật lý lịch tư pháp.") is the own law, not a second one
    laws = [e for e in extract_text(corpus_text("luat-ly-lich-tu-phap-2009-28-2009-qh12.txt")).entities
            if e.type == "Law" and any(m.start < 400 for m in e.mentions)]
    assert len(laws) == 1 and laws[0].attributes.get("symbol") == "28/2009/QH12"
    assert laws[0].attributes.get("title") == "LÝ LỊCH TƯ PHÁP"


def test_a_short_form_with_its_year_joins_the_decree_of_that_year():
    # "Nghị định 24/2012" in a text that also names decrees numbered 24 of 2022 and 2024: the 2012 decree
    entities = extract_text(corpus_text(
        "toan-van-nghi-dinh-232-2025-nd-cp-sua-doi-bo-sung-nghi-dinh-24-2012-ve.txt")).entities
    decree = with_symbol(entities, "24/2012/NĐ-CP")
    assert "Nghị định 24/2012" in {m.text for m in decree.mentions}
    assert not {e.label for e in entities if e.label == "Nghị định số 24/2012"}


def test_parts_of_different_depths_before_one_article_are_provisions_of_their_own():
    # "… điểm a khoản 2 và khoản 3 Điều 37 Luật Thủ đô …": a point of one clause, and a whole other clause
    provisions = _labels("nq-nghi-quyet-thi-diem-mot-so-co-che-chinh-sach-dac-t.txt", "Provision")
    assert {"điểm a khoản 2 Điều 37 Luật Thủ đô", "khoản 3 Điều 37 Luật Thủ đô"} <= provisions
    # "điểm a khoản 1, khoản 2 Điều 8 Quyết định số 49/2015/QĐ-TTg" in a consolidated text
    provisions = _labels("qd-92-vbhn-bqp.txt", "Provision")
    assert {"điểm a khoản 1 Điều 8 Quyết định số 49/2015/QĐ-TTg", "khoản 2 Điều 8 Quyết định số 49/2015/QĐ-TTg"} <= provisions
    # parts of one depth stay one provision ("khoản 1, khoản 2 Điều 47 Nghị định số 77/2025/NĐ-CP")
    assert "khoản 1, khoản 2 Điều 47 Nghị định số 77/2025/NĐ-CP" in _labels(
        "nghi-dinh-quy-dinh-cu-the-ve-phan-cap-quan-ly-nha-nuoc-trong-quan-ly-s.txt", "Provision")


def test_international_organisations_are_bodies():
    # "… phù hợp với Công ước của Liên hợp quốc về Luật biển năm 1982 …"
    assert "Liên hợp quốc" in _labels("luat-bien-viet-nam-2012.txt", "Body")
    # "… Hiệp định Thương mại tự do ASEAN - Hàn Quốc …"
    assert "Hiệp hội các quốc gia Đông Nam Á" in _labels("qd-3361-qd-bct.txt", "Body")


def test_deputy_prime_ministers_name_the_government_unless_one_signs():
    # "1. Phó Chủ tịch nước 2. Phó Chủ tịch Quốc hội 3. Phó Thủ tướng Chính phủ 4. …": titles, no Prime Minister
    bodies = _labels("nhom-tieu-chi-ve-ket-qua-thuc-hien-nhiem-vu-trong-danh-gia-xep-loai-da.txt", "Body")
    assert "Thủ tướng Chính phủ" not in bodies and "Chính phủ" in bodies
    # "Phó Thủ tướng Chính phủ vừa ký Công văn 227/TTg-CN …": he signs for the Prime Minister
    triples = stated(extract_text(corpus_text("thu-tuong-yeu-cau-thuc-hien-nghiem-quy-dinh-xu-phat-giao-thong-theo-ng.txt")))
    assert ("227/TTg-CN", "issued_by", "Thủ tướng Chính phủ") in triples
