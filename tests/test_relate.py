"""Relation rules (graph.relate*) on real sentences of ../shared/corpus: the triple and its direction."""
from __future__ import annotations


from conftest import corpus_text
from linear_time import doubling_times
from graph.extract import extract_text
from relation_helpers import evidence_of, sentence_triples, stated


# --- the own document's preamble ------------------------------------------------------------------

def test_every_can_cu_item_is_based_on_including_semicolon_lists():
    triples = stated(extract_text(corpus_text("nd-16-2025-nd-cp.txt")))
    assert ("16/2025/NĐ-CP", "based_on", "104/2023/QH15") in triples
    assert ("16/2025/NĐ-CP", "based_on", "142/2024/QH15") in triples


def test_based_on_takes_the_item_not_the_documents_named_inside_it():
    triples = stated(extract_text(corpus_text("nq-33-2025-nq-hdnd.txt")))
    own = "33/2025/NQ-HĐND"
    for symbol in ("24/2021/QH15", "973/2020/UBTVQH14", "02/2022/QĐ-TTg", "38/2023/NĐ-CP", "131/2025/NĐ-CP"):
        assert (own, "based_on", symbol) in triples
    # "Căn cứ Nghị định số 38/2023/NĐ-CP … sửa đổi, bổ sung … Nghị định số 27/2022/NĐ-CP": 27 is not an item
    # of that line (it is its own item elsewhere); 38 amends it.
    assert ("38/2023/NĐ-CP", "amends", "27/2022/NĐ-CP") in triples


def test_theo_de_nghi_cua_bo_truong_bo_x_advises_the_own_document():
    extraction = extract_text(corpus_text("nd-16-2025-nd-cp.txt"))
    assert ("Bộ Quốc phòng", "advises", "16/2025/NĐ-CP") in stated(extraction)
    assert evidence_of(extraction, "Bộ Quốc phòng", "advises", "16/2025/NĐ-CP") == \
        "Theo đề nghị của Bộ trưởng Bộ Quốc phòng"


def test_xet_de_nghi_cua_chanh_van_phong_advises_and_the_enacting_body_does_not():
    triples = stated(extract_text(corpus_text("qd-383-qd-tw.txt")))
    assert ("Văn phòng Trung ương Đảng", "advises", "383-QĐ/TW") in triples
    assert ("Ban Bí thư", "advises", "383-QĐ/TW") not in triples
    # "Ban Bí thư quy định về Phông lưu trữ …": the organ that decides issued it, beside the header organ.
    assert ("383-QĐ/TW", "issued_by", "Ban Bí thư") in triples


def test_xet_to_trinh_cua_uy_ban_nhan_dan_advises():
    triples = stated(extract_text(corpus_text("nq-33-2025-nq-hdnd.txt")))
    assert ("Ủy ban nhân dân thành phố Huế", "advises", "33/2025/NQ-HĐND") in triples
    assert ("33/2025/NQ-HĐND", "issued_by", "Hội đồng nhân dân thành phố Huế") in triples


# --- amends, replaces, repeals --------------------------------------------------------------------

def test_title_sua_doi_bo_sung_amends_the_named_decree():
    extraction = extract_text(corpus_text("nd-16-2025-nd-cp.txt"))
    assert ("16/2025/NĐ-CP", "amends", "72/2020/NĐ-CP") in stated(extraction)
    assert ("72/2020/NĐ-CP", "amends", "16/2025/NĐ-CP") not in stated(extraction)


def test_duoc_sua_doi_bo_sung_boi_reverses_the_direction():
    text = corpus_text("nq-33-2025-nq-hdnd.txt")
    sentence = "Căn cứ Luật Ban hành văn bản\nquy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số\n87/2025/QH15;"
    triples = sentence_triples(text, sentence)
    assert ("87/2025/QH15", "amends", "64/2025/QH15") in triples
    assert ("64/2025/QH15", "amends", "87/2025/QH15") not in triples


def test_elliptic_passive_in_brackets():
    text = _news_with("Quy định số 69-QĐ/TW ngày 06/7/2022")
    start = text.index("Quy định số 69-QĐ/TW ngày 06/7/2022")
    triples = sentence_triples(text, text[start:text.index(")", start) + 1])
    assert ("264-QĐ/TW", "amends", "69-QĐ/TW") in triples


def test_replacing_or_repealing_some_words_of_a_document_amends_it():
    triples = stated(extract_text(corpus_text("nq-33-2025-nq-hdnd.txt")))
    assert ("33/2025/NQ-HĐND", "amends", "09/2022/NQ-HĐND") in triples
    assert ("33/2025/NQ-HĐND", "replaces", "09/2022/NQ-HĐND") not in triples
    triples = stated(extract_text(corpus_text("nq-37-2025-nq-hdnd.txt")))
    assert ("37/2025/NQ-HĐND", "amends", "20/2023/NQ-HĐND") in triples
    assert ("37/2025/NQ-HĐND", "repeals", "20/2023/NQ-HĐND") not in triples


def test_own_document_replaces_through_its_anaphor():
    extraction = extract_text(corpus_text("qd-383-qd-tw.txt"))
    assert ("383-QĐ/TW", "replaces", "270-QĐ/TW") in stated(extraction)
    assert evidence_of(extraction, "383-QĐ/TW", "replaces", "270-QĐ/TW").startswith("Quy định này thay thế")


