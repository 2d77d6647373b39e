"""Rules found by reading fresh gold texts (heldout sets), each tested on real sentences of other corpus texts."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import stated


# --- based_on: a ground joined by "và" after the previous ground's description ----------------------

def test_a_ground_after_the_previous_grounds_description_is_based_on():
    # "Căn cứ Nghị định số 63/2010/NĐ-CP … của Chính phủ về kiểm soát thủ tục hành chính và Nghị định số
    # 92/2017/NĐ-CP …"
    assert ("2816/QĐ-UBND", "based_on", "92/2017/NĐ-CP") in stated(extract_text(corpus_text("qd-2816-qd-ubnd-dong-nai.txt")))
    # "… Nghị định số 48/2013/NĐ-CP … về sửa đổi, bổ sung một số điều của các Nghị định liên quan … và Nghị định
    # số 92/2017/NĐ-CP …"
    assert ("3618/QĐ-BYT", "based_on", "92/2017/NĐ-CP") in stated(extract_text(corpus_text("qd-3618-qd-byt.txt")))


def test_a_description_ending_with_a_law_still_lets_a_decree_ground_follow():
    # "Căn cứ Nghị định số 78/2025/NĐ-CP … hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật và Nghị
    # định số 187/2025/NĐ-CP …"
    triples = stated(extract_text(corpus_text("qd-81-2025-qd-ubnd.txt")))
    assert ("81/2025/QĐ-UBND", "based_on", "187/2025/NĐ-CP") in triples


def test_a_decree_amended_with_another_in_the_description_is_not_a_ground():
    # "Căn cứ Nghị định số 187/2025/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP … và
    # Nghị định số 79/2025/NĐ-CP …": 79 is amended, not relied on (in this item).
    triples = stated(extract_text(corpus_text("qd-84-2025-qd-ubnd.txt")))
    assert ("84/2025/QĐ-UBND", "based_on", "187/2025/NĐ-CP") in triples
    assert ("84/2025/QĐ-UBND", "based_on", "79/2025/NĐ-CP") not in triples


# --- amending laws whose title leaves out "của" ---------------------------------------------------

def test_an_amending_law_named_without_cua_amends_the_law_it_names():
    text = corpus_text("nghi-quyet-74-nq-cp-cua-chinh-phu-ve-ke-hoach-sap-xep-don-vi-hanh-chin.txt")
    sentence = next(line for line in text.splitlines() if "ban hành Luật sửa đổi, bổ sung Luật Ban hành" in line)
    extraction = extract_text(sentence)
    labels = {e.label for e in extraction.entities}
    assert "Luật sửa đổi, bổ sung Luật Ban hành văn bản quy phạm pháp luật" in labels
    assert ("Luật sửa đổi, bổ sung Luật Ban hành văn bản quy phạm pháp luật", "amends",
            "Luật Ban hành văn bản quy phạm pháp luật") in stated(extraction)


# --- bodies ---------------------------------------------------------------------------------------

def test_quan_doi_nhan_dan_without_viet_nam_is_the_army():
    text = corpus_text("luat-70-2020-qh14-thoa-thuan-quoc-te.txt")
    start = text.index("các cơ quan, đơn vị trong Quân đội nhân dân và Công an nhân dân")
    labels = {e.label for e in extract_text(text[start:text.index(".", start)]).entities}
    assert {"Quân đội nhân dân Việt Nam", "Công an nhân dân Việt Nam"} <= labels


def test_steering_committees_named_by_their_level():
    text = corpus_text("luat-de-dieu-2006-79-2006-qh11.txt")
    labels = {e.label for e in extract_text(text).entities}
    assert "Ban chỉ đạo phòng, chống lụt, bão trung ương" in labels
    text = " ".join(corpus_text("qd-2530-qd-ttg.txt").split())
    start = text.index("Thành lập Ban Chỉ đạo quốc gia về khắc phục ô nhiễm không khí a)")
    labels = {e.label for e in extract_text(text[start:start + 400]).entities}
    assert "Ban Chỉ đạo quốc gia về khắc phục ô nhiễm không khí" in labels  # the list letter "a)" is not a word


def test_a_steering_committee_named_by_its_level_alone_is_the_one_named_in_full():
    extraction = extract_text(corpus_text("qd-quyet-dinh-ban-hanh-quy-che-to-chuc-va-hoat-dong-c.txt"))
    steering = [e.label for e in extraction.entities if e.label.startswith("Ban Chỉ đạo quốc gia")]
    assert steering == ["Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn"]


# --- issued_by: one issuer after a list of references ----------------------------------------------

def test_the_issuer_after_listed_references_of_one_issuer_issued_each():
    text = corpus_text("mot-so-noi-dung-quan-trong-tai-ket-luan-so-126-kl-tw-cua-bo-chinh-tri.txt")
    start = text.index("Chỉ thị số 35-CT/TW và Kết luận số 118-KL/TW của Bộ Chính trị")
    triples = stated(extract_text(text[start:text.index(".", start)]))
    assert {("35-CT/TW", "issued_by", "Bộ Chính trị"), ("118-KL/TW", "issued_by", "Bộ Chính trị")} <= triples
    # Of different kinds: "Tờ trình số 843/TTr-BTC ngày … và Báo cáo số 660/BC-BTC ngày … của Bộ Tài chính".
    text = corpus_text("nq-375-nq-cp.txt")
    start = text.index("Tờ trình số 843/TTr-BTC")
    triples = stated(extract_text(text[start:text.index("Bộ Tài chính", start) + len("Bộ Tài chính")]))
    assert {("843/TTr-BTC", "issued_by", "Bộ Tài chính"), ("660/BC-BTC", "issued_by", "Bộ Tài chính")} <= triples


# --- dates a sentence gives away from the reference ------------------------------------------------

def _sentence_with(text: str, phrase: str) -> str:
    text = " ".join(text.split())
    start = text.rfind(". ", 0, text.index(phrase)) + 2
    return text[start:text.index(".", text.index(phrase) + len(phrase))]


def test_a_date_set_off_by_commas_inside_the_sentence_dates_the_reference_after_it():
    sentence = _sentence_with(corpus_text("thong-tu-07-2025-tt-btc-quy-dinh-nguon-kinh-phi-thuc-hien-cac-chinh-sa.txt"),
                              "Trước đó, ngày 31/12/2024, Chính phủ ban hành")
    dates = {e.attributes.get("symbol"): e.attributes.get("date") for e in extract_text(sentence).entities}
    assert dates["178/2024/NĐ-CP"] == "2024-12-31"
    sentence = _sentence_with(corpus_text("nghi-quyet-68-nq-tw-phan-dau-den-nam-2030-co-2-trieu-doanh-nghiep-hoat.txt"),
                              "ngày 04/5/2025, Bộ Chính trị thông qua Nghị quyết 68-NQ/TW")
    dates = {e.attributes.get("symbol"): e.attributes.get("date") for e in extract_text(sentence).entities}
    assert dates["68-NQ/TW"] == "2025-05-04"


# --- identity: a named law given a date, and the same law given its number ------------------------

def test_a_law_named_with_its_date_is_the_law_named_with_its_number_of_that_year():
    laws = [e for e in extract_text(corpus_text("tt-58-2025-tt-bct.txt")).entities if e.label == "Luật Điện lực"]
    assert len(laws) == 1
    assert (laws[0].attributes.get("symbol"), laws[0].attributes.get("date")) == ("61/2024/QH15", "2024-11-30")
    # Another year is another law: "Luật Bảo hiểm xã hội năm 2014" beside "Luật Bảo hiểm xã hội số 41/2024/QH15".
    symbols = {e.attributes.get("symbol") for e in extract_text(corpus_text("nd-158-2025-nd-cp.txt")).entities
               if e.type == "Law" and e.label == "Luật Bảo hiểm xã hội"}
    assert {"41/2024/QH15", "58/2014/QH13"} <= symbols


# --- submissions: who made them, and what they do not do ------------------------------------------

def test_the_proposers_submission_is_issued_by_the_body_a_title_heads():
    # "Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 4620/TTr-SYT ngày 18 tháng 11 năm 2025."
    triples = stated(extract_text(corpus_text("qd-2816-qd-ubnd-dong-nai.txt")))
    assert ("4620/TTr-SYT", "issued_by", "Sở Y tế") in triples
    triples = stated(extract_text(corpus_text("qd-86-2025-qd-ubnd.txt")))
    assert ("252/TTr-SNV", "issued_by", "Sở Nội vụ") in triples


def test_a_submission_about_amending_a_decision_does_not_amend_it():
    # "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 6482/TTr-SNV ngày 29/10/2025 về việc sửa đổi, bổ sung
    # một số nội dung của Quyết định số 48/2024/QĐ-UBND …" (the only such sentence in the corpus).
    triples = stated(extract_text(corpus_text("qd-70-2025-qd-ubnd.txt")))
    assert ("6482/TTr-SNV", "amends", "48/2024/QĐ-UBND") not in triples
    assert ("70/2025/QĐ-UBND", "amends", "48/2024/QĐ-UBND") in triples


def test_the_head_who_signs_by_name_issues_for_the_body():
    sentence = _sentence_with(corpus_text("nghi-dinh-so-120-2025-nd-cp-cua-chinh-phu-quy-dinh-ve-phan-dinh-tham-q.txt"),
                              "Thủ tướng Chính phủ Phạm Minh Chính đã ký Công điện số 87/CĐ-TTg")
    assert ("87/CĐ-TTg", "issued_by", "Thủ tướng Chính phủ") in stated(extract_text(sentence))
    sentence = _sentence_with(corpus_text("thu-tuong-yeu-cau-thuc-hien-nghiem-quy-dinh-xu-phat-giao-thong-theo-ng.txt"),
                              "Thủ tướng Chính phủ vừa ký Công văn 227/TTg-CN")
    assert ("227/TTg-CN", "issued_by", "Thủ tướng Chính phủ") in stated(extract_text(sentence))


def test_a_member_who_signs_does_not_make_his_body_the_issuer():
    sentence = _sentence_with(corpus_text("thay-mat-bo-chinh-tri-thuong-truc-ban-bi-thu-tran-cam-tu-da-ky-thong-b.txt"),
                              "Thường trực Ban Bí thư Trần Cẩm Tú đã ký Thông báo kết luận số 75-TB/TW")
    triples = stated(extract_text(sentence))
    assert ("75-TB/TW", "issued_by", "Ban Bí thư") not in triples
    assert ("75-TB/TW", "issued_by", "Bộ Chính trị") in triples


# --- provisions of an annex ----------------------------------------------------------------------

def test_parts_of_an_annex_point_into_the_document_it_is_attached_to():
    triples = stated(extract_text(corpus_text("qd-218-2025-qd-ubnd.txt")))
    # "Mục A Phụ lục II, Mục B Phụ lục II ban hành kèm theo Quyết định số 15/2025/QĐ-TTg"
    assert ("Mục A Quyết định số 15/2025/QĐ-TTg", "part_of", "15/2025/QĐ-TTg") in triples
    assert ("Mục B Quyết định số 15/2025/QĐ-TTg", "part_of", "15/2025/QĐ-TTg") in triples
    # "Mục 4 Phần II Chương trình hành động ban hành kèm theo Nghị quyết 282/NQ-CP": the annex named by its title.
    labels = {e.label for e in extract_text(corpus_text(
        "nghi-quyet-282-nq-cp-2025-ve-chuong-trinh-hanh-dong-bao-ve-cham-soc-va.txt")).entities}
    assert "Mục 4 Phần II Nghị quyết số 282/NQ-CP" in labels
    # "mục A, phần I, Phụ lục 1 ban hành kèm theo Quyết định số 530/QĐ-UBND": letters and lower case.
    labels = {e.label for e in extract_text(corpus_text("qd-2031-qd-ubnd-cao-bang.txt")).entities}
    assert "mục A, phần I Quyết định số 530/QĐ-UBND" in labels


def test_repealing_what_stands_at_a_provision_repeals_the_provision_and_wording_only_amends():
    # "Bãi bỏ Danh mục thủ hành chính cấp tỉnh quy định tại mục A, khoản 2, Phần I ban hành kèm theo Quyết định số
    # 2077/QĐ-BYT …" (only there in the corpus).
    triples = stated(extract_text(corpus_text("qd-3574-qd-byt.txt")))
    assert ("3574/QĐ-BYT", "repeals", "mục A, khoản 2, Phần I Quyết định số 2077/QĐ-BYT") in triples
    # "Bãi bỏ cụm từ “Công an cấp huyện” tại điểm a khoản 1 Điều 3 Nghị quyết số 38/2024/NQ-HĐND": words only.
    triples = stated(extract_text(corpus_text("nq-80-2025-nq-hdnd.txt")))
    assert ("80/2025/NQ-HĐND", "amends", "điểm a khoản 1 Điều 3 Nghị quyết số 38/2024/NQ-HĐND") in triples
    assert ("80/2025/NQ-HĐND", "repeals", "điểm a khoản 1 Điều 3 Nghị quyết số 38/2024/NQ-HĐND") not in triples


def test_a_central_organ_issues_only_party_documents_with_its_code():
    # "Kết luận số 09-KL/BCĐ … của Ban Chỉ đạo Trung ương …" and later "Kết luận của Bộ Chính trị": the one
    # conclusion the text numbers is the steering committee's (party_issuers.tsv: the Politburo's end in /TW).
    triples = stated(extract_text(corpus_text("tiep-tuc-chuong-trinh-phien-hop-thu-42-chieu-7-2-tai-nha-quoc-hoi-duoi.txt")))
    assert ("09-KL/BCĐ", "issued_by", "Bộ Chính trị") not in triples
    assert ("09-KL/BCĐ", "issued_by", "Ban Chỉ đạo Trung ương về tổng kết thực hiện") in triples


def test_every_provinces_department_is_no_body_of_its_own():
    # "Bộ Tài chính, Sở Tài chính tỉnh, thành phố trực thuộc trung ương gửi báo cáo …"
    labels = {e.label for e in extract_text(corpus_text("luat-kiem-toan-nha-nuoc-2015.txt")).entities}
    assert "Bộ Tài chính" in labels and "Sở Tài chính" not in labels
    # "Sở Nội vụ các tỉnh, TP trực thuộc TW" in a list of recipients.
    labels = {e.label for e in extract_text(corpus_text("qd-1378-qd-bnv.txt")).entities}
    assert "Sở Nội vụ" not in labels
    # A province's own department stays: "Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số …".
    labels = {e.label for e in extract_text(corpus_text("qd-2816-qd-ubnd-dong-nai.txt")).entities}
    assert "Sở Y tế" in labels


# --- statutes named with their number ------------------------------------------------------------

def _labels_and_symbols(sentence: str) -> set[tuple[str, str | None]]:
    return {(e.label, e.attributes.get("symbol")) for e in extract_text(sentence).entities if e.type in ("Law", "Ordinance")}


def test_statute_names_with_their_number_whatever_words_they_hold():
    text = corpus_text("luat-cong-an-nhan-dan.txt")
    # "Công" begins "Công văn" but also the name "Công an xã".
    sentence = _sentence_with(text, "Pháp lệnh Công an xã số 06/2008/PL-UBTVQH12")
    assert ("Pháp lệnh Công an xã", "06/2008/PL-UBTVQH12") in _labels_and_symbols(sentence)
    # Over "và" and "thực hiện" when the number follows.
    sentence = _sentence_with(corpus_text("luat-70-2020-qh14-thoa-thuan-quoc-te.txt"),
                              "Pháp lệnh Ký kết và thực hiện thỏa thuận quốc tế số 33/2007/PL-UBTVQH11")
    assert ("Pháp lệnh Ký kết và thực hiện thỏa thuận quốc tế", "33/2007/PL-UBTVQH11") in _labels_and_symbols(sentence)
    # "về" before the name, and a lower-case name, when the number follows.
    sentence = _sentence_with(corpus_text("luat-thue-bao-ve-moi-truong-2010.txt"),
                              "Pháp lệnh về phí và lệ phí số 38/2001/PL-UBTVQH10")
    assert ("Pháp lệnh Phí và lệ phí", "38/2001/PL-UBTVQH10") in _labels_and_symbols(sentence)
    sentence = _sentence_with(corpus_text("luat-luu-tru-2011.txt"), "Pháp lệnh lưu trữ quốc gia số 34/2001/PL-UBTVQH10")
    assert ("Pháp lệnh lưu trữ quốc gia", "34/2001/PL-UBTVQH10") in _labels_and_symbols(sentence)


def test_a_type_word_with_a_qualifier_of_several_words_before_its_number():
    # "Báo cáo giải trình, tiếp thu số 490/BC-UBND ngày 25 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố"
    extraction = extract_text(corpus_text("nq-59-2025-nq-hdnd.txt"))
    dates = {e.attributes.get("symbol"): e.attributes.get("date") for e in extraction.entities}
    assert dates.get("490/BC-UBND") == "2025-11-25"
    # A statute's lower-case name is its name, read with its number: "Luật giáo dục số 38/2005/QH11".
    sentence = _sentence_with(corpus_text("luat-phi-va-le-phi-2015.txt"), "Luật giáo dục số 38/2005/QH11")
    assert ("Luật Giáo dục", "38/2005/QH11") in _labels_and_symbols(sentence)
    # "Chương trình xây dựng Luật tháng 10/2025": a month is no qualifier.
    sentence = _sentence_with(corpus_text("nghi-dinh-so-120-2025-nd-cp-cua-chinh-phu-quy-dinh-ve-phan-dinh-tham-q.txt"),
                              "Chương trình xây dựng Luật tháng 10/2025")
    assert not any(e.type == "Law" for e in extract_text(sentence).entities)


def test_an_office_named_by_two_verbs_keeps_the_second_and_its_objects():
    # "Theo đề nghị của Cục trưởng Cục Quản lý, giám sát kế toán, kiểm toán."
    triples = stated(extract_text(corpus_text("qd-4014-qd-btc.txt")))
    assert ("Cục Quản lý, giám sát kế toán, kiểm toán", "advises", "4014/QĐ-BTC") in triples
    assert not any(source == "Cục Quản lý" for source, _, _ in triples)


def test_the_general_education_programme_named_without_its_year():
    # "Rà soát, đánh giá việc triển khai thực hiện Chương trình giáo dục phổ thông; …" (the corpus's one sentence
    # of this form is in extra-6).
    sentence = _sentence_with(corpus_text("nghi-quyet-71-nam-2025-bo-chinh-tri-yeu-cau-co-mot-bo-sach-giao-khoa-t.txt"),
                              "triển khai thực hiện Chương trình giáo dục phổ thông")
    labels = {e.label for e in extract_text(sentence).entities if e.type == "Program"}
    assert "Chương trình giáo dục phổ thông 2018" in labels


def test_military_commands_and_central_agencies_of_the_lexicon():
    labels = {e.label for e in extract_text(corpus_text("luat-dan-quan-tu-ve-2019.txt")).entities}
    assert {"Bộ Tư lệnh Thủ đô Hà Nội", "Bộ Tư lệnh Thành phố Hồ Chí Minh"} <= labels
    labels = {e.label for e in extract_text(corpus_text("luat-canh-sat-bien-viet-nam-2018.txt")).entities}
    assert "Bộ Tư lệnh Cảnh sát biển" in labels


# --- trigger phrases written without their comma --------------------------------------------------

def test_a_trigger_phrase_written_without_its_comma():
    # "Căn cứ Nghị định số 60/2021/NĐ-CP … được sửa đổi bổ sung bởi Nghị định số 111/2025/NĐ-CP;"
    triples = stated(extract_text(corpus_text("nq-59-2025-nq-hdnd.txt")))
    assert ("111/2025/NĐ-CP", "amends", "60/2021/NĐ-CP") in triples
    # "… Luật Cán bộ, công chức năm 2008, được sửa đổi bổ sung tại Luật sửa đổi, bổ sung một số điều của …":
    # the amending law is the source.
    extraction = extract_text(corpus_text("nd-171-2025-nd-cp.txt"))
    by_id = {e.id: e for e in extraction.entities}
    pairs = {(by_id[r.source].label, by_id[r.target].label) for r in extraction.relations if r.type == "amends"}
    assert ("Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức",
            "Luật Cán bộ, công chức năm 2008") in pairs
    assert ("Luật Cán bộ, công chức năm 2008",
            "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức") not in pairs


def test_an_organs_party_board_is_a_body_of_its_own():
    # "… phối hợp với Ban cán sự đảng Bộ Nội vụ và các ban, bộ, ngành có liên quan …"
    sentence = _sentence_with(corpus_text("de-an-tien-luong-va-phu-cap-doi-voi-can-bo-cong-chuc-vien-chuc-luc-luo.txt"),
                              "Ban cán sự đảng Bộ Nội vụ")
    labels = {e.label for e in extract_text(sentence).entities}
    assert "Ban cán sự đảng Bộ Nội vụ" in labels and "Bộ Nội vụ" not in labels
