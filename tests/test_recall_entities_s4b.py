"""Entities of the fourth session's second round: the Fatherland Front's central committee beside the Front,
the Vietnam Trade Union, national strategies named by their subject, on real sentences of ../shared/corpus
(texts outside the development gold where the corpus has them)."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text


def _line_with(text: str, phrase: str) -> str:
    """The line of `text` that holds `phrase`."""
    return next(line for line in text.splitlines() if phrase in line)


def _bodies(extraction):
    return {e.label: {m.text.replace("\n", " ") for m in e.mentions} for e in extraction.entities if e.type == "Body"}


def test_fronts_central_committee_is_a_body_apart_from_the_front():
    # nd-25-2025-nd-cp names the Front ("… cơ quan thuộc Chính phủ, Mặt trận Tổ quốc Việt Nam, …") and, among the
    # recipients, its central committee ("- Ủy ban trung ương Mặt trận Tổ quốc Việt Nam;"): two bodies.
    bodies = _bodies(extract_text(corpus_text("nd-25-2025-nd-cp.txt")))
    assert bodies["Mặt trận Tổ quốc Việt Nam"] == {"Mặt trận Tổ quốc Việt Nam"}
    assert bodies["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"] == {"Ủy ban trung ương Mặt trận Tổ quốc Việt Nam"}


def test_fronts_central_committee_signs_a_joint_resolution():
    # A joint resolution of the Standing Committee and the Front's central committee is issued by the committee's
    # presidium, the organ the text names ("… Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam
    # ban hành Nghị quyết liên tịch", symbol suffix ĐCTUBTWMTTQVN; issue 3t), not the Front.
    extraction = extract_text(corpus_text("nqlt-nghi-quyet-lien-tich-quy-dinh-chi-tiet-viec-to-chu.txt"))
    by_id = {e.id: e for e in extraction.entities}
    issuers = {by_id[r.target].label for r in extraction.relations if r.type == "issued_by"}
    assert "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in issuers
    assert "Mặt trận Tổ quốc Việt Nam" not in issuers


def test_vietnam_trade_union_is_a_body():
    # "8. Điều lệ Công đoàn Việt Nam là văn bản do Đại hội Công đoàn Việt Nam thông qua, …"
    text = corpus_text("luat-cong-doan-2012.txt")
    extraction = extract_text(_line_with(text, "Điều lệ Công đoàn Việt Nam là văn bản"))
    assert "Công đoàn Việt Nam" in _bodies(extraction)
    assert "Điều lệ Công đoàn Việt Nam" in {e.label for e in extraction.entities if e.type == "OtherDocument"}


def test_national_strategy_named_by_its_subject():
    # "a) Xây dựng, ban hành, tổ chức thực hiện Chiến lược dữ liệu quốc gia; văn bản quy phạm pháp luật về dữ liệu; …"
    text = corpus_text("luat-quoc-hoi-cong-hoa-xa-hoi-chu-nghia-viet-namdoc-lap.txt")
    extraction = extract_text(_line_with(text, "tổ chức thực hiện Chiến lược dữ liệu quốc gia;"))
    assert {e.label for e in extraction.entities if e.type == "Strategy"} == {"Chiến lược dữ liệu quốc gia"}


def test_national_strategy_ends_before_the_list_that_follows():
    # "… thủ tục hành chính nội bộ: Căn cứ Chiến lược phát triển nhà ở quốc gia, quy hoạch sử dụng đất …"
    text = " ".join(corpus_text("qd-2109-qd-bxd.txt").split())
    start = text.index("Căn cứ Chiến lược phát triển nhà ở quốc gia, quy hoạch")
    extraction = extract_text(text[start:start + 160])
    strategies = [e for e in extraction.entities if e.type == "Strategy"]
    assert [(s.label, [m.text for m in s.mentions]) for s in strategies] == [
        ("Chiến lược phát triển nhà ở quốc gia", ["Chiến lược phát triển nhà ở quốc gia"])]


def test_a_strategy_of_a_kind_is_not_named():
    # "… Chiến lược dữ liệu bảo đảm phù hợp với Khung kiến trúc …": a ministry's data strategy, a kind.
    text = " ".join(corpus_text("qd-2629-qd-ttg.txt").split())
    start = text.index("Chiến lược dữ liệu bảo đảm phù hợp")
    extraction = extract_text(text[start - 80:start + 80])
    assert not [e for e in extraction.entities if e.type == "Strategy"]


def test_delegation_named_with_the_deputies_of_a_province():
    # "3. Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Cà Mau, trong
    # phạm vi nhiệm vụ, quyền hạn của mình, …": the province's delegation.
    text = corpus_text("nq-1655-nq-ubtvqh15.txt")
    bodies = _bodies(extract_text(_line_with(text, "Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Cà Mau")))
    assert bodies["Đoàn đại biểu Quốc hội tỉnh Cà Mau"] == {"Đoàn đại biểu Quốc hội"}


def test_delegation_and_deputies_without_a_place_stay_generic():
    # "… Đoàn đại biểu Quốc hội và đại biểu Quốc hội có quyền kiến nghị …" in a law: no particular delegation.
    line = next(line for name in ("luat-hoat-dong-giam-sat-cua-quoc-hoi-va-hoi-dong-nhan-dan-2015.txt",
                                  "luat-to-chuc-quoc-hoi-2014.txt")
                for line in corpus_text(name).splitlines() if "Đoàn đại biểu Quốc hội và đại biểu Quốc hội có" in line)
    assert not any(label.startswith("Đoàn đại biểu Quốc hội") for label in _bodies(extract_text(line)))


def test_university_named_with_its_city():
    # "… Trường Đại học Luật Hà Nội quyết định cử đi đào tạo, bồi dưỡng …": the university, not a law "Luật Hà Nội …".
    text = " ".join(corpus_text("tt-23-2025-tt-btp.txt").split())
    start = text.index("Trường Đại học Luật Hà Nội quyết định")
    extraction = extract_text(text[start - 60:start + 90])
    assert _bodies(extraction) == {"Trường Đại học Luật Hà Nội": {"Trường Đại học Luật Hà Nội"}}
    assert not [e for e in extraction.entities if e.type == "Law"]


def test_university_without_a_city_after_truong():
    # "… Trường Đại học Kiểm sát tại Thành phố Hồ Chí Minh trên cơ sở …"; "Đại học Bách khoa Hà Nội; các trường …"
    text = " ".join(corpus_text("tiep-tuc-chuong-trinh-phien-hop-thu-42-chieu-7-2-tai-nha-quoc-hoi-duoi.txt").split())
    start = text.index("Trường Đại học Kiểm sát tại Thành phố Hồ Chí Minh")
    assert "Trường Đại học Kiểm sát" in _bodies(extract_text(text[start:start + 80]))
    text = " ".join(corpus_text("qd-2530-qd-ttg.txt").split())
    start = text.index("Đại học Bách khoa Hà Nội;")
    assert "Đại học Bách khoa Hà Nội" in _bodies(extract_text(text[start - 40:start + 60]))


def test_communes_joint_office_names_no_council_of_the_province():
    # A provincial decision: "… của Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thuộc Ủy ban nhân dân xã, phường
    # …" names the communes' joint office, not the province's council (which the text names elsewhere in full).
    text = corpus_text("qd-2979-qd-ubnd-ha-tinh.txt")
    start = text.index("Văn phòng Hội đồng nhân dân và")
    end = text.index("dân", start + len("Văn phòng Hội đồng nhân dân và")) + 3
    extraction = extract_text(text)
    inside = [(e.label, m.text) for e in extraction.entities for m in e.mentions if start <= m.start < end]
    assert inside == []
    assert "Hội đồng nhân dân tỉnh Hà Tĩnh" in _bodies(extraction)


def test_law_of_the_sea_convention_is_a_document():
    # "… phù hợp với Công ước của Liên hợp quốc về Luật biển năm 1982 và các điều ước quốc tế khác …"
    text = corpus_text("luat-bien-gioi-quoc-gia-2003-06-2003-qh11.txt")
    extraction = extract_text(_line_with(text, "phù hợp với Công ước của Liên hợp quốc về Luật biển năm 1982"))
    labels = {e.label: e.type for e in extraction.entities}
    assert labels.get("Công ước của Liên hợp quốc về Luật biển năm 1982") == "OtherDocument"
    # The scan reads past the whole name: the body the name holds is read with it.
    assert labels.get("Liên hợp quốc") == "Body"


def test_program_after_a_hard_wrapped_line():
    # "b) Kiểm tra việc chấp hành pháp luật chuyên ngành về\nChương trình cấp quốc gia về xúc tiến thương mại, …": the
    # line break after a lower-case word wraps the sentence; the programme is named inside it.
    text = corpus_text("tt-56-2025-tt-bct.txt")
    start = text.index("chuyên ngành về\nChương trình cấp quốc gia về xúc tiến thương mại")
    extraction = extract_text(text[start - 40:start + 120])
    assert "Chương trình cấp quốc gia về xúc tiến thương mại" in {
        e.label for e in extraction.entities if e.type == "Program"}


def test_heading_word_before_a_paragraph_is_no_program():
    # "**Điều 3. Về nguồn vốn thực hiện\nDự án**\n\nNguồn vốn thực hiện Dự án là …": no project "Dự án Nguồn vốn".
    text = corpus_text("nq-nghi-quyet-ve-tach-noi-dung-boi-thuong-ho-tro-tai.txt")
    start = text.index("Về nguồn vốn thực hiện\nDự án**")
    extraction = extract_text(text[start - 20:start + 120])
    assert not [e for e in extraction.entities if e.type == "Project"]


def test_steering_committee_known_by_its_number():
    # "… Ban Chỉ đạo 515 về thu nhận mẫu sinh phẩm ADN thân nhân …"
    text = " ".join(corpus_text("tb-624-tb-vpcp.txt").split())
    start = text.index("Ban Chỉ đạo 515")
    assert "Ban Chỉ đạo 515" in _bodies(extract_text(text[start - 60:start + 80]))


def test_amending_law_written_without_its_comma():
    # "*Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025; Luật sửa đổi bổ sung một số điều
    # của Luật Ban hành văn bản quy phạm pháp luật ngày 25 tháng 6 năm 2025;*": the amending law, not a second mention
    # of the law it amends.
    text = " ".join(corpus_text("nq-375-nq-cp.txt").split())
    start = text.index("Luật sửa đổi bổ sung một số điều")
    extraction = extract_text(text[start:start + 120])
    by_id = {e.id: e for e in extraction.entities}
    amending = "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật"
    assert amending in {e.label for e in extraction.entities}
    assert (amending, "Luật Ban hành văn bản quy phạm pháp luật") in {
        (by_id[r.source].label, by_id[r.target].label) for r in extraction.relations if r.type == "amends"}


def test_central_bodies_written_by_their_abbreviation():
    # "NHNN hướng dẫn về điều kiện vay vốn mua nhà …": the State Bank, named only so in that text.
    text = corpus_text("thu-tuong-trien-khai-ngay-co-che-dac-thu-voi-nha-o-xa-hoi-lap-quy-nha.txt")
    assert _bodies(extract_text(_line_with(text, "NHNN hướng dẫn"))).get("Ngân hàng Nhà nước Việt Nam") == {"NHNN"}
    # "- Lãnh đạo KTNN; - Đảng ủy KTNN; - Lưu: VT, Vụ TCCB.": the State Audit's Party committee.
    text = " ".join(corpus_text("qd-1760-qd-ktnn.txt").split())
    start = text.index("Đảng ủy KTNN")
    assert "Đảng ủy Kiểm toán nhà nước" in _bodies(extract_text(text[start - 30:start + 30]))
