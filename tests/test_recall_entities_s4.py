"""Entities read right on real corpus texts: the own document's articles, organs that share their place in a list,
commission chiefs' titles, leaders' titles."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text


def _labels(name, kind=None):
    return {e.label for e in extract_text(corpus_text(name)).entities if kind is None or e.type == kind}


def test_articles_of_the_own_document_named_in_its_summary_are_no_provisions():
    # "Tại Điều 1 Thông tư 130/2025/TT-BQP sửa đổi, bổ sung điểm a khoản 3 Điều 5 Thông tư 67/2024/TT-BQP …"
    provisions = _labels("tt-130-2025-tt-bqp.txt", "Provision")
    assert not {p for p in provisions if "130/2025/TT-BQP" in p}
    assert "điểm a khoản 3 Điều 5 Thông tư số 67/2024/TT-BQP" in provisions
    # "… theo quy định tại khoản 1 Điều 5 Nghị định 304/2025/NĐ-CP" in that decree's own summary
    assert not {p for p in _labels("nd-304-2025-nd-cp.txt", "Provision") if "304/2025" in p}
