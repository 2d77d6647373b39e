"""Issue dates of the own document and of references, on real texts of ../shared/corpus: the header forms, the
closing "… thông qua ngày …", dates broken by markup, and which reference a date stated before a sentence's subject
belongs to."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import with_mention, with_symbol


def _first_of_type(extraction, type_):
    return next(e for e in extraction.entities if e.type == type_)


def test_an_unnumbered_passed_text_is_dated_by_its_passing():
    # "NGHỊ QUYẾT / Về bổ sung Kế hoạch …" with no "Số:" line, closed by "*Nghị quyết này được Quốc hội … Kỳ họp
    # bất thường lần thứ 9, thông qua ngày 19 tháng 02 năm 2025.*": the own resolution is passed that day.
    extraction = extract_text(corpus_text("nq-nghi-quyet-ve-bo-sung-ke-hoach-phat-trien-kinh-te.txt"))
    own = _first_of_type(extraction, "Resolution")
    assert own.attributes.get("title", "").startswith("về bổ sung") and own.attributes["date"] == "2025-02-19"
    extraction = extract_text(corpus_text("nq-nghi-quyet-ve-viec-sap-xep-don-vi-hanh-chinh-nam-2.txt"))
    assert _first_of_type(extraction, "Resolution").attributes["date"] == "2025-04-14"


def test_a_passing_run_into_the_word_before_still_dates_the_text():
    # "*Nghị quyết này được Ủy ban Thường vụ Quốc hội … khóa XVthông qua ngày 16 tháng** 6** năm 2025.*"
    extraction = extract_text(corpus_text("nq-1661-nq-ubtvqh15.txt"))
    own = next(e for e in extraction.entities if e.attributes.get("symbol") == "1661/NQ-UBTVQH15")
    assert own.attributes["date"] == "2025-06-16"


def test_the_header_date_wins_over_a_summary_above_the_text():
    # A law library's page: "**Ngày 26/11/2025, Bộ trưởng Bộ Quốc phòng đã ban hành Thông tư 130/2025/TT-BQP …"
    # above the text, whose header reads "Số: 130/2025/TT-BQP | *Hà Nội, ngày 25 tháng 11 năm 2025*" (and its
    # table "Ngày ban hành: 25/11/2025"): the document's own statement is its date.
    extraction = extract_text(corpus_text("tt-130-2025-tt-bqp.txt"))
    own = next(e for e in extraction.entities if e.attributes.get("symbol") == "130/2025/TT-BQP")
    assert own.attributes["date"] == "2025-11-25"


def test_a_date_broken_by_an_emphasis_paragraph_break_is_read_whole():
    # "*… Báo cáo thẩm tra số 421/BC-UBPLTP15 ngày 03 tháng 6*\n\n*năm 2025 của Ủy ban Pháp luật …*": one italic
    # sentence a converter split into two paragraphs; the second goes on in lower case.
    entities = extract_text(corpus_text("nq-1663-nq-ubtvqh15.txt")).entities
    report = with_symbol(entities, "421/BC-UBPLTP15")
    assert report.attributes["date"] == "2025-06-03"


def test_a_sentence_opening_date_skips_a_reference_named_in_the_subject():
    # "Ngày 04/01/2025, Ban Chỉ đạo về tổng kết việc thực hiện Nghị quyết 18-NQ/TW của Chính phủ có Công văn
    # 31/CV-BCĐTKNQ18 về việc thực hiện Nghị định 178/2024/NĐ-CP …": the letter is what the subject issues that day.
    entities = extract_text(corpus_text("giam-toi-thieu-20-cong-chuc-vien-chuc-khi-tinh-gon-bo-may-cong-van-31.txt")).entities
    letter = with_symbol(entities, "31/CV-BCĐTKNQ18")
    assert letter.attributes["date"] == "2025-01-04"
    resolution = with_symbol(entities, "18-NQ/TW")
    assert resolution.attributes.get("date") != "2025-01-04"
    # The issued reference first, then the one it issues: "Ngày 15/9/2025, Chính phủ có Nghị quyết 282/NQ-CP năm
    # 2025 ban hành Chương trình hành động …" dates the resolution only.
    entities = extract_text(corpus_text("nghi-quyet-282-nq-cp-2025-ve-chuong-trinh-hanh-dong-bao-ve-cham-soc-va.txt")).entities
    resolution = with_symbol(entities, "282/NQ-CP")
    assert resolution.attributes["date"] == "2025-09-15"
    assert not any(e.type == "Program" and e.attributes.get("date") == "2025-09-15" for e in entities)


def test_a_symbol_line_over_a_place_and_date_line_is_dated_by_it():
    # "Luật số:   75/2006/QH 11\nHà Nội, ngày 29   tháng 11 năm 2006\nQUỐC HỘI …": a header with no type line (so
    # none is read), its symbol and date still on their lines.
    entities = extract_text(corpus_text(
        "luat-viec-hien-lay-ghep-mo-bo-phan-co-the-nguoi-va-hien-lay-xac-2006-75-2006-qh1.txt")).entities
    law = with_symbol(entities, "75/2006/QH11", "Law")
    assert law.attributes["date"] == "2006-11-29"


def test_the_session_line_under_a_title_is_not_part_of_it():
    # "LUẬT / LÝ LỊCH TƯ PHÁP / CỦA QUỐC HỘI KHÓA XII, KỲ HỌP THỨ 5 / … Quốc hội ban hành Luật lý lịch tư pháp.":
    # the preamble's name is the own law, dated by its header.
    entities = extract_text(corpus_text("luat-ly-lich-tu-phap-2009-28-2009-qh12.txt")).entities
    law = with_symbol(entities, "28/2009/QH12")
    assert law.attributes["title"] == "LÝ LỊCH TƯ PHÁP"
    assert "Luật lý lịch tư pháp" in {m.text for m in law.mentions} and law.attributes["date"] == "2009-06-17"
    # The same, with two words of the title run together ("… CHỦ NGHĨAVIỆT NAM Ở NƯỚC NGOÀI").
    entities = extract_text(corpus_text(
        "luat-co-quan-dai-dien-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam-o-nuoc-ngoai-2009.txt")).entities
    law = with_symbol(entities, "33/2009/QH12")
    assert "Luật cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài" in {m.text for m in law.mentions}
    assert law.attributes["date"] == "2009-06-18"


def test_a_sentence_opening_date_reaches_past_a_long_subject():
    # "Ngày 14/4/2025, đồng chí Lê Minh Hưng, Ủy viên Bộ Chính trị, …, Phó Trưởng Ban Thường trực Ban Chỉ đạo
    # Trung ương (Ban Chỉ đạo) về tổng kết Nghị quyết số 18-NQ/TW (ngày 25/10/2017 …) đã ký ban hành Kế hoạch số
    # 47-KH/BCĐ …": over 400 characters from the date to the plan.
    entities = extract_text(corpus_text("ngay-14-4-2025-dong-chi-le-minh-hung-uy-vien-bo-chinh-tri-bi-thu-trung.txt")).entities
    plan = with_symbol(entities, "47-KH/BCĐ")
    assert plan.attributes["date"] == "2025-04-14"
    resolution = with_symbol(entities, "18-NQ/TW")
    assert resolution.attributes["date"] == "2017-10-25"


def test_a_signing_place_between_the_verb_and_the_date():
    # "- Hiệp định Thương mại hàng hóa đã ký chính thức tại Ku-a-la Lăm-pơ, Ma-lai-xi-a ngày 24/8/2006;": the place
    # the agreement was signed stands between the verb and its date.
    entities = extract_text(corpus_text("qd-02144-qd-ubnd-dak-lak.txt")).entities
    assert with_mention(entities, "Hiệp định Thương mại hàng hóa").attributes["date"] == "2006-08-24"


def test_a_signing_date_belongs_to_the_part_not_to_the_whole_it_belongs_to():
    # "- Hiệp định Thương mại hàng hóa thuộc Hiệp định khung về Hợp tác kinh tế toàn diện giữa … (ASEAN) và Đại Hàn
    # Dân Quốc đã ký chính thức tại Ku-a-la Lăm-pơ, Ma-lai-xi-a ngày 24 tháng 8 năm 2006;": what was signed that day is
    # the trade agreement, not the framework agreement named after "thuộc".
    entities = extract_text(corpus_text("qd-3361-qd-bct.txt")).entities
    assert with_mention(entities, "Hiệp định Thương mại hàng hóa").attributes["date"] == "2006-08-24"
    framework = next(e for e in entities if e.label.startswith("Hiệp định khung về Hợp tác kinh tế toàn diện giữa Hiệp hội"))
    assert framework.attributes.get("date") is None


def test_a_place_is_names_or_a_sitting_not_a_clause():
    # A stretch that is neither ("… thông qua tại kỳ họp thứ 9 và có hiệu lực từ ngày 01/7/2025", "ban hành tại
    # Quyết định số 2077/QĐ-BYT ngày 24/6/2025") gives the reference no date of its own.
    from graph.sentence_dates import _ISSUED_ON
    assert _ISSUED_ON.search("đã ký chính thức tại Ku-a-la Lăm-pơ, Ma-lai-xi-a ngày 24/8/2006")
    assert _ISSUED_ON.search("được Quốc hội khóa XV thông qua tại kỳ họp thứ 9 ngày 26 tháng 6 năm 2025")
    assert not _ISSUED_ON.search("thông qua tại kỳ họp thứ 9 và có hiệu lực từ ngày 01/7/2025")
    assert not _ISSUED_ON.search("được ban hành tại Quyết định số 2077/QĐ-BYT ngày 24/6/2025")
