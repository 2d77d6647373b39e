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
