"""Symbols and dates of references on real sentences of ../shared/corpus: the shapes a reference's symbol takes
and every way its date is stated near it."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import with_mention


def test_issuer_code_joining_two_units_with_an_ampersand():
    entities = extract_text(corpus_text("qd-2579-qd-ubnd-can-tho.txt")).entities
    letter = with_mention(entities, "Công văn số 9086/BNV-CTTN&BĐG ngày 08 tháng 10 năm 2025")
    assert letter.attributes["symbol"] == "9086/BNV-CTTN&BĐG" and letter.attributes["date"] == "2025-10-08"
    entities = extract_text(corpus_text("qd-97-2025-qd-ubnd-quang-ninh.txt")).entities
    submission = with_mention(entities, "Tờ trình số 596/TTr-SNN&MT ngày 31/10/2025")
    assert submission.attributes["symbol"] == "596/TTr-SNN&MT" and submission.attributes["date"] == "2025-10-31"


def test_a_report_named_by_what_it_does_is_the_numbered_one_so_qualified():
    # "Báo cáo thẩm tra số 114/BC-BĐT ngày 24 tháng 11 năm 2025 của Ban Đô thị …", later "tiếp thu, giải trình Báo
    # cáo thẩm tra của Ban Đô thị": one report, with its symbol and date.
    entities = extract_text(corpus_text("nq-70-2025-nq-hdnd.txt")).entities
    report = with_mention(entities, "Báo cáo thẩm tra số 114/BC-BĐT ngày 24 tháng 11 năm 2025")
    assert "Báo cáo thẩm tra" in {m.text for m in report.mentions}
    assert report.attributes["symbol"] == "114/BC-BĐT" and report.attributes["date"] == "2025-11-24"
    assert "qualifier" not in report.attributes