def test_het_hieu_luc_is_repealed_by_the_own_law():
    triples = stated(extract_text(corpus_text("luat-68-2020-qh14-cu-tru.txt")))
    # "Luật Cư trú số 81/2006/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 36/2013/QH13 hết hiệu
    # lực": the law as amended ends; the amending law amends it.
    assert ("68/2020/QH14", "repeals", "81/2006/QH11") in triples
    assert ("36/2013/QH13", "amends", "81/2006/QH11") in triples
    triples = stated(extract_text(corpus_text("luat-khieu-nai-2011.txt")))
    # The same in "… trong Luật khiếu nại, tố cáo số 09/1998/QH10 đã được sửa đổi, bổ sung một số điều theo Luật số
    # 26/2004/QH11 và Luật số 58/2005/QH11 hết hiệu lực": the 1998 law ends, the two later laws amend it.
    assert ("02/2011/QH13", "repeals", "09/1998/QH10") in triples
    assert ("58/2005/QH11", "amends", "09/1998/QH10") in triples
    assert ("02/2011/QH13", "repeals", "58/2005/QH11") not in triples


def test_a_listed_document_with_its_own_verb_is_a_new_subject():
    triples = stated(extract_text(_news_with("Nghị định 113/2018/NĐ-CP ngày 31/8/2018")))
    assert ("113/2018/NĐ-CP", "amends", "108/2014/NĐ-CP") in triples
    assert ("143/2020/NĐ-CP", "amends", "108/2014/NĐ-CP") in triples
    assert ("113/2018/NĐ-CP", "amends", "143/2020/NĐ-CP") not in triples


# --- implements, reviews, guides ------------------------------------------------------------------

def test_thuc_hien_between_two_resolutions():
    text = corpus_text("toan-van-nghi-quyet-281-nq-cp-thuc-hien-nghi-quyet-71-nq-tw-ve-dot-pha.txt")
    triples = sentence_triples(text, "Toàn văn Nghị quyết 281/NQ-CP thực hiện Nghị quyết 71-NQ/TW về đột phá phát triển giáo dục và đào tạo của Bộ Chính trị?")
    assert ("281/NQ-CP", "implements", "71-NQ/TW") in triples
    # A short title between the reference and "của Bộ Chính trị" at the end of the clause.
    assert ("71-NQ/TW", "issued_by", "Bộ Chính trị") in triples


def test_tiep_tuc_thuc_hien_after_a_title_word():
    text = _news_with("Kết luận 01-KL/TW ngày 18/5/2021")
    triples = stated(extract_text(text))
    assert ("01-KL/TW", "implements", "05-CT/TW") in triples


def test_fronted_the_che_hoa_takes_the_subject_after_the_comma():
    text = corpus_text("thu-tuong-chu-tri-hoi-nghi-quan-trong-ve-nghi-quyet-18-va-luat-dat-dai.txt")
    start = text.index("Trên cơ sở thể chế hoá")
    sentence = text[start:text.index(".", start) + 1]
    triples = sentence_triples(text, sentence)
    assert ("18-NQ/TW", "implements", "31/2024/QH15") not in triples
    assert ("31/2024/QH15", "issued_by", "Quốc hội") in triples
    # With the law named by its symbol right after the comma, the listed last item is the subject.
    shorter = sentence.replace("Luật Đất đai năm 2024 (Luật số 31/2024/QH15)", "Luật số 31/2024/QH15")
    assert ("31/2024/QH15", "implements", "18-NQ/TW") in stated(extract_text(shorter))


def test_reviews_by_the_body_that_leads_the_review_of_a_list():
    text = corpus_text("thu-tuong-chu-tri-hoi-nghi-quan-trong-ve-nghi-quyet-18-va-luat-dat-dai.txt")
    triples = stated(extract_text(text))
    assert ("Đảng ủy Chính phủ", "reviews", "18-NQ/TW") in triples
    # "… 3 năm thực hiện Nghị quyết 18-NQ/TW, 1 năm thực hiện Luật Đất đai 2024": a list, not one implementing the other.
    assert ("18-NQ/TW", "implements", "31/2024/QH15") not in triples


def test_recipient_of_a_submission_does_not_review(seed_text):
    # "Tham mưu trình Ban Bí thư về tổng kết 5 năm thực hiện Kết luận số 25-KL/TW …": Ban Bí thư receives.
    triples = stated(extract_text(seed_text.read_text(encoding="utf-8")))
    assert ("Ban Bí thư", "reviews", "25-KL/TW") not in triples


def test_passive_issuer_after_a_quoted_title():
    text = corpus_text("thu-tuong-chu-tri-hoi-nghi-quan-trong-ve-nghi-quyet-18-va-luat-dat-dai.txt")
    start = text.index("Nghị quyết số 18-NQ/TW về")
    triples = sentence_triples(text, text[start:text.index("16/6/2022.", start) + 10])
    assert ("18-NQ/TW", "issued_by", "Ban Chấp hành Trung ương") in triples


def test_quy_dinh_chi_tiet_guides_and_the_next_reference_is_not_its_object():
    text = corpus_text("nd-16-2025-nd-cp.txt")
    start = text.index("Nghị định số 33/2016/NĐ-CP")
    triples = sentence_triples(text, text[start:text.index(";", start)])
    assert ("33/2016/NĐ-CP", "issued_by", "Chính phủ") in triples
    triples = stated(extract_text(corpus_text("tt-61-2025-tt-bct.txt")))
    assert ("69/2018/NĐ-CP", "guides", "146/2025/NĐ-CP") not in triples


