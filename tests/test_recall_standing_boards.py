"""Units of a Party committee the lexicon names ("Ban Thường vụ Đảng ủy Chính phủ", "Ủy ban Kiểm tra Đảng ủy Công
an Trung ương"), found by the whole-corpus recall audit (issue 3t); real sentences of ../shared/corpus outside the
gold sets."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text


def _bodies(name):
    return {e.label: e for e in extract_text(corpus_text(name)).entities if e.type == "Body"}


def _surfaces(entity):
    return {m.text.replace("\n", " ") for m in entity.mentions}


def test_standing_board_of_the_government_party_committee():
    # "Bộ Chính trị, Ban Bí thư ủy quyền cho Ban Thường vụ Đảng ủy Chính phủ quyết định thì …"
    bodies = _bodies("nd-170-2025-nd-cp.txt")
    assert _surfaces(bodies["Ban Thường vụ Đảng ủy Chính phủ"]) == {"Ban Thường vụ Đảng ủy Chính phủ"}
    assert "Đảng ủy Chính phủ" not in bodies


def test_inspection_commission_of_a_named_party_committee():
    # "Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Đảng ủy Công an Trung ương;"
    bodies = _bodies("luat-cong-an-nhan-dan.txt")
    assert "Ủy ban Kiểm tra Đảng ủy Công an Trung ương" in bodies
    assert "Đảng ủy Công an Trung ương" not in bodies


def test_standing_board_in_old_tone_spelling_beside_its_committee():
    # "… khiển trách đối với Ban Thường vụ Đảng uỷ Ngoài nước nhiệm kỳ 2010 - 2015"; the title's "Đảng ủy Ngoài
    # nước" stays the committee itself.
    bodies = _bodies("ban-can-su-dang-ngoai-nuoc-nay-la-dang-uy-ngoai-nuoc-la-co-quan-phu-tr.txt")
    assert _surfaces(bodies["Ban Thường vụ Đảng ủy Ngoài nước"]) == {"Ban Thường vụ Đảng uỷ Ngoài nước"}
    assert _surfaces(bodies["Đảng ủy Ngoài nước"]) == {"Đảng ủy Ngoài nước"}


def test_central_emulation_and_rewards_board():
    # "18. Ban Thi đua - Khen thưởng Trung ương." among the units of the Ministry of Home Affairs; a recipient line
    # "- Ban Thi đua - Khen thưởng Trung ương;" of a Hanoi council's resolution.
    for name in ("nd-25-2025-nd-cp.txt", "nq-83-2025-nq-hdnd.txt"):
        assert "Ban Thi đua - Khen thưởng Trung ương" in _bodies(name)


def test_presidium_of_the_front_issues_a_joint_resolution():
    # "Nghị quyết liên tịch số 525/2012/NQLT/UBTVQH13 -ĐCTUBTWMTTQVN ngày 27 tháng 9 năm 2012 của Ủy ban Thường vụ
    # Quốc hội và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    graph = extract_text(corpus_text("nqlt-nghi-quyet-lien-tich-quy-dinh-chi-tiet-viec-to-chu.txt"))
    labels = {e.id: e.label for e in graph.entities}
    presidium = "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    assert presidium in labels.values()
    issued = {labels[r.source] for r in graph.relations if r.type == "issued_by" and labels[r.target] == presidium}
    assert any("525/2012" in label for label in issued)


def test_presidium_in_a_law_with_lower_case_central():
    # "… nghị quyết liên tịch giữa Chính phủ với Đoàn Chủ tịch Ủy ban trung ương Mặt trận Tổ quốc Việt Nam, …"
    bodies = _bodies("luat-ban-hanh-van-ban-quy-pham-phap-luat-2015.txt")
    presidium = bodies["Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]
    assert "Đoàn Chủ tịch Ủy ban trung ương Mặt trận Tổ quốc Việt Nam" in _surfaces(presidium)
