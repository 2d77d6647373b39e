"""Rules from the sixth session's audit without gold (issue 3t): patterns read on corpus texts no rule was fitted to."""
from __future__ import annotations

from conftest import corpus_text
from entity_helpers import labels
from graph.extract import extract_text
from relation_helpers import corpus_passage, stated


def test_a_plan_approved_by_a_numbered_decision_is_one_even_in_lower_case():
    # "… theo Quyết định số 876/QĐ-TTg ngày 22 tháng 7 năm 2022 của Thủ tướng Chính phủ về phê duyệt Chương trình
    # hành động về chuyển đổi năng lượng xanh, …": the decision names the one programme it approves; its name has no
    # proper noun or year, so it was read as a kind of programme and left out.
    passage = corpus_passage("qd-2530-qd-ttg.txt", "theo Quyết\nđịnh số 876/QĐ-TTg", "giao thông vận tải.")
    assert list(labels(extract_text(passage), "Program")) == [
        "Chương trình hành động về chuyển đổi năng lượng xanh, giảm phát thải khí các-bon và khí mê-tan của ngành "
        "giao thông vận tải"]


def test_rules_issued_by_a_numbered_decision_are_one_document():
    # "Căn cứ Quyết định số 308/2005/QĐ-TTg … của Thủ tướng Chính phủ ban hành Quy chế thực hiện nếp sống văn minh
    # trong việc cưới, việc tang và lễ hội;" (and "… của Bộ Chính trị về việc ban hành Quy chế công tác dân vận của
    # hệ thống chính trị;"): the same rule for the rules a decision issues.
    passage = corpus_passage("qd-87-2025-qd-ubnd.txt", "Căn cứ Quyết định số\n308/2005/QĐ-TTg", "lễ hội;")
    assert list(labels(extract_text(passage), "Regulation")) == [
        "Quy chế thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội"]
    passage = corpus_passage("qd-2579-qd-ubnd-can-tho.txt", "Căn cứ Quyết định số 23-QĐ/TW", "chính trị;")
    assert list(labels(extract_text(passage), "Regulation")) == ["Quy chế công tác dân vận của hệ thống chính trị"]


def test_an_abbreviation_in_brackets_stays_inside_an_enacted_name():
    # "Chính phủ có Nghị quyết số 74/NQ-CP ban hành Kế hoạch thực hiện sắp xếp đơn vị hành chính (ĐVHC) và xây dựng
    # mô hình tổ chức chính quyền địa phương 2 cấp (Kế hoạch).": the bracketed abbreviation is part of the name.
    passage = corpus_passage("nghi-quyet-74-nq-cp-cua-chinh-phu-ve-ke-hoach-sap-xep-don-vi-hanh-chin.txt",
                             "Chính phủ có Nghị quyết số 74/NQ-CP", "(Kế hoạch).")
    assert list(labels(extract_text(passage), "Plan")) == [
        "Kế hoạch thực hiện sắp xếp đơn vị hành chính (ĐVHC) và xây dựng mô hình tổ chức chính quyền địa phương 2 cấp"]


def test_a_plan_approved_in_a_statute_stays_a_kind_of_plan():
    # "1. Tổ chức, cá nhân đề nghị phê duyệt Kế hoạch phòng ngừa, ứng phó sự cố hóa chất nộp hồ sơ …" in the law on
    # chemicals: no numbered document approves it, so it is still a kind of plan, not a particular one.
    sentence = corpus_passage("luat-hoa-chat-2007-06-2007-qh12.txt", "1. Tổ chức, cá nhân đề nghị phê duyệt Kế hoạch",
                              "để phê duyệt.")
    assert labels(extract_text(sentence), "Plan") == {}


def test_a_phrase_after_a_semicolon_in_a_ground_goes_on_with_its_title():
    # "*Căn cứ Nghị định số **1**52/2025/NĐ-CP\ncủa Chính phủ quy định về phân cấp, …, khen thưởng;\nquy định chi tiết
    # và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;*": the decree guides the law (the line break
    # after the semicolon made the resolution itself the subject before). The grounds need the whole text: only the
    # preamble of a text's own document reads them.
    triples = stated(extract_text(corpus_text("nq-83-2025-nq-hdnd.txt")))
    assert ("152/2025/NĐ-CP", "guides", "06/2022/QH15") in triples
    assert not any(r == "guides" and s != "152/2025/NĐ-CP" for s, r, _ in triples)


def test_the_title_that_goes_on_after_the_semicolon_is_the_last_one_named():
    # In qd-86's grounds the circular's line names the law and the decree, whose title runs past the semicolon
    # ("… Nghị định số 152/2025/NĐ-CP … quy định về phân cấp …; quy định chi tiết và hướng dẫn thi hành … Luật Thi
    # đua, khen thưởng;"): the decree guides the law, in its own line too; nothing made the circular guide it.
    extraction = extract_text(corpus_text("qd-86-2025-qd-ubnd.txt"))
    guides = {(s, t) for s, r, t in stated(extraction) if r == "guides"}
    assert guides == {("152/2025/NĐ-CP", "06/2022/QH15")}
