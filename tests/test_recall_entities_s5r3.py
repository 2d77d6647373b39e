"""Entities of the fifth session's third round (issue 4a), on real sentences of ../shared/corpus (texts outside
the development gold where the corpus has them)."""
from __future__ import annotations

from entity_helpers import around, labels
from graph.extract import extract_text


def test_the_assemblys_delegates_committee_keeps_of_the_assembly():
    # "Ủy ban Công tác đại biểu của Quốc hội" in a recipient list is one committee, like its sibling committees
    # ("Ủy ban Pháp luật và Tư pháp của Quốc hội"): "Quốc hội" there is part of its name, not a body of its own.
    bodies = labels(extract_text(around("nq-80-2025-nq-hdnd.txt", "Ủy ban Công tác đại biểu của Quốc hội")), "Body")
    assert bodies["Ủy ban Công tác đại biểu của Quốc hội"] == {"Ủy ban Công tác đại biểu của Quốc hội"}
    assert "Quốc hội" not in bodies
    # Written in lower case, or abbreviated ("ĐB"), it is the same committee.
    bodies = labels(extract_text(around("nq-63-2025-nq-hdnd.txt", "Ủy ban công tác đại biểu của Quốc hội")), "Body")
    assert bodies["Ủy ban Công tác đại biểu của Quốc hội"] == {"Ủy ban công tác đại biểu của Quốc hội"}
    bodies = labels(extract_text(around("nq-55-2025-nq-hdnd.txt", "Ủy ban công tác ĐB của Quốc hội")), "Body")
    assert bodies["Ủy ban Công tác đại biểu của Quốc hội"] == {"Ủy ban công tác ĐB của Quốc hội"}
    # Named short, without "của Quốc hội", it is still that committee.
    bodies = labels(extract_text(around("nq-21-2025-nq-hdnd.txt", "Ủy ban Công tác đại biểu")), "Body")
    assert bodies["Ủy ban Công tác đại biểu của Quốc hội"] == {"Ủy ban Công tác đại biểu"}


def test_a_provinces_tax_office_named_with_its_province():
    # Since the 2025 reorganisation a province's tax office is "Thuế tỉnh …" / "Thuế thành phố …".
    bodies = labels(extract_text(around("qd-138-2025-qd-ubnd.txt", "Thuế tỉnh Đồng Tháp")), "Body")
    assert bodies["Thuế tỉnh Đồng Tháp"] == {"Thuế tỉnh Đồng Tháp"}
    # "Cục Thuế tỉnh" in the same sentence is the former department, not a tax office of its own.
    bodies = labels(extract_text(around("qd-97-2025-qd-ubnd-quang-ninh.txt", "Cục Thuế tỉnh, Kho bạc", after=200)),
                     "Body")
    assert "Thuế tỉnh Quảng Ninh" in bodies and not any(label.startswith("Thuế tỉnh") and label != "Thuế tỉnh Quảng Ninh"
                                                        for label in bodies)
    # Without its province it is a kind of office ("Thuế tỉnh, Bảo hiểm xã hội tỉnh: Xác nhận …").
    bodies = labels(extract_text(around("qd-86-2025-qd-ubnd.txt", "Thuế tỉnh, Bảo hiểm xã hội tỉnh")), "Body")
    assert not any(label.startswith("Thuế") for label in bodies)
