"""Document references on real sentences of ../shared/corpus: every rule of graph.find_documents."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import stated, with_mention


def _entities(text):
    return extract_text(text).entities


def test_state_symbol_with_a_date_in_words():
    entities = _entities(corpus_text("nd-16-2025-nd-cp.txt"))
    decree = with_mention(entities, "Nghị định số 72/2020/NĐ-CP ngày 30 tháng 6 năm 2020")
    assert decree.type == "Decree"
    assert decree.attributes["symbol"] == "72/2020/NĐ-CP"
    assert decree.attributes["date"] == "2020-06-30"


def test_upper_case_heading_is_the_same_reference():
    entities = _entities(corpus_text("nd-16-2025-nd-cp.txt"))
    heading = with_mention(entities, "NGHỊ ĐỊNH SỐ 72/2020/NĐ-CP NGÀY 30 THÁNG 6 NĂM 2020")
    assert heading.attributes["symbol"] == "72/2020/NĐ-CP"
    assert "Nghị định số 72/2020/NĐ-CP ngày 30 tháng 6 năm 2020" in {m.text for m in heading.mentions}


def test_symbol_with_a_stray_space_after_the_hyphen():
    entities = _entities(corpus_text("nq-33-2025-nq-hdnd.txt"))
    resolution = with_mention(entities, "Nghị quyết số 1314/NQ- UBTVQH15")
    assert resolution.attributes["symbol"] == "1314/NQ-UBTVQH15"
    assert "Nghị quyết số 1314/NQ-UBTVQH15" in {m.text.replace("\n", " ") for m in resolution.mentions}


def test_party_symbol_with_comma_and_date():
    entities = _entities(corpus_text("ket-luan-118-dieu-chinh-chi-thi-35-ve-dai-hoi-dang-bo-cac-cap-tien-toi.txt"))
    submission = with_mention(entities, "Tờ trình số 224-TTr/BTCTW, ngày 09/01/2025")
    assert submission.attributes["symbol"] == "224-TTr/BTCTW"
    assert submission.attributes["date"] == "2025-01-09"


def test_reference_with_its_year():
    text = corpus_text("ke-hoach-260-kh-ubkttw-trien-khai-phan-mem-thi-hanh-ky-luat-dang-ra-sa.txt")
    plan = with_mention(_entities(text), "Kế hoạch 260-KH/UBKTTW năm 2025")
    assert plan.type == "Plan" and plan.attributes["symbol"] == "260-KH/UBKTTW"


def test_look_alike_letters_and_dashes_in_a_real_sentence():
    sentence = corpus_text("nd-16-2025-nd-cp.txt")
    sentence = sentence[sentence.index("*Căn cứ Nghị quyết số 104/2023/QH15"):][:120]
    written = sentence.replace("Nghị quyết số 104/2023/QH15", "Nghị quyết số 104/2023/QH15, Nghị định số 33/2016/NÐ–CP")
    symbols = {e.attributes.get("symbol") for e in _entities(written)}
    assert {"104/2023/QH15", "33/2016/NĐ-CP"} <= symbols


def test_date_forms_next_to_a_reference():
    # The seed's sentence, with the date written in each form texts use.
    for reference in ("Kết luận số 39-KL/TW ngày 18/7/2022", "Kết luận số 39-KL/TW ngày 18-7-2022",
                      "Kết luận số 39-KL/TW (18/7/2022)", "Kết luận số 39-KL/TW, ngày 18/7/2022",
                      "Kết luận số 39-KL/TW ngày 18 tháng 7 năm 2022", "kết luận số 39-kl/tw ngày 18/7/2022"):
        sentence = f"tham mưu với Bộ Chính trị ban hành {reference} về chủ trương bồi dưỡng cán bộ."
        conclusion = with_mention(_entities(sentence), reference)
        assert conclusion.attributes["date"] == "2022-07-18", reference
        assert conclusion.attributes["symbol"] == "39-KL/TW", reference


def test_grouped_references_share_the_type():
    entities = _entities("Thực hiện các Nghị quyết số 18-NQ/TW, 19-NQ/TW và 20-NQ/TW của Hội nghị Trung ương 6 (khóa XII).")
    resolutions = {e.attributes.get("symbol") for e in entities if e.type == "Resolution"}
    assert resolutions == {"18-NQ/TW", "19-NQ/TW", "20-NQ/TW"}


def test_named_laws_with_dates_and_the_amending_law():
    entities = _entities(corpus_text("nd-16-2025-nd-cp.txt"))
    amending = with_mention(entities, "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                                       "chính quyền địa phương ngày 22 tháng 11 năm 2019")
    assert amending.type == "Law" and amending.attributes["date"] == "2019-11-22"
    inner = with_mention(entities, "Luật Tổ chức chính quyền địa phương")
    assert inner.id != amending.id and inner.attributes.get("date") is None
    government = with_mention(entities, "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015")
    assert government.attributes["date"] == "2015-06-19"
    assert with_mention(entities, "Luật An toàn, vệ sinh lao động ngày 25 tháng 6 năm 2015").type == "Law"


def test_upper_case_law_name_in_a_title():
    entities = _entities(corpus_text("nd-16-2025-nd-cp.txt"))
    militia = with_mention(entities, "LUẬT DÂN QUÂN TỰ VỆ")
    assert "Luật Dân quân tự vệ ngày 22 tháng 11 năm 2019" in {m.text for m in militia.mentions}


def test_law_by_name_and_symbol_and_its_short_name():
    entities = _entities(corpus_text("qd-383-qd-tw.txt"))
    archives = with_mention(entities, "Luật Lưu trữ số 33/2024/QH15, ngày 21/6/2024")
    assert archives.attributes["symbol"] == "33/2024/QH15" and archives.attributes["date"] == "2024-06-21"
    assert "Luật Lưu trữ" in {m.text for m in archives.mentions}
    assert with_mention(entities, "Điều lệ Đảng").type == "OtherDocument"


def test_pháp_luật_is_not_a_law():
    entities = _entities(corpus_text("nq-33-2025-nq-hdnd.txt"))
    law = with_mention(entities, "Luật Ban hành văn bản\nquy phạm pháp luật số 64/2025/QH15".replace("\n", " "))
    assert law.attributes["symbol"] == "64/2025/QH15"
    assert not any(m.text.startswith("luật") for e in entities for m in e.mentions)


def test_constitution_by_year():
    text = corpus_text("ket-luan-157-hoan-tat-sap-xep-cap-xa-truoc-15-7-sap-xep-cap-tinh-truoc.txt")
    constitution = with_mention(_entities(text), "Hiến pháp năm 2013")
    assert constitution.type == "Constitution" and constitution.attributes["year"] == "2013"


def test_resolution_of_a_congress(seed_text):
    entities = _entities(seed_text.read_text(encoding="utf-8"))
    resolution = with_mention(entities, "Nghị quyết Đại hội XIII")
    assert resolution.type == "Resolution"
    assert with_mention(entities, "Đại hội XIII").type == "Congress"


def test_generic_and_anaphoric_mentions_are_not_entities():
    entities = _entities(corpus_text("nd-16-2025-nd-cp.txt")) + _entities(corpus_text("luat-quan-ly-no-cong.txt"))
    surfaces = {m.text for e in entities for m in e.mentions}
    assert not any(s.startswith(("Nghị định này", "các nghị quyết", "nghị quyết")) for s in surfaces)


def test_watermarks_are_not_entities():
    text = corpus_text("nd-304-2025-nd-cp.txt")
    assert "THƯ VIỆN PHÁP LUẬT" in text
    surfaces = {m.text for e in _entities(text) for m in e.mentions}
    assert not any("THƯ VIỆN" in s or "thuvienphapluat" in s for s in surfaces)


def test_lower_case_code_name_from_the_lexicon():
    text = corpus_text("luat-66-2011-qh12-phong-chong-mua-ban-nguoi.txt")
    code = with_mention(_entities(text), "Bộ luật hình sự")
    assert code.type == "Law"


def test_date_after_a_paragraph_break_is_not_the_reference_date():
    text = corpus_text("cach-thuc-kiem-diem-dang-vien-2025-theo-quy-dinh-366-va-huong-dan-43.txt")
    entities = _entities(text)
    heading = text.index("## Cách thức kiểm điểm đảng viên 2025 theo Quy định 366")
    regulation = next(e for e in entities if any(m.start > heading and m.text == "Quy định 366" for m in e.mentions))
    assert not any("Ngày" in m.text for m in regulation.mentions)
    assert regulation.attributes.get("symbol") == "366-QĐ/TW"
    assert regulation.attributes.get("date") == "2025-08-30"  # "Ngày 30/8/2025, … ban hành Quy định 366-QĐ/TW"


def test_telegrams_and_reports_with_a_qualifier():
    news = _entities(corpus_text("cac-van-ban-tac-dong-den-thi-truong-bat-dong-san-quy-1-2025.txt"))
    telegram = with_mention(news, "Công điện số 03/CĐ-TTg ngày 15/01/2025")
    assert telegram.type == "OtherDocument" and telegram.attributes["date"] == "2025-01-15"
    legal = _entities(corpus_text("nq-56-2025-nq-hdnd.txt"))
    symbols = {e.attributes.get("symbol") for e in legal if e.type == "Report"}
    assert {"164/BC-BKTNS", "496/BC-UBND"} <= symbols  # "Báo cáo thẩm tra số …", "Báo cáo tiếp thu số …"


def test_symbol_broken_by_markdown_residue():
    entities = _entities(corpus_text("nq-1655-nq-ubtvqh15.txt"))
    assert "203/2025/QH15" in {e.attributes.get("symbol") for e in entities}


def test_number_and_year_without_the_code_and_no_spill_into_the_next_word():
    text = corpus_text("thu-tuong-yeu-cau-thuc-hien-nghiem-quy-dinh-xu-phat-giao-thong-theo-ng.txt")
    short = with_mention(_entities(text), "Nghị định 168/2024")
    assert short.attributes["number"] == "168" and short.attributes["year"] == "2024"
    entities = _entities("theo Nghị quyết 18-NQ/TW - theo đó, các cấp ủy triển khai.")
    assert [e.attributes.get("symbol") for e in entities] == ["18-NQ/TW"]


def test_short_reference_with_its_date_or_year_but_not_a_count():
    text = corpus_text("quy-dinh-294-qd-tw-lam-ro-nhieu-noi-dung-quan-trong-ve-cong-tac-xay-du.txt")
    regulation = with_mention(_entities(text), "Quy định 232 ngày 20/1/2025")
    assert regulation.attributes["date"] == "2025-01-20"
    counts = _entities("Xây dựng Kế hoạch 5 năm và hoàn thành trong 30 ngày.")
    assert not counts


def test_date_in_an_open_bracket_before_the_issuer():
    text = corpus_text("ngay-14-4-2025-dong-chi-le-minh-hung-uy-vien-bo-chinh-tri-bi-thu-trung.txt")
    resolution = with_mention(_entities(text), "Nghị quyết số 18-NQ/TW (ngày 25/10/2017")
    assert resolution.attributes["date"] == "2017-10-25"


def test_ordinances_by_name():
    entities = _entities(corpus_text("ngay-20-3-2025-uy-ban-kiem-tra-trung-uong-da-ban-hanh-huong-dan-so-15.txt"))
    ordinance = with_mention(entities, "Pháp lệnh dân số năm 2003")
    assert ordinance.type == "Ordinance" and ordinance.label == "Pháp lệnh Dân số năm 2003"
    assert with_mention(entities, "Pháp lệnh Dân số") is ordinance
    labels = {e.label for e in _entities(corpus_text("luat-51-2024-qh15.txt")) if e.type == "Ordinance"}
    assert "Pháp lệnh Ưu đãi người có công với cách mạng" in labels


def test_a_known_law_name_ends_where_the_lexicon_says_or_where_a_clause_starts():
    labels = {e.label for e in _entities(corpus_text("nd-81-vbhn-bnnmt.txt")) if e.type == "Law"}
    assert "Luật Đất đai" in labels and not any(label.endswith((" nếu", " bao")) for label in labels)
    # An upper-case title running into the next line: the lexicon's name, without "Căn cứ".
    name = "Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)"
    text = corpus_text("luat-phong-chong-nhiem-vi-rut-gay-ra-hoi-chung-suy-giam-mien-dich-mac-phai-o-ngu.txt")
    assert name in {e.label for e in _entities(text)}


def test_a_number_issued_in_parts():
    entities = _entities(corpus_text("qd-2820-qd-ubnd.txt"))
    resolution = with_mention(entities, "Nghị quyết số 66.2/2025/NQ-CP ngày 28 tháng 8 năm 2025")
    assert resolution.attributes["symbol"] == "66.2/2025/NQ-CP" and resolution.attributes["date"] == "2025-08-28"


def test_a_plenums_resolution_named_by_the_plenum():
    entities = _entities(corpus_text("ket-luan-155-nguyen-tac-phan-cap-phan-quyen-khi-thuc-hien-chinh-quyen.txt"))
    resolution = with_mention(entities, "Nghị quyết Hội nghị Trung ương 11 khoá XIII")
    assert resolution.type == "Resolution" and resolution.label == "Nghị quyết Hội nghị Trung ương 11 (khóa XIII)"
    assert any(e.type == "Plenum" for e in entities)  # the plenum named inside it stays a mention of its own
    entities = _entities(corpus_text("ban-can-su-dang-ngoai-nuoc-nay-la-dang-uy-ngoai-nuoc-la-co-quan-phu-tr.txt"))
    assert with_mention(entities, "Nghị quyết Trung ương 5 khóa IX").label == "Nghị quyết Hội nghị Trung ương 5 (khóa IX)"


def test_documents_known_by_name_and_their_written_variants():
    # "không vi phạm Quy định về những điều đảng viên không được làm": the Party's regulation by its name.
    regulation = with_mention(_entities(corpus_text(
        "nhom-tieu-chi-chung-danh-gia-xep-loai-dang-vien-nam-2025-theo-quy-dinh.txt")),
        "Quy định về những điều đảng viên không được làm")
    assert (regulation.type, regulation.label) == ("Regulation", "Quy định những điều đảng viên không được làm")
    # "thực hiện thắng lợi Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030": spaced dashes, one strategy.
    strategy = with_mention(_entities(corpus_text("nq-nghi-quyet-ve-bo-sung-ke-hoach-phat-trien-kinh-te.txt")),
                             "Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030")
    assert (strategy.type, strategy.label) == ("Strategy", "Chiến lược phát triển kinh tế-xã hội 10 năm 2021-2030")
    program = with_mention(_entities(corpus_text(
        "toan-van-thong-tu-so-30-2024-tt-bgddt-ban-hanh-quy-che-tuyen-sinh-trun.txt")), "Chương trình giáo dục phổ thông 2018")
    assert program.type == "Program"


def test_a_bare_number_past_a_paragraph_break_is_a_list_item():
    # "**Điều 2. Nguyên tắc áp dụng Nghị định**\n\n1.\nTrường hợp …": no "Nghị định số 1".
    labels = {e.label for e in _entities(corpus_text("nd-302-2025-nd-cp.txt"))}
    assert "Nghị định số 1" not in labels
    assert "Kế hoạch số 1" not in {e.label for e in _entities(corpus_text("qd-2853-qd-ubnd-ho-chi-minh.txt"))}


def test_a_sentence_opened_by_its_date_dates_the_document_a_body_has():
    # "Ngày 07/4/2025, Chính phủ có Nghị quyết số 74/NQ-CP ban hành Kế hoạch thực hiện …"
    resolution = with_mention(_entities(corpus_text("nghi-quyet-74-nq-cp-cua-chinh-phu-ve-ke-hoach-sap-xep-don-vi-hanh-chin.txt")),
                               "Nghị quyết số 74/NQ-CP")
    assert resolution.attributes["date"] == "2025-04-07"
    # "Ngày 31/10/2025, Ban Tổ chức Trung ương đã có Hướng dẫn 43-HD/BTCTW …"
    guidance = next(e for e in _entities(corpus_text("cach-thuc-kiem-diem-dang-vien-2025-theo-quy-dinh-366-va-huong-dan-43.txt"))
                    if e.attributes.get("symbol") == "43-HD/BTCTW")
    assert guidance.attributes["date"] == "2025-10-31"


def test_provisions_with_lettered_numbers():
    # "khoản 2a Điều 34 của Luật Đấu thầu", "vào sau Chương IVa của Nghị định 115/2024/NĐ-CP": inserted units.
    text = corpus_text("toan-van-nghi-dinh-so-225-2025-nd-cp-sua-doi-bo-sung-cac-nghi-dinh-chi.txt")
    mentions = {m.text for e in extract_text(text).entities if e.type == "Provision" for m in e.mentions}
    assert {"khoản 2a Điều 34", "Chương IVa"} <= mentions


def test_resolution_of_the_party_congress_named_by_its_ordinal():
    text = corpus_text("nghi-quyet-68-nq-tw-phan-dau-den-nam-2030-co-2-trieu-doanh-nghiep-hoat.txt")
    extraction = extract_text(text)
    resolution = with_mention(extraction.entities, "Nghị quyết Đại hội Đảng lần thứ XIII")
    assert resolution.label == "Nghị quyết Đại hội XIII"


def test_a_spaced_mixed_case_code_and_a_list_number_after_a_heading():
    extraction = extract_text(corpus_text("qd-81-2025-qd-ubnd.txt"))
    symbols = {e.attributes.get("symbol") for e in extraction.entities}
    # "Tờ trình số 4834 /TTr-SXD": the space before the separator keeps the symbol whole.
    assert "4834/TTr-SXD" in symbols
    # "**Bãi bỏ toàn bộ các Quyết định**\n1. Bãi bỏ …": "1." numbers a list item, no "Quyết định 1".
    assert not [e for e in extraction.entities if e.label == "Quyết định số 1"]


def test_a_known_law_name_ends_where_the_sentence_goes_on_in_lower_case():
    # "… điểm m khoản 1 Điều 2 của Luật Bảo hiểm xã hội tham gia bảo hiểm xã hội bắt buộc bao gồm:"
    extraction = extract_text(corpus_text("nd-158-2025-nd-cp.txt"))
    laws = {e.label for e in extraction.entities if e.type == "Law"}
    assert "Luật Bảo hiểm xã hội" in laws
    assert not [label for label in laws if label.startswith("Luật Bảo hiểm xã hội tham gia")]


def test_a_reference_with_its_year_and_then_its_date():
    text = corpus_text("nghi-quyet-282-nq-cp-2025-ve-chuong-trinh-hanh-dong-bao-ve-cham-soc-va.txt")
    extraction = extract_text(text)
    resolution = next(e for e in extraction.entities if e.attributes.get("symbol") == "72-NQ/TW")
    # "thực hiện Nghị quyết 72-NQ/TW năm 2025 ngày 09 tháng 9 năm 2025 của Bộ Chính trị"
    assert resolution.attributes["date"] == "2025-09-09"


def test_an_amending_ordinance_named_by_the_article_it_amends():
    text = corpus_text("ngay-20-3-2025-uy-ban-kiem-tra-trung-uong-da-ban-hanh-huong-dan-so-15.txt")
    extraction = extract_text(text)
    draft = with_mention(extraction.entities, "Pháp lệnh sửa đổi Điều 10 của Pháp lệnh Dân số")
    assert draft.type == "Ordinance"
    assert (draft.label, "amends", "Pháp lệnh Dân số năm 2003") in stated(extraction)


def test_a_law_name_does_not_cross_a_table_cell():
    entities = extract_text(corpus_text("qd-2629-qd-ttg.txt")).entities
    assert not [e for e in entities if e.label == "Luật Tháng"]


def test_the_party_charter_by_its_long_name_is_one_document():
    text = corpus_text("quy-dinh-ve-bo-sung-ho-so-dang-vien-hang-nam-theo-huong-dan-06-hd-tw-n.txt")
    charters = [e for e in extract_text(text).entities if e.type == "OtherDocument" and e.label.startswith("Điều lệ")]
    # "Điều lệ Đảng Cộng sản Việt Nam 2011" and "Điều lệ Đảng": one entity, never two on one span.
    assert len(charters) == 1
    assert "Điều lệ Đảng Cộng sản Việt Nam" in {m.text for m in charters[0].mentions}