def test_site_furniture_after_the_document_gives_no_relation():
    triples = stated(extract_text(corpus_text("qd-3574-qd-byt.txt")))
    assert ("3574/QĐ-BYT", "implements", "13/2023/NĐ-CP") not in triples


# --- linear time ----------------------------------------------------------------------------------

def test_relation_rules_scale_linearly_on_adversarial_text():
    unit = ("Căn cứ Nghị quyết số 1-1-1 của Chính phủ sửa đổi, bổ sung “một (số (điều, của của của "
            "Bộ Tư pháp thực hiện, thay thế Nghị định số 2/2020/NĐ-CP, và ")

    small, large = doubling_times(unit * 1000)
    # Linear rules give a ratio near 2; a rule that rescans the text per candidate would give 4 or more.
    assert large < 3 * small + 0.05, (small, large)


def _news_with(phrase: str) -> str:
    """The one news text of the corpus that holds `phrase` (NFC), read by corpus_text."""
    from conftest import CORPUS, _require_shared

    _require_shared()
    for path in sorted((CORPUS / "news").glob("*.txt")):
        text = corpus_text(path.name)
        if phrase in text:
            return text
    raise FileNotFoundError(phrase)


def test_a_version_participle_is_not_an_amending_verb():
    text = _news_with("Hiến pháp năm 2013 (sửa đổi) và Luật Tổ chức chính quyền địa phương năm 2025")
    triples = stated(extract_text(text))
    assert not [t for t in triples if t[0].startswith("Hiến pháp") and t[1] == "amends"]
    text = _news_with("Luật Xây dựng năm 2014 (đã được sửa đổi, bổ sung năm 2020) và Nghị định số 175/2024/NĐ-CP")
    assert not [t for t in stated(extract_text(text)) if t[0] == "175/2024/NĐ-CP" and t[1] == "amends"]


def test_passive_amendment_of_a_provision_names_the_amending_document():
    text = _news_with("(Thông tư số 08/2023/TT-BTTTT) được sửa đổi, bổ sung tại khoản 2 Điều 1")
    start = text.index("(Thông tư số 08/2023/TT-BTTTT) được sửa đổi")
    sentence = text[start:text.index(";", start)] if ";" in text[start:start + 400] else text[start:start + 160]
    assert ("01/2024/TT-BTTTT", "amends", "08/2023/TT-BTTTT") in sentence_triples(text, sentence)


def test_a_heading_line_ends_before_the_next_changing_line():
    extraction = extract_text(corpus_text("luat-dau-tu-cong-2019.txt"))
    triples = stated(extraction)
    assert ("35/2018/QH14", "amends", "55/2014/QH13") in triples
    assert not [t for t in triples if t[0] == "35/2018/QH14" and t[2].startswith("điểm a khoản 2 Điều 25")]
    # The law's own heading "Điều 99. Sửa đổi điểm a khoản 2 Điều 25 của Luật Bảo vệ môi trường …".
    assert [t for t in triples if t[0] == "39/2019/QH14" and t[1] == "amends"]


def test_duties_in_a_law_body_are_not_implements():
    triples = stated(extract_text(corpus_text("luat-canh-sat-co-dong-2022.txt")))
    assert not [t for t in triples if t[0] == "04/2022/QH15" and t[1] == "implements"]


def test_a_lone_type_word_with_its_issuer_names_the_one_document_of_that_type():
    text = corpus_text("ket-luan-118-dieu-chinh-chi-thi-35-ve-dai-hoi-dang-bo-cac-cap-tien-toi.txt")
    triples = stated(extract_text(text))
    # "… triển khai thực hiện nghiêm túc Kết luận của Bộ Chính trị" (the only Kết luận named is 118-KL/TW).
    assert ("118-KL/TW", "issued_by", "Bộ Chính trị") in triples
    # Also stated: "Ban Chấp hành Trung ương ký ban hành Kết luận 118-KL/TW".
    assert ("118-KL/TW", "issued_by", "Ban Chấp hành Trung ương") in triples
    # A report on one document quotes its preamble: the proposer advises that document.
    assert ("Ban Tổ chức Trung ương", "advises", "118-KL/TW") in triples


def test_a_lone_type_word_never_takes_an_issuer_its_symbol_rules_out():
    text = _news_with("Nghị quyết của Uỷ ban Thường vụ Quốc hội")
    triples = stated(extract_text(text))
    assert not [t for t in triples if t[0].endswith("-NQ/TW") and t[2] == "Ủy ban Thường vụ Quốc hội"]


def test_a_body_after_cua_does_not_enact_what_follows():
    text = corpus_text("nq-375-nq-cp.txt")
    start = text.index("Căn cứ Nghị định số 39/2022/NĐ-CP")
    triples = sentence_triples(text, text[start:text.index(";", start)])
    assert ("39/2022/NĐ-CP", "issued_by", "Chính phủ") in triples
    assert not [t for t in triples if t[0].startswith("Quy chế") and t[1] == "issued_by"]


def test_a_lone_type_word_with_its_issuer_and_the_reference_in_brackets():
    text = _news_with("(Báo cáo số 386-BC/BTCTW, ngày 14/5/2025)")
    triples = stated(extract_text(text))
    assert ("386-BC/BTCTW", "issued_by", "Ban Tổ chức Trung ương") in triples
    assert ("21-BC/ĐU", "issued_by", "Đảng ủy Chính phủ") in triples


