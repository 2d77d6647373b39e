"""Plans and programmes named only by what they carry out, on a real text of ../shared/corpus (the corpus holds
these shapes in this one text)."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text


def _relations(extraction, source_label):
    by_id = {e.id: e for e in extraction.entities}
    return {(r.type, by_id[r.target].label) for r in extraction.relations
            if by_id[r.source].label == source_label and not r.inferred}


def test_plan_named_by_the_two_decisions_it_carries_out():
    # "… ban hành kèm theo Quyết định này Kế hoạch triển khai Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025
    # của Thủ tướng Chính phủ và Quyết định số 3103/QĐ-BTC ngày 05 tháng 9 năm 2025 của Bộ Tài chính …"
    extraction = extract_text(corpus_text("qd-2820-qd-ubnd.txt"))
    label = "Kế hoạch triển khai Quyết định số 06/QĐ-TTg và Quyết định số 3103/QĐ-BTC"
    plan = next(e for e in extraction.entities if e.label == label)
    assert plan.type == "Plan"
    assert {("implements", "Quyết định số 06/QĐ-TTg"), ("implements", "Quyết định số 3103/QĐ-BTC")} <= \
        _relations(extraction, label)


def test_lower_case_action_programme_with_its_owner():
    # "… theo chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 …"
    extraction = extract_text(corpus_text("qd-2820-qd-ubnd.txt"))
    label = "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW"
    program = next(e for e in extraction.entities if e.label == label)
    assert any(" ".join(m.text.split()).startswith("chương trình hành động của Chính phủ") for m in program.mentions)
    assert {("issued_by", "Chính phủ"), ("implements", "Nghị quyết số 57-NQ/TW")} <= _relations(extraction, label)


def test_overall_plan_that_carries_out_a_decision():
    # "… ban hành Kế hoạch tổng thể\ntriển khai Quyết định số 06/QĐ-TTg …"
    extraction = extract_text(corpus_text("qd-2820-qd-ubnd.txt"))
    plans = [e for e in extraction.entities if e.label.startswith("Kế hoạch tổng thể triển khai Quyết định số 06/QĐ-TTg")]
    assert len(plans) == 1
    assert ("implements", "Quyết định số 06/QĐ-TTg") in _relations(extraction, plans[0].label)


def _named(name, label):
    extraction = extract_text(corpus_text(name))
    return [e for e in extraction.entities if e.label == label]


def test_charter_named_by_what_it_governs():
    # "… về việc ban hành Điều lệ tổ chức và hoạt động của Quỹ Bảo vệ môi trường tỉnh Quảng Trị …", also "Điều\nlệ tổ
    # chức và hoạt động Quỹ …" and the upper-case heading: one document
    charters = _named("qd-2696-qd-ubnd.txt", "Điều lệ tổ chức và hoạt động của Quỹ Bảo vệ môi trường tỉnh Quảng Trị")
    assert len(charters) == 1 and charters[0].type == "OtherDocument"
    surfaces = {" ".join(m.text.split()) for m in charters[0].mentions}
    assert "Điều lệ tổ chức và hoạt động Quỹ Bảo vệ môi trường tỉnh Quảng Trị" in surfaces
    assert any(s.startswith("ĐIỀU LỆ") for s in surfaces)


def test_charter_named_by_a_known_body():
    # "… hoạt động theo Điều lệ Mặt trận Tổ quốc Việt Nam …": the charter, and the body inside its name
    extraction = extract_text(corpus_text("luat-mat-tran-to-quoc-viet-nam-2015.txt"))
    labels = {e.label: e.type for e in extraction.entities}
    assert labels.get("Điều lệ Mặt trận Tổ quốc Việt Nam") == "OtherDocument"
    assert labels.get("Mặt trận Tổ quốc Việt Nam") == "Body"


def test_programme_named_with_and_without_spaces_around_the_dash_is_one():
    # "Chương trình phát triển nhà ở tỉnh Cà Mau giai đoạn 2021 - 2030" and "… giai đoạn 2021-2030" (the corpus's
    # one text that writes a programme's period both ways)
    extraction = extract_text(corpus_text("ke-hoach-xay-dung-va-phat-trien-nha-o-xa-hoi-tai-ca-mau-giai-doan-2021.txt"))
    programmes = [e for e in extraction.entities if e.label.startswith("Chương trình phát triển nhà ở tỉnh Cà Mau")]
    assert len(programmes) == 1
    assert {" ".join(m.text.split())[-9:] for m in programmes[0].mentions} == {"2021-2030", "21 - 2030"}
