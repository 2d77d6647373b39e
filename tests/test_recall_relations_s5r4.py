"""Relations of the fifth session's fourth round (issue 4c), on real passages of ../shared/corpus."""
from __future__ import annotations

from relation_helpers import passage_triples


def test_guides_with_the_decrees_measures_to_organise_written_without_a_comma():
    # "quy định chi tiết một số điều và biện pháp để tổ chức hướng dẫn thi hành Luật …" (no comma after "tổ chức")
    # guides the law, as its usual spelling "… để tổ chức, hướng dẫn thi hành …" does.
    triples = passage_triples("qd-87-2025-qd-ubnd.txt", "*Căn cứ Nghị định số", "2025 của Chính phủ;*")
    assert ("78/2025/NĐ-CP", "guides", "Luật Ban hành văn bản quy phạm pháp luật") in triples
    triples = passage_triples("qd-138-2025-qd-ubnd.txt", "Nghị định số 78/2025/NĐ-CP", "pháp luật")
    assert ("78/2025/NĐ-CP", "guides", "Luật Ban hành văn bản quy phạm pháp luật") in triples
