"""Bodies, congresses, plenums and provisions on real sentences of ../shared/corpus."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import stated
from relation_helpers import with_mention


def _bodies(text):
    return {e.label: e for e in extract_text(text).entities if e.type == "Body"}


def test_ministries_stop_at_the_comma_and_the_verb(seed_text):
    bodies = _bodies(seed_text.read_text(encoding="utf-8"))
    assert {"Bộ Quốc phòng", "Bộ Công an", "Bộ Nội vụ"} <= set(bodies)
    assert not any(label.endswith((", Bộ", " cho biết", " đã")) for label in bodies)
    news = _bodies(corpus_text("ca-nuoc-co-34-dvhc-cap-tinh-gom-06-thanh-pho-truc-thuoc-trung-uong-va.txt"))
    assert "Bộ Nội vụ" in news and not any("cho biết" in label for label in news)


def test_upper_case_header_and_the_bare_council_join():
    entities = extract_text(corpus_text("nq-33-2025-nq-hdnd.txt")).entities
    council = next(e for e in entities if e.label == "Hội đồng nhân dân thành phố Huế")
    surfaces = {m.text for m in council.mentions}
    assert "Hội đồng nhân dân" in surfaces  # "Hội đồng nhân dân ban hành Nghị quyết …": the council of the header
    assert any(s.startswith("HỘI ĐỒNG NHÂN") for s in surfaces)
    province = with_mention(entities, "Hội đồng nhân dân tỉnh Thừa Thiên Huế")
    assert any(m.text.startswith("HỘI ĐỒNG NHÂN DÂN TỈNH THỪA") for m in province.mentions)


def test_local_organs_with_their_place():
    assert "Ủy ban nhân dân tỉnh An Giang" in _bodies(corpus_text("nq-08-2025-nq-cp.txt"))
    assert "Thành ủy Hà Nội" in _bodies(corpus_text("nq-55-2025-nq-hdnd.txt"))


def test_generic_organ_levels_are_not_bodies():
    bodies = _bodies(corpus_text("nd-16-2025-nd-cp.txt"))
    assert not any(label.endswith(("cấp xã", "cấp tỉnh", "cấp huyện")) for label in bodies)


def test_party_committees_of_the_centre():
    text = corpus_text("ket-luan-118-dieu-chinh-chi-thi-35-ve-dai-hoi-dang-bo-cac-cap-tien-toi.txt")
    bodies = _bodies(text)
    assert {"Đảng bộ Khối các cơ quan Trung ương", "Đảng bộ các cơ quan Đảng Trung ương",
            "Đảng bộ Mặt trận Tổ quốc và các đoàn thể Trung ương", "Ban Tổ chức Trung ương"} <= set(bodies)


def test_old_tone_placement_is_the_same_body():
    bodies = _bodies(corpus_text("luat-bao-ve-suc-khoe-nhan-dan-1989-21-lct-hdnn8.txt"))
    assert not any("Uỷ" in label for label in bodies)


def test_member_title_is_not_a_body(seed_text):
    entities = extract_text(seed_text.read_text(encoding="utf-8")).entities
    assert not any(m.text == "Trung ương Đảng" for e in entities for m in e.mentions)


def test_congress_in_its_long_form():
    text = corpus_text("ket-luan-118-dieu-chinh-chi-thi-35-ve-dai-hoi-dang-bo-cac-cap-tien-toi.txt")
    congress = with_mention(extract_text(text).entities, "Đại hội đại biểu toàn quốc lần thứ XIV")
    assert congress.type == "Congress" and congress.label == "Đại hội XIV"
    assert "đại hội Đảng toàn quốc" in {m.text for m in congress.mentions}
    party = extract_text("theo tinh thần Đại hội Đảng lần thứ XIII và Đại hội XIV của Đảng.").entities
    assert [e.label for e in party] == ["Đại hội XIII", "Đại hội XIV"]


def test_plenum_with_an_ordinal_word():
    text = corpus_text("nghi-quyet-11-nq-tw-ve-hoan-thien-the-che-kinh-te-thi-truong-dinh-huon.txt")
    plenum = with_mention(extract_text(text).entities, "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII")
    assert plenum.type == "Plenum" and plenum.label == "Hội nghị Trung ương 5 (khóa XII)"


def test_plenum_with_several_numbers(seed_text):
    entities = extract_text(seed_text.read_text(encoding="utf-8")).entities
    plenum = with_mention(entities, "Hội nghị Trung ương 4, 5, 6 (khóa XIII)")
    assert plenum.attributes["term"] == "XIII"


def test_provisions_point_into_the_named_document():
    extraction = extract_text(corpus_text("nd-16-2025-nd-cp.txt"))
    provisions = {e.label: e for e in extraction.entities if e.type == "Provision"}
    assert "điểm e khoản 1 Điều 2 Luật Bảo hiểm xã hội năm 2014" in provisions
    assert "khoản 2 Điều 4 Nghị định số 58/2020/NĐ-CP" in provisions
    part_of = {(r.source, r.target) for r in extraction.relations if r.type == "part_of"}
    provision = provisions["khoản 2 Điều 4 Nghị định số 58/2020/NĐ-CP"]
    decree = next(e for e in extraction.entities if e.attributes.get("symbol") == "58/2020/NĐ-CP")
    assert (provision.id, decree.id) in part_of


def test_provision_of_an_annex():
    extraction = extract_text(corpus_text("nq-33-2025-nq-hdnd.txt"))
    provision = with_mention(extraction.entities, "khoản 2 Điều 12")
    assert provision.type == "Provision" and "09/2022/NQ-HĐND" in provision.label


def test_own_article_headings_are_not_provisions():
    extraction = extract_text(corpus_text("nd-16-2025-nd-cp.txt"))
    assert not any(m.text in ("Điều 1", "Điều 2", "Điều 3") for e in extraction.entities for m in e.mentions)


def test_bare_organ_in_a_law_is_generic():
    bodies = _bodies(corpus_text("luat-ngan-sach-nha-nuoc-nam-2015.txt"))
    assert not any(label in ("Hội đồng nhân dân", "Ủy ban nhân dân", "Hội đồng nhân dân tỉnh") for label in bodies)


def test_bare_organ_of_a_local_text_takes_the_place_named_there():
    entities = extract_text(corpus_text("nq-33-2025-nq-hdnd.txt")).entities
    committee = with_mention(entities, "Ủy ban nhân dân thành phố")
    assert committee.label == "Ủy ban nhân dân thành phố Huế"


def test_site_notice_is_furniture():
    text = corpus_text("cd-234-cd-ttg.txt")
    notice = text.index("Thưa Quý khách")
    extraction = extract_text(text)
    assert not any(m.start >= notice for e in extraction.entities for m in e.mentions)


def test_place_names_stop_before_the_next_line_title():
    labels = set(_bodies(corpus_text("nq-1655-nq-ubtvqh15.txt"))) | set(_bodies(corpus_text("nq-56-2025-nq-hdnd.txt")))
    assert not any(label.endswith((" Chủ", " Ủy", " Ban", " Khóa", " Quy")) for label in labels)
    assert "Hội đồng nhân dân thành phố Hà Nội" in labels


def test_province_names_bound_the_place():
    labels = {e.label for e in extract_text("Ủy ban nhân dân tỉnh Bình Phước\nThành lập Hội đồng.").entities}
    assert labels == {"Ủy ban nhân dân tỉnh Bình Phước"}
    labels = {e.label for e in extract_text("Ủy ban nhân dân xã Long An Tây ban hành quyết định.").entities}
    assert labels == {"Ủy ban nhân dân xã Long An Tây"}


def test_party_committee_of_a_state_organ_is_its_own_body():
    bodies = _bodies(corpus_text("tai-phien-hop-ngay-28-2-2025-sau-khi-nghe-ban-to-chuc-trung-uong-bao-c.txt"))
    assert {"Đảng ủy Tòa án nhân dân tối cao", "Đảng ủy Viện kiểm sát nhân dân tối cao", "Đảng ủy Bộ Tư pháp"} <= set(bodies)
    # Written with the old tone placement and a capital K: still the Party committee of the procuracy.
    entities = extract_text(corpus_text("mot-so-noi-dung-quan-trong-tai-ket-luan-so-126-kl-tw-cua-bo-chinh-tri.txt")).entities
    assert with_mention(entities, "Đảng uỷ Viện Kiểm sát nhân dân tối cao").label == "Đảng ủy Viện kiểm sát nhân dân tối cao"


def test_departments_of_a_ministry_but_not_a_place_named_vu():
    bodies = _bodies(corpus_text("tt-24-2025-tt-btp.txt"))
    assert "Vụ Tổ chức cán bộ" in bodies
    bodies = _bodies(corpus_text("bo-noi-vu-chi-dao-thuc-hien-ket-luan-cua-bo-chinh-tri-ban-bi-thu-ve-mo.txt"))
    assert "Vụ Pháp chế" in bodies and not any(label.endswith("khẩn trương") for label in bodies)
    assert "Vụ Bản" not in _bodies(corpus_text("nq-1676-nq-ubtvqh15.txt"))  # "thị trấn Vụ Bản"


def test_provision_lists_are_one_provision():
    entities = extract_text(corpus_text("bo-noi-vu-ban-hanh-thong-tu-so-07-2025-tt-bnv-huong-dan-thuc-hien-quan.txt")).entities
    provision = with_mention(entities, "điểm b, c và d khoản 3 Điều 42")
    assert provision.label == "điểm b, c và d khoản 3 Điều 42 Nghị định số 147/2020/NĐ-CP"
    entities = extract_text(corpus_text("chinh-phu-ban-hanh-nghi-dinh-so-140-2025-nd-cp-ngay-12-6-2025-quy-dinh.txt")).entities
    assert with_mention(entities, "khoản 1, khoản 2 và khoản 3 Điều 39").type == "Provision"
    # Dotted points of a Party document, joined by "trong" to it.
    entities = extract_text(corpus_text("ngay-20-3-2025-uy-ban-kiem-tra-trung-uong-da-ban-hanh-huong-dan-so-15.txt")).entities
    assert "05-HD/UBKTTW" in with_mention(entities, "điểm 8.1 và 8.2 mục III").label
    entities = extract_text(corpus_text("cach-thuc-kiem-diem-dang-vien-2025-theo-quy-dinh-366-va-huong-dan-43.txt")).entities
    assert "366-QĐ/TW" in with_mention(entities, "Điểm 1.1 và Điểm 1.2, Khoản 1 Điều 7").label


def test_one_provision_of_one_document_across_its_mentions():
    # "Điều 10 của Pháp lệnh Dân số" and "Điều 10 của Pháp lệnh dân số năm 2003": one ordinance, one article.
    entities = extract_text(corpus_text("ngay-20-3-2025-uy-ban-kiem-tra-trung-uong-da-ban-hanh-huong-dan-so-15.txt")).entities
    articles = [e for e in entities if e.type == "Provision" and e.label.startswith("Điều 10 ")]
    assert len(articles) == 1 and len(articles[0].mentions) >= 2


def test_offices_of_the_centre_in_a_list_of_recipients():
    entities = extract_text(corpus_text("nd-158-2025-nd-cp.txt")).entities
    bodies = {e.label for e in entities if e.type == "Body"}
    assert {"Văn phòng Trung ương Đảng", "Văn phòng Tổng Bí thư", "Văn phòng Chủ tịch nước"} <= bodies
    # "Văn phòng Trung ương và các Ban của Đảng": the Party's Central Office, written without "Đảng".
    assert with_mention(entities, "Văn phòng Trung ương").label == "Văn phòng Trung ương Đảng"


def test_provincial_delegations_and_fronts_written_short():
    bodies = _bodies(corpus_text("nq-21-2025-nq-hdnd.txt"))
    assert {"Ủy ban Công tác đại biểu của Quốc hội", "Đoàn đại biểu Quốc hội tỉnh Vĩnh Long"} <= set(bodies)
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau" in _bodies(corpus_text("nq-1655-nq-ubtvqh15.txt"))


def test_a_department_named_by_two_fields_but_not_its_ministry():
    bodies = _bodies(corpus_text("qd-1383-qd-bnv.txt"))
    assert "Vụ Kế hoạch - Tài chính" in bodies and "Vụ Kế hoạch" not in bodies
    bodies = _bodies(corpus_text("qd-102-2025-qd-ubnd.txt"))  # "Vụ Pháp chế - Bộ …" in its recipients
    assert "Vụ Pháp chế" in bodies and not any(label.startswith("Vụ Pháp chế - ") for label in bodies)


def test_state_funds_and_deposit_insurance_are_bodies():
    # "… Quỹ hỗ trợ phát triển hợp tác xã …", "… gồm: Bảo hiểm tiền gửi Việt Nam; Ngân hàng Chính sách xã hội …"
    assert "Quỹ hỗ trợ phát triển hợp tác xã" in _bodies(corpus_text("nq-380-nq-cp.txt"))
    assert "Bảo hiểm tiền gửi Việt Nam" in _bodies(corpus_text(
        "tt-thong-tu-quy-dinh-ve-thuc-hien-gia-ban-dien-can-cu.txt"))
    funds = _bodies(corpus_text("quoc-hoi-thong-qua-nghi-quyet-thi-diem-co-che-chinh-sach-dac-thu-phat.txt"))
    assert {m.text for m in funds["Quỹ nhà ở quốc gia"].mentions} >= {"Quỹ Nhà ở quốc gia", "Quỹ nhà ở quốc gia"}


def test_bare_fatherland_front_but_not_its_local_committee():
    # "các cơ quan đảng, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội": the Front itself.
    front = _bodies(corpus_text("qd-384-qd-tw.txt"))["Mặt trận Tổ quốc Việt Nam"]
    assert "Mặt trận Tổ quốc" in {m.text for m in front.mentions}
    # "Ủy ban Mặt trận Tổ quốc ở địa phương", "Ủy ban Mặt trận Tổ quốc tỉnh, thành phố": a local committee.
    # The Front's central committee ("Ủy ban trung ương Mặt trận Tổ quốc Việt Nam") is a body of its own.
    text = corpus_text("luat-to-chuc-quoc-hoi-2014.txt")
    bodies = _bodies(text)
    assert "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in bodies
    front = bodies.get("Mặt trận Tổ quốc Việt Nam")
    assert not any(text[m.start - 7:m.start] == "Ủy ban " for m in (front.mentions if front else ()))
    assert not any(text[m.start - 7:m.start] == "Ủy ban " and not m.text.startswith("Ủy ban")
                   for body in bodies.values() for m in body.mentions if "Mặt trận" in m.text)


def test_congress_subcommittee_is_one_body():
    # "… Bộ Chính trị và Tiểu ban Nhân sự Đại hội XIV tiếp tục xem xét …", also written "Tiểu ban nhân sự".
    sub = _bodies(corpus_text("uy-vien-bo-chinh-tri-moi-nhat-2026-2031-khoa-14-duoc-trung-uong-thao-l.txt"))
    assert {m.text for m in sub["Tiểu ban Nhân sự Đại hội XIV của Đảng"].mentions} >= {
        "Tiểu ban Nhân sự Đại hội XIV", "Tiểu ban nhân sự Đại hội XIV"}


def test_named_steering_committee_issues_and_its_sentence_dates_the_decision():
    text = corpus_text("toan-van-quyet-dinh-126-qd-bcdcp-trien-khai-nhiem-vu-trong-tam-theo-ng.txt")
    extraction = extract_text(text)
    committee = ("Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số "
                 "và Đề án 06")
    assert committee in {e.label for e in extraction.entities if e.type == "Body"}
    # "Ngày 11/9/2025, Ban Chỉ đạo … và Đề án 06 ban hành Quyết định 126/QĐ-BCĐCP": "Đề án 06" is part of the
    # committee's name, so the decision is the sentence's first reference and takes its date.
    decision = next(e for e in extraction.entities if e.attributes.get("symbol") == "126/QĐ-BCĐCP")
    assert decision.attributes["date"] == "2025-09-11"
    assert ("126/QĐ-BCĐCP", "issued_by", committee) in stated(extraction)


def test_an_office_named_by_two_conjuncts():
    # "Cục Quản lý và Phát triển thị trường trong nước trực thuộc Bộ Công Thương"; "Vụ Pháp chế và Vụ …" are two.
    text = corpus_text("chinh-phu-ban-hanh-nghi-dinh-so-241-2025-nd-cp-ngay-10-9-2025-sua-doi.txt")
    labels = {e.label for e in extract_text(text).entities if e.type == "Body"}
    assert "Cục Quản lý và Phát triển thị trường" in labels
    assert "Cục Quản lý" not in labels
    labels = {e.label for e in extract_text(corpus_text("qd-3618-qd-byt.txt")).entities if e.type == "Body"}
    assert "Cục Hạ tầng và Thiết bị y tế" in labels


def test_former_ministries_in_old_laws():
    text = corpus_text("luat-giao-dich-dien-tu-2005-51-2005-qh11.txt")
    assert "Bộ Bưu chính, Viễn thông" in {e.label for e in extract_text(text).entities if e.type == "Body"}


def test_a_state_fund_named_as_an_organisation():
    labels = {e.label for e in extract_text(corpus_text("qd-2853-qd-ubnd-ho-chi-minh.txt")).entities if e.type == "Body"}
    assert "Quỹ Phòng chống thiên tai Thành phố" in labels
    # a fund of money is written in lower case, and the bare kind of fund names no organisation
    text = corpus_text("qd-2696-qd-ubnd.txt")
    labels = {e.label for e in extract_text(text).entities if e.type == "Body"}
    assert {"Quỹ Bảo vệ môi trường Việt Nam", "Quỹ Bảo vệ môi trường tỉnh Quảng Trị"} <= labels
    assert "Quỹ Bảo vệ môi trường" not in labels


def test_the_fire_police_is_a_body():
    labels = {e.label for e in extract_text(corpus_text("luat-phong-chay-chua-chay-2001.txt")).entities
              if e.type == "Body"}
    assert "Cảnh sát phòng cháy và chữa cháy" in labels


def test_what_a_steering_committee_answers_for_is_no_part_of_its_name():
    # "chịu trách nhiệm trước Ủy ban nhân dân tỉnh, Ban Chỉ đạo Trung ương về kết quả thực hiện tổng kiểm kê …"
    labels = {e.label for e in extract_text(corpus_text("qd-1627-qd-ubnd-quang-ngai.txt")).entities
              if e.type == "Body"}
    assert not any(label.startswith("Ban Chỉ đạo Trung ương về") for label in labels)