def test_a_report_quoting_a_conclusions_preamble():
    text = corpus_text("ket-luan-157-kl-tw-cua-bo-chinh-tri-ve-sap-xep-to-chuc-bo-may-don-vi-h.txt")
    triples = stated(extract_text(text))
    # "… sau khi xem xét, đề xuất, kiến nghị của Ban Tổ chức Trung ương tại Báo cáo số 392-BC/BTCTW …,
    # Bộ Chính trị kết luận như sau": the proposer advises the reported conclusion; the report is its own.
    assert ("Ban Tổ chức Trung ương", "advises", "157-KL/TW") in triples
    assert ("392-BC/BTCTW", "issued_by", "Ban Tổ chức Trung ương") in triples


def test_on_behalf_of_a_body_someone_signs():
    text = _news_with("thay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú ký ban hành Kết luận 157 của")
    start = text.index("thay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú ký ban hành Kết luận 157")
    sentence = text[start:text.index(" của", start)]  # without "của Bộ Chính trị" after the reference
    triples = sentence_triples(text, sentence)
    assert [t for t in triples if t[0].startswith("Kết luận") and t[1:] == ("issued_by", "Bộ Chính trị")]


def test_can_cu_items_naming_articles_and_the_party_charter():
    triples = stated(extract_text(corpus_text("qd-383-qd-tw.txt")))
    assert ("383-QĐ/TW", "based_on", "Điều lệ Đảng") in triples  # "Điều lệ" is a name, not an article
    # "Căn cứ khoản 3, khoản 4 Điều 15 và khoản 1 Điều 35 Luật Thủ đô số 39/2024/QH15": the law relied on.
    triples = stated(extract_text(corpus_text("nq-81-2025-nq-hdnd.txt")))
    assert {t[2] for t in triples if t[:2] == ("81/2025/NQ-HĐND", "based_on")} & {"39/2024/QH15", "Luật Thủ đô"}


def test_a_provision_of_an_annexed_programme_is_part_of_that_programme():
    text = corpus_text("toan-van-nghi-quyet-281-nq-cp-thuc-hien-nghi-quyet-71-nq-tw-ve-dot-pha.txt")
    extraction = extract_text(text)
    by_id = {e.id: e for e in extraction.entities}
    provision = next(e for e in extraction.entities if e.type == "Provision" and e.label.startswith("tiểu mục 8"))
    targets = {by_id[r.target].type for r in extraction.relations if r.source == provision.id and r.type == "part_of"}
    assert "Program" in targets


def test_a_lower_case_type_word_after_ban_hanh_stands_for_the_document_just_named(seed_text):
    # "Tham mưu với Ban Bí thư ban hành Quy định số 57-QĐ/TW … Lần đầu tiên Ban Bí thư ban hành quy định về …,
    # thể hiện quyết tâm chính trị cao trong việc cụ thể hóa, … theo tinh thần Nghị quyết Đại hội XIII".
    triples = stated(extract_text(seed_text.read_text(encoding="utf-8")))
    assert ("57-QĐ/TW", "implements", "Nghị quyết Đại hội XIII") in triples


def test_the_head_of_a_body_issues_in_its_name():
    # "… của Bộ trưởng Bộ Y tế", "… của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng": the body is the issuer.
    text = corpus_text("qd-3618-qd-byt.txt")
    sentence = "Thông tư số\n44/2025/TT-BYT ngày 22 tháng 11 năm 2025 của Bộ trưởng Bộ Y tế quy định việc"
    assert ("44/2025/TT-BYT", "issued_by", "Bộ Y tế") in sentence_triples(text, sentence)
    text = corpus_text("qd-2031-qd-ubnd-cao-bang.txt")
    sentence = ("Quyết định số\n361/QĐ-UBND ngày 27 tháng 3 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng\n"
                "về việc")
    assert ("361/QĐ-UBND", "issued_by", "Ủy ban nhân dân tỉnh Cao Bằng") in sentence_triples(text, sentence)


def test_joint_issuers_after_cua():
    text = corpus_text("chinh-phu-ban-hanh-nghi-quyet-so-07-2025-nq-cp-ngay-17-9-2025-ve-chinh.txt")
    sentence = "theo Kết luận số 183-KL/TW ngày 1/8/2025 của Bộ Chính trị, Ban Bí thư."
    triples = sentence_triples(text, sentence)
    assert {("183-KL/TW", "issued_by", "Bộ Chính trị"), ("183-KL/TW", "issued_by", "Ban Bí thư")} <= triples
    # A body after the comma that acts on its own is not a joint issuer.
    text = corpus_text("nq-375-nq-cp.txt")
    assert not any(t[1] == "issued_by" and t[2] != "Chính phủ" for t in
                   sentence_triples(text, text[text.index("Căn cứ Nghị định số 39/2022/NĐ-CP"):
                                               text.index(";", text.index("Căn cứ Nghị định số 39/2022/NĐ-CP"))]))


def test_a_ground_amended_after_its_title():
    # "Căn cứ Nghị định số X <title>, được sửa đổi, bổ sung bởi Nghị định số Y": Y amends X.
    text = corpus_text("nq-63-2025-nq-hdnd.txt")
    sentence = ("Căn cứ Nghị định số 20/2021/NĐ-CP\nquy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội, "
                "được sửa\nđổi, bổ sung bởi Nghị định số 76/2024/NĐ-CP;")
    triples = sentence_triples(text, sentence)
    assert ("76/2024/NĐ-CP", "amends", "20/2021/NĐ-CP") in triples
    assert ("20/2021/NĐ-CP", "amends", "76/2024/NĐ-CP") not in triples


