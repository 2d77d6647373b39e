"""Bodies named by composition or in another case, on real sentences of ../shared/corpus (texts outside the
extra gold sets where the corpus has them)."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text


def _bodies(name):
    return {e.label: e for e in extract_text(corpus_text(name)).entities if e.type == "Body"}


def _surfaces(entity):
    return {m.text.replace("\n", " ") for m in entity.mentions}


def test_office_of_a_placed_provincial_committee():
    # "Sở Tài chính chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công …)"
    bodies = _bodies("qd-1486-qd-ubnd-bac-ninh.txt")
    office = bodies["Văn phòng Ủy ban nhân dân tỉnh Bắc Ninh"]
    assert "Văn phòng UBND tỉnh" in _surfaces(office)
    inside = [(m.start, m.end) for m in office.mentions]
    assert not any(s <= m.start < e for m in bodies["Ủy ban nhân dân tỉnh Bắc Ninh"].mentions for s, e in inside)


def test_office_of_a_ministry():
    # "*Theo đề nghị của Chánh Văn phòng Bộ Nội vụ và Vụ trưởng …"; "**Điều 3.** Chánh Văn phòng Bộ, …" in the
    # ministry's own decision is the same office (issue 3h).
    bodies = _bodies("qd-1378-qd-bnv.txt")
    assert _surfaces(bodies["Văn phòng Bộ Nội vụ"]) == {"Văn phòng Bộ Nội vụ", "Văn phòng Bộ"}


def test_known_body_written_in_another_case():
    # "- Văn Phòng Chính phủ (Cục KSTTHC);" and "… Chủ nhiệm Văn phòng Chính Phủ"
    assert "Văn Phòng Chính phủ" in _surfaces(_bodies("qd-3565-qd-ubnd.txt")["Văn phòng Chính phủ"])
    assert "Văn phòng Chính Phủ" in _surfaces(_bodies("qd-1805-qd-ubnd-phu-tho.txt")["Văn phòng Chính phủ"])


def test_ministry_abbreviation():
    # "Bộ KH&CN đã báo cáo Chính phủ tại công văn số …"
    assert "Bộ KH&CN" in _surfaces(_bodies("tb-624-tb-vpcp.txt")["Bộ Khoa học và Công nghệ"])


def test_bare_party_committee_of_the_city_and_its_office():
    # "- Thường trực Thành ủy (để b/c); … - Văn phòng Thành ủy (để ph/h);" in a decision of the city's committee
    bodies = _bodies("qd-2820-qd-ubnd.txt")
    assert "Thành ủy" in _surfaces(bodies["Thành ủy Hồ Chí Minh"])
    assert _surfaces(bodies["Văn phòng Thành ủy Hồ Chí Minh"]) == {"Văn phòng Thành ủy"}
    assert "Văn phòng Ủy ban nhân dân Thành phố" in _surfaces(bodies["Văn phòng Ủy ban nhân dân thành phố Hồ Chí Minh"])


def test_generic_committees_are_not_bodies():
    # "… lãnh đạo Văn phòng Tỉnh ủy, Thành ủy, lãnh đạo Văn phòng Ủy ban nhân dân tỉnh, thành phố …"
    bodies = _bodies("yeu-cau-trong-viec-tang-cuong-cong-tac-bao-ve-bi-mat-nha-nuoc-trong-ti.txt")
    assert not any(label.startswith(("Tỉnh ủy", "Thành ủy", "Văn phòng Tỉnh ủy", "Văn phòng Ủy ban nhân dân"))
                   for label in bodies)


def test_department_abbreviation_is_the_department():
    # "Sở VHTTDL" (15 times in the corpus): the provincial Department of Culture, Sports and Tourism
    assert "Sở VHTTDL" in _surfaces(_bodies("qd-2031-qd-ubnd-cao-bang.txt")["Sở Văn hóa, Thể thao và Du lịch"])


def test_state_corporations_named_to_their_territory():
    # "Chỉ đạo Tổng công ty Hàng không Việt Nam, Tổng công ty Hàng hải Việt Nam, …"
    bodies = _bodies("nq-380-nq-cp.txt")
    assert {"Tổng công ty Hàng không Việt Nam", "Tổng công ty Hàng hải Việt Nam", "Tổng công ty Đường sắt Việt Nam"} <= set(bodies)
    # "Công ty TNHH MTV Vận hành hệ thống điện và thị trường điện Quốc gia": lower-case words up to "Quốc gia"
    assert "Công ty TNHH MTV Vận hành hệ thống điện và thị trường điện Quốc gia" in _bodies("tt-57-vbhn-bct.txt")
    # "Tổng công ty Nhà nước thuộc Thành phố" is a kind of firm, not a name
    assert not any(label.startswith("Tổng công ty Nhà") for label in _bodies("qd-2820-qd-ubnd.txt"))


def test_associations_named_to_viet_nam():
    # "h) Được tham gia Hội người cao tuổi Việt Nam theo quy định của Điều lệ Hội;"
    assert "Hội người cao tuổi Việt Nam" in _bodies("luat-nguoi-cao-tuoi-nam-2009.txt")
    # a known association keeps the lexicon's spelling, however it is written
    assert "Hội Liên hiệp Phụ nữ Việt Nam" in _bodies("luat-nghia-vu-quan-su-2015.txt")


def test_party_committees_of_a_citys_organs():
    # "- BTV Đảng ủy các cơ quan Đảng thành phố;" in a resolution of the city of Huế's council
    assert "Đảng ủy các cơ quan Đảng thành phố Huế" in _bodies("nq-33-2025-nq-hdnd.txt")
    # "- Đảng ủy UBND TP (để b/c);": the Party committee of the city's people's committee
    bodies = _bodies("qd-2820-qd-ubnd.txt")
    assert _surfaces(bodies["Đảng ủy Ủy ban nhân dân thành phố Hồ Chí Minh"]) == {"Đảng ủy UBND"}


def test_ministry_after_a_slash():
    # "- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính/Bộ Tư pháp;"
    assert "Bộ Tư pháp" in _bodies("nq-74-2025-nq-hdnd.txt")


def test_a_provinces_public_service_centre_named_with_its_province():
    # "… nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh Cao Bằng; …"
    bodies = _bodies("qd-2031-qd-ubnd-cao-bang.txt")
    assert "Trung tâm Phục vụ hành chính công tỉnh Cao Bằng" in bodies
    # without its province it is a kind of office: "Trung tâm Phục vụ hành chính công (cấp xã)"
    assert not any(label.startswith("Trung tâm") and not label.endswith(("Cao Bằng",)) for label in bodies)


def test_state_committees_of_the_lexicon():
    # "Uỷ ban Thể dục thể thao quy định …" (the 2006 law on sport, seventeen times, old-style tone placement)
    assert len(_bodies("luat-the-duc-the-thao-2006-77-2006-qh11.txt")["Ủy ban Thể dục thể thao"].mentions) >= 10
    assert "Ủy ban An toàn giao thông Quốc gia" in _bodies("thu-tuong-yeu-cau-thuc-hien-nghiem-quy-dinh-xu-phat-giao-thong-theo-ng.txt")
