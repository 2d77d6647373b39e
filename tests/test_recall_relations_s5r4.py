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


def test_do_x_ban_hanh_in_a_catalogue_title_line_is_said_of_the_line_head():
    # "Quyết định 2638/QĐ-UBND năm 2025 bãi bỏ Quyết định 636/QĐ-UBND … do Ủy ban nhân dân thành phố Đà Nẵng ban
    # hành": the city issued 2638, not the province's decision it repeals.
    triples = passage_triples("qd-2638-qd-ubnd.txt", "Quyết định 2638/QĐ-UBND năm 2025", "ban hành")
    assert ("2638/QĐ-UBND", "issued_by", "Ủy ban nhân dân thành phố Đà Nẵng") in triples
    assert not any(s == "636/QĐ-UBND" and r == "issued_by" for s, r, _ in triples)
    # Dated ("… ngày 20/11/2025 dự thảo Nghị quyết sửa đổi Nghị quyết 136/2024/QH15 … do Chính phủ ban hành"): the
    # Assembly's resolution is not the Government's.
    triples = passage_triples("nq-375-nq-cp.txt", "Nghị quyết 375/NQ-CP ngày 20/11/2025", "ban hành")
    assert ("375/NQ-CP", "issued_by", "Chính phủ") in triples
    assert not any(s == "136/2024/QH15" and r == "issued_by" for s, r, _ in triples)