def test_the_proposal_of_a_department_head():
    extraction = extract_text(corpus_text("qd-1383-qd-bnv.txt"))
    assert ("Vụ Kế hoạch - Tài chính", "advises", "1383/QĐ-BNV") in stated(extraction)


def test_a_guidance_carrying_out_a_regulation_guides_it():
    text = corpus_text("ngay-20-3-2025-uy-ban-kiem-tra-trung-uong-da-ban-hanh-huong-dan-so-15.txt")
    sentence = "Hướng dẫn số 05-HD/UBKTTW ngày 22/11/2022 về thực hiện Quy định số 69-QĐ/TW của Bộ Chính trị"
    triples = sentence_triples(text, sentence)
    assert ("05-HD/UBKTTW", "guides", "69-QĐ/TW") in triples
    assert ("05-HD/UBKTTW", "implements", "69-QĐ/TW") not in triples


def test_amending_some_contents_in_a_document():
    text = corpus_text("ngay-20-3-2025-uy-ban-kiem-tra-trung-uong-da-ban-hanh-huong-dan-so-15.txt")
    sentence = ("Ủy ban Kiểm tra Trung ương đã ban hành Hướng dẫn số 15-HD/UBKTTW, sửa đổi, bổ sung một số nội dung "
                "trong Hướng dẫn số 05-HD/UBKTTW ngày 22/11/2022")
    assert ("15-HD/UBKTTW", "amends", "05-HD/UBKTTW") in sentence_triples(text, sentence)


# --- a text that reports on a document: "<type> này" ------------------------------------------------

def test_this_directive_in_a_news_text_replaces_each_described_item():
    # "Chỉ thị này thay thế Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội …; Kết luận số
    # 118-KL/TW, ngày 18/1/2025 …": "Chỉ thị này" is the directive the article reports on (45-CT/TW), and the
    # described items parted by a semicolon are all replaced.
    extraction = extract_text(corpus_text("chi-thi-so-45-ct-tw-ve-dai-hoi-dang-bo-cac-cap-tien-toi-dai-hoi-dai-bi.txt"))
    triples = stated(extraction)
    assert {("45-CT/TW", "replaces", "35-CT/TW"), ("45-CT/TW", "replaces", "118-KL/TW")} <= triples
    assert evidence_of(extraction, "45-CT/TW", "replaces", "35-CT/TW").startswith("Chỉ thị này thay thế")
    # "Quy định này thay thế Quy định số 269-QĐ/TW ngày 25/11/2014": the same in another article.
    assert ("379-QĐ/TW", "replaces", "269-QĐ/TW") in stated(extract_text(corpus_text(
        "theo-cong-ttdt-dang-cong-san-viet-nam-ngay-22-10-2025-dong-chi-tran-ca.txt")))


def test_in_a_preamble_a_semicolon_parts_the_grounds_not_the_replaced_items():
    # "Xét Tờ trình … ban hành Nghị quyết bãi bỏ Nghị quyết số 30/2013/NQ-HĐND …; Báo cáo thẩm tra số 109/BC-BPC"
    triples = stated(extract_text(corpus_text("nq-74-2025-nq-hdnd.txt")))
    assert not any(t[2] == "109/BC-BPC" and t[1] in ("repeals", "replaces") for t in triples)


def test_the_issuer_after_a_programme_name_belongs_to_the_resolution_it_ends_with():
    text = corpus_text("nghi-quyet-so-71-nq-cp-ngay-01-4-2025-duoc-chinh-phu-ban-hanh-nham-muc.txt")
    sentence = ("cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 "
                "của Bộ Chính trị về đột phá phát triển khoa học")
    triples = sentence_triples(text, sentence)
    programme = "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW"
    assert ("57-NQ/TW", "issued_by", "Bộ Chính trị") in triples
    assert (programme, "issued_by", "Chính phủ") in triples
    assert (programme, "implements", "57-NQ/TW") in triples
    assert (programme, "issued_by", "Bộ Chính trị") not in triples
    # The same with the year alone after the reference.
    text = corpus_text("toan-van-quyet-dinh-126-qd-bcdcp-trien-khai-nhiem-vu-trong-tam-theo-ng.txt")
    sentence = "cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết 57-NQ/TW năm 2024 của Bộ Chính trị"
    assert (programme, "issued_by", "Bộ Chính trị") not in sentence_triples(text, sentence)


# --- cites: the own document's body refers to another document ---------------------------------------

def test_the_own_law_cites_a_law_it_applies_by_quy_dinh_cua():
    extraction = extract_text(corpus_text("luat-quan-ly-no-cong.txt"))
    triples = stated(extraction)
    assert ("20/2017/QH14", "cites", "Luật Ngân sách nhà nước") in triples
    assert "theo quy định của Luật Ngân sách nhà nước" in evidence_of(extraction, "20/2017/QH14", "cites",
                                                                      "Luật Ngân sách nhà nước")


def test_cites_only_where_no_stronger_relation_links_the_pair():
    triples = stated(extract_text(corpus_text("qd-383-qd-tw.txt")))
    # "hủy tài liệu … theo quy định của Luật Lưu trữ": the regulation is already based_on that law.
    assert ("383-QĐ/TW", "based_on", "33/2024/QH15") in triples
    assert ("383-QĐ/TW", "cites", "33/2024/QH15") not in triples


def test_an_amending_decree_cites_nothing_from_the_wording_it_inserts():
    triples = stated(extract_text(corpus_text("nd-16-2025-nd-cp.txt")))
    assert not [t for t in triples if t[1] == "cites"]


