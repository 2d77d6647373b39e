"""The text's own document, read from its header (graph.header), on real corpus texts."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from graph.header import read_header
from relation_helpers import stated


def _own(extraction, symbol):
    return next(e for e in extraction.entities if e.attributes.get("symbol") == symbol)


def test_decree_header_gives_its_own_document_and_issuer():
    text = corpus_text("nd-16-2025-nd-cp.txt")
    extraction = extract_text(text)
    own = _own(extraction, "16/2025/NĐ-CP")
    assert own.type == "Decree"
    # The mention is the symbol as written in "Số: 16/2025/NĐ-CP"; "Nghị định này" is no mention.
    assert [m.text for m in own.mentions] == ["16/2025/NĐ-CP"]
    assert own.attributes["title"].startswith("SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 72/2020/NĐ-CP")
    assert ("16/2025/NĐ-CP", "issued_by", "Chính phủ") in stated(extraction)
    organ = next(e for e in extraction.entities if e.label == "Chính phủ")
    assert "CHÍNH PHỦ" in {m.text for m in organ.mentions}


def test_party_regulation_header_with_date_and_organ_over_two_lines():
    text = corpus_text("qd-383-qd-tw.txt")
    extraction = extract_text(text)
    own = _own(extraction, "383-QĐ/TW")
    assert own.type == "Regulation"
    assert own.attributes["date"] == "2025-11-19"  # "Hà Nội, ngày 19\ntháng 11 năm 2025"
    assert ("383-QĐ/TW", "issued_by", "Ban Chấp hành Trung ương") in stated(extraction)


def test_local_council_header_names_its_place_and_joins_the_bare_organ():
    text = corpus_text("nq-33-2025-nq-hdnd.txt")
    header = read_header(text)
    assert header.organ_label == "Hội đồng nhân dân thành phố Huế"
    assert text[slice(*header.organ_span)] == "HỘI ĐỒNG NHÂN\nDÂN"
    extraction = extract_text(text)
    assert _own(extraction, "33/2025/NQ-HĐND").attributes["date"] == "2025-11-18"
    council = next(e for e in extraction.entities if e.label == "Hội đồng nhân dân thành phố Huế")
    # "Hội đồng nhân dân ban hành Nghị quyết …" in the preamble is the same council.
    assert "Hội đồng nhân dân" in {m.text for m in council.mentions}


def test_site_furniture_before_the_header_is_skipped():
    text = corpus_text("nq-393-nq-cp.txt")
    header = read_header(text)
    assert header.symbol == "393/NQ-CP"
    # The metadata table ("Số hiệu: | 393/NQ-CP") comes first; the header's "Số: 393/NQ-CP" is the mention.
    assert text[header.symbol_span[0] - 4:header.symbol_span[0]] == "Số: "
    assert header.symbol_span[0] > text.index("Số hiệu")
    assert header.date == "2025-12-02"


def test_law_header_with_spaced_symbol_label():
    header = read_header(corpus_text("luat-68-2020-qh14-cu-tru.txt"))
    assert (header.doc_type, header.symbol, header.date) == ("Law", "68/2020/QH14", "2020-11-13")
    assert header.organ_label == "Quốc hội"


def test_news_article_is_not_a_document_itself():
    text = corpus_text("thu-tuong-chu-tri-hoi-nghi-quan-trong-ve-nghi-quyet-18-va-luat-dat-dai.txt")
    assert read_header(text) is None


def test_full_reference_to_the_own_symbol_joins_the_own_document():
    text = corpus_text("qd-383-qd-tw.txt")
    body = text + "\nQuy định số 383-QĐ/TW có hiệu lực từ ngày ký."
    own = _own(extract_text(body), "383-QĐ/TW")
    assert {"383-QĐ/TW", "Quy định số 383-QĐ/TW"} <= {m.text for m in own.mentions}


def test_commission_under_the_central_committee_is_the_organ():
    header = read_header(corpus_text("qd-1147-qd-btgdvtw.txt"))
    assert (header.doc_type, header.symbol) == ("Decision", "1147-QĐ/BTGDVTW")
    assert header.organ_label == "Ban Tuyên giáo và Dân vận Trung ương"


def test_two_level_state_organ_takes_the_unit():
    header = read_header(corpus_text("tb-39305-tb-chq.txt"))
    assert header.organ_label == "Cục Hải quan"


def test_organ_named_on_its_own_line_after_the_title():
    text = corpus_text("nq-1655-nq-ubtvqh15.txt")
    header = read_header(text)
    assert header.organ_label == "Ủy ban Thường vụ Quốc hội"
    assert text[slice(*header.organ_span)] == "ỦY BAN THƯỜNG VỤ QUỐC HỘI"
    assert header.title_span and text[slice(*header.title_span)].startswith("Về việc sắp xếp")


def test_the_preamble_naming_the_own_law_by_its_title_is_the_own_law():
    extraction = extract_text(corpus_text("luat-68-2020-qh14-cu-tru.txt"))
    own = _own(extraction, "68/2020/QH14")
    # "Quốc hội ban hành Luật Cư trú." — the new law, not "Luật Cư trú số 81/2006/QH11" it replaces.
    assert "Luật Cư trú" in {m.text for m in own.mentions}
    old = _own(extraction, "81/2006/QH11")
    assert "Luật Cư trú" not in {m.text for m in old.mentions}


def test_unnumbered_text_is_still_its_own_document():
    # A decree's text without its "Số:" line opens with "**NGHỊ ĐỊNH**", its title and preamble.
    text = corpus_text("nd-nghi-dinh-phan-loai-don-vi-hanh-chinh-can-cu-luat.txt")
    extraction = extract_text(text)
    own = next(e for e in extraction.entities if e.label == "Nghị định phân loại đơn vị hành chính")
    assert own.type == "Decree" and own.attributes.get("symbol") is None
    # Its mentions: the type line, its title lines and its full name in "Chính phủ ban hành Nghị định phân loại …".
    assert [m.text for m in own.mentions] == ["NGHỊ ĐỊNH", "PHÂN\nLOẠI ĐƠN VỊ HÀNH CHÍNH",
                                              "Nghị định phân loại đơn vị\nhành chính"]
    triples = stated(extraction)
    assert (own.label, "issued_by", "Chính phủ") in triples
    assert (own.label, "based_on", "63/2025/QH15") in triples
    assert ("Bộ Nội vụ", "advises", own.label) in triples


def test_unnumbered_resolution_takes_its_organ_line_and_keeps_symbols_in_its_label():
    text = corpus_text("tt-thong-tu-sua-doi-bo-sung-mot-so-dieu-cua-thong-tu.txt")
    # Its annex heading "*(Ban hành kèm theo Thông tư số 45/2025/TT-NHNN …" gives it its symbol (issue 3h); the
    # title keeps the symbol of the circular it amends.
    own = next(e for e in extract_text(text).entities if e.attributes.get("symbol") == "45/2025/TT-NHNN")
    assert "18/2024/TT-NHNN" in own.attributes["title"]
    header = read_header(corpus_text("nq-nghi-quyet-ve-viec-sap-xep-cac-don-vi-hanh-chinh-c.txt"))
    assert (header.doc_type, header.symbol, header.organ_label) == ("Resolution", None, "Ủy ban Thường vụ Quốc hội")


def test_a_text_that_does_not_open_with_a_type_line_is_no_document():
    # A news report that quotes a decree's preamble is not itself that decree.
    assert read_header(corpus_text("nghi-dinh-so-120-2025-nd-cp-cua-chinh-phu-quy-dinh-ve-phan-dinh-tham-q.txt")) is None


def test_law_whose_type_and_title_share_one_line():
    text = corpus_text("luat-buu-chinh-2010.txt")
    header = read_header(text)
    assert (header.doc_type, header.symbol) == ("Law", "49/2010/QH12")
    assert text[slice(*header.title_span)] == "BƯU CHÍNH"
    assert ("49/2010/QH12", "issued_by", "Quốc hội") in stated(extract_text(text))


def test_the_own_laws_bare_name_in_its_body_is_the_own_law():
    # "LUẬT\nCÔNG NGHỆ THÔNG TIN" and "Điều 3. Áp dụng Luật công nghệ thông tin" name the law itself.
    extraction = extract_text(corpus_text("luat-cong-nghe-thong-tin-2006-67-2006-qh11.txt"))
    own = _own(extraction, "67/2006/QH11")
    assert {"LUẬT\nCÔNG NGHỆ THÔNG TIN", "Luật công nghệ thông tin"} <= {m.text for m in own.mentions}
    assert not [e for e in extraction.entities if e.label == "Luật Công nghệ thông tin" and e is not own]
    # A same-named law with its own year or symbol is an older one: "Luật Điện ảnh số 62/2006/QH11".
    triples = stated(extract_text(corpus_text("luat-dien-anh-2022.txt")))
    assert ("05/2022/QH15", "repeals", "62/2006/QH11") in triples


def test_a_passed_text_without_a_header_date_is_dated_by_its_passing():
    # "Luật này đã được Quốc hội … khóa XII, kỳ họp thứ 3 thông qua ngày 03 tháng 6 năm 2008." after the last
    # article, and no "Hà Nội, ngày …" in the header.
    extraction = extract_text(corpus_text("luat-thue-thu-nhap-doanh-nghiep-2008.txt"))
    assert _own(extraction, "14/2008/QH12").attributes["date"] == "2008-06-03"
    # "*Nghị quyết này được Ủy ban Thường vụ Quốc hội … khóa XV thông qua ngày 16 tháng 6 năm 2025.*"
    extraction = extract_text(corpus_text("nq-1683-nq-ubtvqh15.txt"))
    assert _own(extraction, "1683/NQ-UBTVQH15").attributes["date"] == "2025-06-16"


def test_a_header_date_is_not_replaced_by_a_later_passing():
    # "Luật số: 73/2006/QH 11 / Hà Nội, ngày 29 tháng 6 năm 2006" above, "… thông qua ngày 29 tháng 11 năm 2006"
    # below: the header's own statement is what the text gives as the document's date.
    extraction = extract_text(corpus_text("luat-binh-dang-gioi-2006-73-2006-qh11.txt"))
    assert _own(extraction, "73/2006/QH11").attributes["date"] == "2006-06-29"
