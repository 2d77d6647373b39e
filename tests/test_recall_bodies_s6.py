"""Bodies of the sixth session (issue 3z), on real sentences of ../shared/corpus (texts outside the development gold
where the corpus has them)."""
from __future__ import annotations

from conftest import corpus_text
from entity_helpers import around, labels
from graph.extract import extract_text


def test_a_legal_department_written_in_lower_case_is_a_body():
    # Recipient lists often write the ministry's legal department "Vụ pháp chế"; it is "Vụ Pháp chế", as written
    # with a capital, and the ministry after it stays a body of its own.
    for name, phrase in (("qd-82-2025-qd-ubnd.txt", "- Vụ pháp chế - Bộ Tài chính;"),
                         ("qd-44-2025-qd-ubnd-quang-ngai.txt", "- Vụ pháp chế, Bộ Tài chính;")):
        bodies = labels(extract_text(around(name, phrase, before=40, after=60)), "Body")
        assert bodies.get("Vụ Pháp chế") == {"Vụ pháp chế"}
        assert "Bộ Tài chính" in bodies
    # In running text the lower-case words are the subject, not a department: nothing is read there.
    bodies = labels(extract_text("Các nội dung về vụ pháp chế được giao cho Sở Tư pháp."), "Body")
    assert "Vụ Pháp chế" not in bodies


def test_a_department_is_not_read_into_the_verb_after_it():
    # "Cục Thuế chịu trách nhiệm thi hành …": the tax department named on its own elsewhere in the text ("Cục
    # Thuế,") is the name; the sentence's verb is not part of it.
    bodies = labels(extract_text(corpus_text("qd-3509-qd-ct.txt")), "Body")
    assert "Cục Thuế" in bodies
    assert not [label for label in bodies if label.startswith("Cục Thuế ")]
    # "Cục Bảo tồn thiên nhiên và Đa dạng sinh học lập Báo cáo …", "… lấy ý kiến …", "… trân trọng đề nghị …":
    # one department, every mention of it ending at its name.
    bodies = labels(extract_text(corpus_text("tt-69-2025-tt-bnnmt.txt")), "Body")
    name = "Cục Bảo tồn thiên nhiên và Đa dạng sinh học"
    assert not [label for label in bodies if label.startswith(name + " ")]
    assert bodies[name] == {name}