def test_het_hieu_luc_after_a_list_of_amending_laws_repeals_the_amended_law():
    text = corpus_text("luat-dien-anh-2022.txt")
    sentence = ("2. Luật Điện ảnh số 62/2006/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 31/2009/QH12, "
                "Luật số 35/2018/QH14 và Luật số 61/2020/QH14 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.")
    assert sentence in text
    triples = stated(extract_text(text))
    assert ("05/2022/QH15", "repeals", "62/2006/QH11") in triples
    assert ("35/2018/QH14", "amends", "62/2006/QH11") in triples


def test_do_body_followed_by_another_verb_is_not_the_issuer():
    text = corpus_text("sua-doi-luat-dat-dai-kip-thoi-go-nhung-diem-nghen-phat-sinh-tu-thuc-ti.txt")
    sentence = ("sửa đổi, bổ sung Nghị quyết số 18-NQ/TW do Đảng ủy Chính phủ báo cáo được Ban Chấp hành Trung ương "
                "cho chủ trương tại Nghị quyết số 69-NQ/TW")
    assert ("18-NQ/TW", "issued_by", "Đảng ủy Chính phủ") not in sentence_triples(text, sentence)
    sentence = "Tại cuộc họp Hội đồng thẩm định Dự án Luật sửa đổi, bổ sung một số điều của Luật Đất đai do Bộ Tư pháp tổ chức"
    assert not [t for t in sentence_triples(text, sentence) if t[1] == "issued_by"]


def test_passive_amendment_after_the_amended_documents_title():
    text = corpus_text("sua-doi-bo-sung-nghi-dinh-120-2020-nd-cp-ve-thanh-lap-to-chuc-lai-giai.txt")
    triples = stated(extract_text(text))
    # "Nghị định số 10/2016/NĐ-CP ngày … của Chính phủ quy định về cơ quan thuộc Chính phủ đã được sửa đổi, bổ sung
    # một số điều theo Nghị định số 47/2019/NĐ-CP …"
    assert ("47/2019/NĐ-CP", "amends", "10/2016/NĐ-CP") in triples
    assert ("101/2020/NĐ-CP", "amends", "123/2016/NĐ-CP") in triples
    assert ("283/2025/NĐ-CP", "amends", "120/2020/NĐ-CP") in triples


def test_quoc_hoi_thong_qua_a_law_issues_it():
    text = corpus_text("luat-to-chuc-chinh-quyen-dia-phuong-sua-doi-huong-den-quan-tri-dia-phu.txt")
    sentence = "Quốc hội đã thông qua Luật Tổ chức chính quyền địa phương (sửa đổi)."
    # The bill passed is the revised law, a law of its own (gold labels it with its mark).
    assert ("Luật Tổ chức chính quyền địa phương (sửa đổi)", "issued_by", "Quốc hội") in sentence_triples(text, sentence)


def test_a_ministers_document_is_the_subject_of_what_it_changes():
    # "… của Bộ trưởng Bộ Công Thương sửa đổi, bổ sung một số điều của Thông tư số 03/2019/TT-BCT": the
    # minister's title between the reference and the verb does not hide the subject.
    triples = stated(extract_text(corpus_text("tt-55-2025-tt-bct.txt")))
    assert ("06/2020/TT-BCT", "amends", "03/2019/TT-BCT") in triples


def test_two_symbols_in_apposition_stay_two_documents():
    # "… phụ lục ban hành kèm theo Thông tư số 08/2023/TT-BTTTT và Thông tư số 09/2023/TT-BTTTT (Thông tư số
    # 01/2024/TT-BTTTT)": the bracket names the amending circular described before, not 09/2023.
    extraction = extract_text(corpus_text("danh-muc-vi-tri-viec-lam-chuyen-trach-ve-chuyen-doi-so-ap-dung-doi-voi.txt"))
    for entity in extraction.entities:
        symbols = {" ".join(m.text.split()).split(" ngày")[0].split("số ")[-1] for m in entity.mentions
                   if entity.type == "Circular"}
        assert len(symbols) <= 1, symbols
    assert ("01/2024/TT-BTTTT", "amends", "08/2023/TT-BTTTT") in stated(extraction)


def test_a_grounds_title_after_a_semicolon_is_not_the_own_documents_clause():
    # "*Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ Quy định về phân cấp …; quy định chi tiết và hướng dẫn
    # thi hành một số điều của Luật Thi đua, khen thưởng;*": the decree guides the law, not the own decision.
    triples = stated(extract_text(corpus_text("qd-86-2025-qd-ubnd.txt")))
    assert ("86/2025/QĐ-UBND", "guides", "06/2022/QH15") not in triples
    assert ("86/2025/QĐ-UBND", "repeals", "13/2024/QĐ-UBND") in triples
    # A preamble line wrapped before "thực hiện" is no clause of the own resolution either.
    triples = stated(extract_text(corpus_text("nq-33-2025-nq-hdnd.txt")))
    assert not [t for t in triples if t[0] == "33/2025/NQ-HĐND" and t[1] == "implements"]


