"""Entities of the fifth session's fourth round (issue 4c), on real sentences of ../shared/corpus."""
from __future__ import annotations

from conftest import corpus_text
from entity_helpers import around, labels
from graph.extract import extract_text


def test_a_state_corporation_whose_name_opens_with_cong_nghiep():
    # "Công" opens a company ("Tập đoàn, Công ty …"), but "Công nghiệp" is part of a corporation's name.
    text = "tt-thong-tu-quy-dinh-mot-so-noi-dung-ky-thuat-trong-h.txt"
    bodies = labels(extract_text(around(text, "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam thống nhất")),
                     "Body")
    assert bodies["Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"] == \
        {"Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"}
    assert not any(label.startswith("Tập đoàn") and label != "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"
                   for label in bodies)


def test_the_national_council_for_education_and_human_resources():
    bodies = labels(extract_text(around("tt-thong-tu-sua-doi-bo-sung-mot-so-dieu-cua-quy-che-c.txt",
                                          "Hội đồng Quốc gia Giáo dục")), "Body")
    assert bodies["Hội đồng Quốc gia Giáo dục và Phát triển nhân lực"] == \
        {"Hội đồng Quốc gia Giáo dục và Phát triển nhân lực"}


def test_a_provinces_union_of_science_and_technology_associations():
    # Named with its province: a body of its own, not the national union of the lexicon.
    text = "qd-81-2025-qd-ubnd-bac-ninh.txt"
    bodies = labels(extract_text(around(text, "Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Bắc Giang", before=200)),
                     "Body")
    assert "Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Bắc Giang" in bodies
    assert "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam" not in bodies
    # With its level alone, in a text that names the province, it is that province's union.
    whole = extract_text(corpus_text(text))
    bodies = labels(whole, "Body")
    assert "Liên hiệp các hội Khoa học và Kỹ thuật tỉnh" in bodies["Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Bắc Ninh"]
    # The national union stays the lexicon's.
    assert "Liên hiệp các hội Khoa học và Kỹ thuật Việt Nam" in bodies["Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"]
    # Without a province in the text, the bare "… tỉnh" names no body.
    bodies = labels(extract_text(around(text, "đặt hàng Liên hiệp các hội Khoa học và Kỹ thuật tỉnh thực hiện")),
                     "Body")
    assert not any(label.startswith("Liên hiệp") for label in bodies)


def test_an_office_name_stops_before_xac_dinh_and_xem_xet():
    # "Cục Hải quan xác định kết quả …", "Cục Trồng trọt và Bảo vệ thực vật xem xét …": the verb ends the name.
    bodies = labels(extract_text(around("tb-37698-tb-chq.txt", "Cục Hải quan xác định", before=80)), "Body")
    assert "Cục Hải quan" in bodies and not any("xác định" in label for label in bodies)
    whole = labels(extract_text(corpus_text("qd-5042-qd-bnnmt.txt")), "Body")
    assert "Cục Trồng trọt và Bảo vệ thực vật" in whole
    assert not any(label.endswith(("xác định", "xem xét")) for label in whole)
