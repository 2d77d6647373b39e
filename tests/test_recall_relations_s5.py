"""Relation constructions read in the fifth session (relation accuracy), on real sentences of ../shared/corpus
(texts outside the gold sets where the corpus has them)."""
from __future__ import annotations

from relation_helpers import passage_triples


def test_a_submission_at_a_local_organ_named_with_its_province_is_the_organs():
    # "Theo đề nghị của Giám đốc Sở Tài chính tỉnh Cao Bằng tại Tờ trình số 5054/TTr-STC …": the province after the
    # organ's name does not part it from "tại" and the submission, which it issued.
    triples = passage_triples("qd-1951-qd-ubnd-cao-bang.txt", "Theo đề nghị của Giám đốc", "năm 2025")
    assert ("5054/TTr-STC", "issued_by", "Sở Tài chính") in triples
    triples = passage_triples("qd-100-2025-qd-ubnd.txt", "Theo đề nghị của Giám đốc", "năm 2025")
    assert ("136/TTr-SVHTT&DL", "issued_by", "Sở Văn hóa, Thể thao và Du lịch") in triples