def test_a_decree_amends_the_decree_of_the_ground_not_the_law_in_its_title():
    # "Căn cứ Nghị định số 78/2025/NĐ-CP … quy định chi tiết … Luật Ban hành văn bản quy phạm pháp luật được sửa
    # đổi, bổ sung bởi Nghị định số 187/2025/NĐ-CP": a decree does not amend a law.
    triples = stated(extract_text(corpus_text("qd-89-2025-qd-ubnd.txt")))
    assert ("187/2025/NĐ-CP", "amends", "78/2025/NĐ-CP") in triples
    assert ("187/2025/NĐ-CP", "amends", "64/2025/QH15") not in triples
    assert ("87/2025/QH15", "amends", "64/2025/QH15") in triples
    triples = stated(extract_text(corpus_text("qd-63-2025-qd-ubnd-dong-nai.txt")))
    assert ("24/2019/NĐ-CP", "amends", "19/2011/NĐ-CP") in triples


def test_passive_issuer_with_its_term_and_session():
    text = corpus_text("luat-duong-bo-so-35-2024-qh15-duoc-quoc-hoi-khoa-xv-tai-ky-hop-thu-7-t.txt")
    sentence = "Luật Đường bộ số 35/2024/QH15 được Quốc hội khóa XV tại Kỳ họp thứ 7 thông qua ngày 27/06/2024"
    assert ("35/2024/QH15", "issued_by", "Quốc hội") in sentence_triples(text, sentence)


def test_a_body_that_has_a_document_issued_it():
    text = corpus_text("de-cuong-tuyen-truyen-ky-niem-135-nam-ngay-sinh-chu-tich-ho-chi-minh-1.txt")
    sentence = "Ban Tuyên giáo và Dân vận Trung ương có Hướng dẫn 07-HD/BTGDVTW năm 2025"
    assert ("07-HD/BTGDVTW", "issued_by", "Ban Tuyên giáo và Dân vận Trung ương") in sentence_triples(text, sentence)


def test_the_national_assembly_votes_a_resolution_named_by_its_subject():
    text = corpus_text("chi-tiet-34-don-vi-hanh-chinh-cap-tinh-tu-12-6-2025.txt")
    sentence = ("Quốc hội khóa XV đã biểu quyết thông qua Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh "
                "năm 2025.")
    assert ("Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh năm 2025", "issued_by", "Quốc hội") \
        in sentence_triples(text, sentence)


def test_a_reported_preamble_advises_the_document_that_opens_its_paragraph():
    # "Theo Kết luận 157-KL/TW, …; sau khi xem xét đề xuất, kiến nghị của Ban Tổ chức Trung ương tại Báo cáo
    # 392-BC/BTCTW …, Bộ Chính trị kết luận như sau" (the headline names no document).
    triples = stated(extract_text(corpus_text("hoan-thien-phuong-an-nhan-su-cap-uy-cap-tinh-truoc-20-6-2025.txt")))
    assert ("Ban Tổ chức Trung ương", "advises", "157-KL/TW") in triples


def test_a_ministrys_office_advises_and_a_quoted_title_is_not_a_guided_part():
    triples = stated(extract_text(corpus_text("qd-1378-qd-bnv.txt")))
    # "Theo đề nghị của Chánh Văn phòng Bộ Nội vụ và Vụ trưởng Vụ Tổ chức - Biên chế."
    assert ("Văn phòng Bộ Nội vụ", "advises", "1378/QĐ-BNV") in triples
    assert ("Vụ Tổ chức - Biên chế", "advises", "1378/QĐ-BNV") in triples
    # "“Đăng ký sửa đổi chế độ Kế toán theo Thông tư số 200/2014/TT-BTC hướng dẫn Chế độ kế toán doanh
    # nghiệp” tại Quyết định số 2083/QĐ-BTC": the circular does not guide the decision.
    triples = stated(extract_text(corpus_text("qd-4014-qd-btc.txt")))
    assert ("200/2014/TT-BTC", "guides", "2083/QĐ-BTC") not in triples


def test_a_bracketed_list_of_amending_laws_ends_with_the_bracket():
    text = corpus_text("dieu-khoan-chuyen-tiep-nghi-dinh-312-2025-co-che-quan-ly-tai-chinh-du.txt")
    sentence = ("Luật Đầu tư theo phương thức đối tác công tư 2020 (được sửa đổi, bổ sung tại Luật số 57/2024/QH15, "
                "Luật số 90/2025/QH15) và Nghị định 312/2025/NĐ-CP.")
    triples = sentence_triples(text, sentence)
    law = "Luật Đầu tư theo phương thức đối tác công tư năm 2020"
    assert {("57/2024/QH15", "amends", law), ("90/2025/QH15", "amends", law)} <= triples
    # A decree named after the list is no amending law.
    assert ("312/2025/NĐ-CP", "amends", law) not in triples


def test_a_plenum_in_apposition_issues_the_resolution_and_a_statutes_name_is_no_issuer():
    text = corpus_text("nghi-quyet-11-nq-tw-ve-hoan-thien-the-che-kinh-te-thi-truong-dinh-huon.txt")
    triples = stated(extract_text(text))
    assert ("11-NQ/TW", "issued_by", "Hội nghị Trung ương 5 (khóa XII)") in triples
    # "Chỉ thị số 45, Đại hội đại biểu toàn quốc lần thứ XIV": a topic after a comma, not the issuer.
    text = corpus_text("chi-thi-so-45-ct-tw-ve-dai-hoi-dang-bo-cac-cap-tien-toi-dai-hoi-dai-bi.txt")
    assert ("45-CT/TW", "issued_by", "Đại hội XIV") not in stated(extract_text(text))
    # "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân" is named after what it governs.
    text = corpus_text("quoc-hoi-se-hop-bat-thuong-vao-thang-2-2025.txt")
    assert ("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân", "issued_by", "Quốc hội") \
        not in stated(extract_text(text))


