"""Bodies named as a unit of a place or by what they run, and references whose type word is misspelt, on real
texts of ../shared/corpus (texts outside the heldout gold where the corpus has the construction elsewhere)."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import with_mention


def _entities(name: str):
    return extract_text(corpus_text(name)).entities


def _labels(name: str, kind: str = "Body") -> set[str]:
    return {e.label for e in _entities(name) if e.type == kind}


def _surfaces(entity) -> set[str]:
    return {m.text.replace("\n", " ") for m in entity.mentions}


def test_public_service_centre_named_by_its_level_is_the_provinces():
    # "… Giám đốc Trung tâm Phục vụ hành chính công tỉnh, Chủ tịch UBND các xã …" in a decision of Cao Bằng
    entities = _entities("qd-1951-qd-ubnd-cao-bang.txt")
    centre = with_mention(entities, "Trung tâm Phục vụ hành chính công tỉnh")
    assert centre.label == "Trung tâm Phục vụ hành chính công tỉnh Cao Bằng"


def test_public_service_centre_of_a_law_without_a_place_is_no_body():
    # "Trung tâm Phục vụ hành chính công (cấp xã)", "… xã, phường": kinds of office, in an annex of procedures
    labels = _labels("qd-1951-qd-ubnd-cao-bang.txt")
    assert not any(label.startswith("Trung tâm Phục vụ hành chính công") and not label.endswith("Cao Bằng")
                   for label in labels)


def test_national_assembly_delegation_named_by_its_level_is_the_provinces():
    # "- Đoàn đại biểu Quốc hội tỉnh;" in the recipients of a decision of Quảng Ninh
    entities = _entities("qd-98-2025-qd-ubnd-quang-ninh.txt")
    assert with_mention(entities, "Đoàn đại biểu Quốc hội tỉnh").label == "Đoàn đại biểu Quốc hội tỉnh Quảng Ninh"


def test_standing_board_of_the_council_is_a_body_of_its_own():
    # "2. Giao Thường trực Hội đồng nhân dân Thành phố, các Ban Hội đồng nhân dân Thành phố, …"
    entities = _entities("nq-63-2025-nq-hdnd.txt")
    board = with_mention(entities, "Thường trực Hội đồng nhân dân Thành phố")
    assert board.label == "Thường trực Hội đồng nhân dân thành phố Hà Nội"
    council = next(e for e in entities if e.label == "Hội đồng nhân dân thành phố Hà Nội")
    assert all(m.start >= min(b.end for b in board.mentions) or m.end <= min(b.start for b in board.mentions)
               for m in council.mentions)


def test_standing_board_in_a_recipient_list_is_left_to_the_council():
    # "- Thường trực Tỉnh ủy;  Thường trực HĐND tỉnh; - UBMTTQ Việt Nam tỉnh;"
    assert not any(label.startswith("Thường trực") for label in _labels("qd-36-2025-qd-ubnd-quang-tri.txt"))


def test_zone_management_board_named_by_its_zone():
    # "… Ban Quản lý Khu Công nghệ cao Hòa Lạc thuộc Bộ Khoa học và Công nghệ."
    assert "Ban Quản lý Khu công nghệ cao Hòa Lạc" in _labels("qd-44-2025-qd-ttg.txt")


def test_zone_management_board_of_the_city_joins_its_full_name():
    # "Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội (sau đây gọi tắt là “Ban Quản lý”)"
    # and later "Ban Quản lý các khu công nghệ cao và khu công nghiệp Thành phố triển khai thực hiện …"
    entities = _entities("nq-73-2025-nq-hdnd.txt")
    board = with_mention(entities, "Ban Quản lý các khu công nghệ cao và khu công nghiệp Thành phố")
    assert board.label == "Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội"
    assert "Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội" in _surfaces(board)


def test_government_office_abbreviated_in_recipients_but_not_in_a_symbol():
    # "- VPCP: BTCN, các PCN, Trợ lý TTg, …" is the Government Office
    assert "VPCP" in _surfaces(with_mention(_entities("nd-16-2025-nd-cp.txt"), "VPCP"))
    # "Căn cứ Thông tư số 02/2017/TT-VPCP …": the issuer's code of a symbol names no body
    office = next((e for e in _entities("qd-1486-qd-ubnd-bac-ninh.txt") if e.label == "Văn phòng Chính phủ"), None)
    text = corpus_text("qd-1486-qd-ubnd-bac-ninh.txt")
    assert office is None or all(text[m.start - 1] != "-" for m in office.mentions)


def test_stock_exchange_and_depository():
    # "… Sở giao dịch chứng khoán; đặc biệt Tổng Công ty lưu ký chứng khoán Việt Nam (VSDC) đã cập nhật …"
    entities = _entities("ngay-29-11-2024-tai-ky-hop-thu-8-quoc-hoi-khoa-xv-da-thong-qua-luat-so.txt")
    assert with_mention(entities, "SGDCK").label == "Sở Giao dịch Chứng khoán Việt Nam"
    depository = with_mention(entities, "Tổng Công ty lưu ký chứng khoán Việt Nam")
    assert "VSDC" in _surfaces(depository)


def test_the_governments_portal_is_a_site_name_not_the_government():
    # "- Công báo, Cổng Thông tin điện tử Chính phủ;" in the recipients of a circular
    name = "tt-109-2025-tt-btc.txt"
    text = corpus_text(name).replace("\n", " ")
    portal = text.index("Cổng Thông tin điện tử Chính phủ")
    for entity in _entities(name):
        assert not any(portal <= m.start < portal + 40 for m in entity.mentions), entity.label


def test_trade_association_named_up_to_its_city():
    # "… Chủ tịch Hiệp hội Bất động sản TPHCM Lê Hoàng Châu cho rằng …"
    name = "sua-doi-luat-dat-dai-kip-thoi-go-nhung-diem-nghen-phat-sinh-tu-thuc-ti.txt"
    assert "Hiệp hội Bất động sản TPHCM" in _labels(name)


def test_office_named_by_its_abbreviation():
    # "- Cục KTVB&QLXLVPHC - Bộ Tư pháp;" in the recipients of a resolution of Hà Nội's council
    entities = _entities("nq-59-2025-nq-hdnd.txt")
    assert with_mention(entities, "Cục KTVB&QLXLVPHC").type == "Body"
    assert with_mention(entities, "Bộ Tư pháp").label == "Bộ Tư pháp"


def test_provincial_inspectorate_named_by_its_level():
    # "… gửi Thanh tra tỉnh" in a plan of Phú Thọ; "Thanh tra, kiểm tra" (the activity) is no body
    entities = _entities("qd-102-2025-qd-ubnd.txt")
    assert with_mention(entities, "Thanh tra tỉnh").label == "Thanh tra tỉnh Phú Thọ"
    assert "Thanh tra" not in {e.label for e in entities}


def test_national_youth_committee():
    # "Ủy ban quốc gia về Thanh niên Việt Nam là tổ chức phối hợp liên ngành …"
    assert "Ủy ban quốc gia về Thanh niên Việt Nam" in _labels("luat-thanh-nien-so-57-2020-qh14.txt")


def test_misspelt_type_word_before_a_full_state_symbol():
    # "… theo quy định của Nghịđịnh số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ"
    entities = _entities("chinhphu-vn-nghi-dinh-so-235-2025-nd-cp-cua-chinh-phu-sua-doi-bo-sung.txt")
    decree = with_mention(entities, "Nghịđịnh số 45/2012/NĐ-CP ngày 21/5/2012")
    assert (decree.type, decree.attributes["symbol"], decree.attributes["date"]) == ("Decree", "45/2012/NĐ-CP", "2012-05-21")


def test_parameters_are_no_document():
    # "Thông số kỹ thuật …" in a circular's tables: a real word, with no symbol after it
    entities = _entities("tt-58-2025-tt-bct.txt")
    assert not any(m.text.startswith("Thông số") for e in entities for m in e.mentions)


def test_plenum_named_after_the_central_committee():
    # "… Đảng ủy Chính phủ sẽ báo cáo Ban Chấp hành Trung ương tại Hội nghị lần thứ 11 để thông qua đề án …"
    entities = _entities("bo-noi-vu-da-hoan-thanh-106-109-nhiem-vu-duoc-giao-trong-thang-3.txt")
    plenum = with_mention(entities, "Hội nghị lần thứ 11")
    assert (plenum.type, plenum.label) == ("Plenum", "Hội nghị Trung ương 11")


def test_a_numbered_meeting_of_another_body_is_no_plenum():
    # "Hội nghị đã biểu quyết thông qua Nghị quyết Hội nghị lần thứ 39 …" of a city's Party committee
    entities = _entities("tphcm-thong-qua-de-an-hop-nhat-cap-tinh-va-to-chuc-chinh-quyen-dia-phu.txt")
    assert not any(e.type == "Plenum" and "39" in e.label for e in entities)