def test_a_heading_that_changes_some_articles_and_annexes_amends_the_document():
    triples = stated(extract_text(corpus_text("tt-24-2025-tt-btp.txt")))
    # "Điều 2. Sửa đổi, bãi bỏ, thay thế một số điều, phụ lục của Thông tư số 06/2023/TT-BTP …"
    for symbol in ("02/2023/TT-BTP", "06/2023/TT-BTP", "04/2022/TT-BTP"):
        assert ("24/2025/TT-BTP", "amends", symbol) in triples


def test_amending_an_article_named_with_its_document_amends_the_document_too():
    text = corpus_text("ngay-20-3-2025-uy-ban-kiem-tra-trung-uong-da-ban-hanh-huong-dan-so-15.txt")
    triples = stated(extract_text(text))
    # "Pháp lệnh số 08/2008/PL-UBTVQH12 ngày 27/12/2008 sửa đổi Điều 10 của Pháp lệnh dân số năm 2003"
    assert ("08/2008/PL-UBTVQH12", "amends", "Điều 10 Pháp lệnh Dân số năm 2003") in triples
    assert ("08/2008/PL-UBTVQH12", "amends", "Pháp lệnh Dân số năm 2003") in triples


def test_a_body_drafting_a_document_advises_it_and_a_recipient_does_not():
    text = corpus_text("ngay-20-3-2025-uy-ban-kiem-tra-trung-uong-da-ban-hanh-huong-dan-so-15.txt")
    triples = stated(extract_text(text))
    assert ("Bộ Y tế", "advises", "Pháp lệnh sửa đổi Điều 10 của Pháp lệnh Dân số") in triples
    # "Quốc hội dự thảo Luật | Tháng" (a table), "trình Quốc hội dự thảo Luật …": no drafting body.
    triples = stated(extract_text(corpus_text("qd-2629-qd-ttg.txt")))
    assert not [t for t in triples if t[0] == "Quốc hội" and t[1] == "advises"]


def test_a_central_party_resolution_is_never_issued_by_a_state_organ():
    text = corpus_text("giam-toi-thieu-20-cong-chuc-vien-chuc-khi-tinh-gon-bo-may-cong-van-31.txt")
    # "Ban Chỉ đạo về tổng kết việc thực hiện Nghị quyết 18-NQ/TW của Chính phủ": the committee is the
    # Government's, the resolution the Party's.
    assert ("18-NQ/TW", "issued_by", "Chính phủ") not in stated(extract_text(text))
    # An old State symbol that looks like a Party one still takes its issuer: "SỐ 23-L/CTN … CỦA QUỐC HỘI" (the
    # evidence is the first statement, the header's "QUỐC HỘI"; the sentence alone states it too).
    extraction = extract_text(corpus_text("luat-thue-su-dung-dat-nong-nghiep-1993-23-l-ctn.txt"))
    assert "QUỐC" in evidence_of(extraction, "23-L/CTN", "issued_by", "Quốc hội")
    sentence = extraction.text.content
    at = sentence.find("CỦA QUỐC HỘI")
    assert at > 0
    start = sentence.rfind("23-L/CTN", 0, at)
    assert ("23-L/CTN", "issued_by", "Quốc hội") in stated(extract_text("LUẬT SỐ " + sentence[start:at + 12]))


def test_a_ground_that_names_a_group_before_a_colon():
    # "- Căn cứ các Luật của Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam: Luật Giao dịch điện tử số
    # 20/2023/QH15, ngày 22/6/2023; Luật Công nghệ thông tin …"
    triples = stated(extract_text(corpus_text("qd-384-qd-tw.txt")))
    assert ("384-QĐ/TW", "based_on", "20/2023/QH15") in triples
    assert ("384-QĐ/TW", "based_on", "67/2006/QH11") in triples


def test_thuc_hien_theo_a_document_acts_according_to_it_and_does_not_implement_it():
    # "Các nội dung khác không quy định tại Quyết định này, thực hiện theo Quyết định số 642/QĐ-BNNMT …"
    triples = stated(extract_text(corpus_text("qd-1949-qd-ubnd-cao-bang.txt")))
    assert not [t for t in triples if t[0] == "1949/QĐ-UBND" and t[1] == "implements"]


def test_a_passive_change_after_a_semicolon_written_for_a_comma():
    # "Căn cứ Luật Viên chức số 58/2010/QH12; được sửa đổi, bổ sung bởi Luật số 52/2019/QH14;": the clause that
    # opens with the passive takes its subject from the clause before.
    triples = stated(extract_text(corpus_text("tt-23-2025-tt-btp.txt")))
    assert ("52/2019/QH14", "amends", "58/2010/QH12") in triples
    triples = stated(extract_text(corpus_text("tt-94-vbhn-bqp.txt")))
    assert ("03/2025/NĐ-CP", "amends", "01/2022/NĐ-CP") in triples


def test_a_bracketed_line_under_the_title_says_what_the_resolution_carries_out():
    # "QUY ĐỊNH MỨC TIỀN PHẠT … TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI\n\n*(thực hiện khoản 1 Điều 33 Luật Thủ đô)*": a line
    # of its own (after a blank line, not a wrapped one), its subject the resolution; its object the provision.
    triples = stated(extract_text(corpus_text("nq-76-2025-nq-hdnd.txt")))
    assert ("76/2025/NQ-HĐND", "implements", "khoản 1 Điều 33 Luật Thủ đô") in triples
