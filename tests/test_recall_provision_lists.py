"""Listed provisions read in the sixth session (lists of parts before the document they point into), on real
sentences of ../shared/corpus."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import corpus_passage, passage_triples, stated, with_mention

PROVISION = "Provision"


def _provisions(extraction) -> set[str]:
    return {m.text.replace("\n", " ") for e in extraction.entities if e.type == PROVISION for m in e.mentions}


def test_siblings_written_without_a_space_after_the_comma_stay_in_the_list():
    # "các điểm a,b,c khoản 3 Điều 12 Nghị định số 103/2024/NĐ-CP": the list is one provision (not "khoản 3 Điều 12"
    # alone), and "các" before the parts does not keep the amending decree from changing it.
    triples = passage_triples("chinh-phu-ban-hanh-nghi-dinh-so-291-2025-nd-cp-ngay-6-11-2025-sua-doi.txt",
                              "Nghị định số 291/2025/NĐ-CP đã sửa đổi", "Nghị định số 103/2024/NĐ-CP")
    provision = "điểm a,b,c khoản 3 Điều 12 Nghị định số 103/2024/NĐ-CP"
    assert ("291/2025/NĐ-CP", "amends", provision) in triples
    assert (provision, "part_of", "103/2024/NĐ-CP") in triples
    # The same slip in a resolution's grounds: "điểm c, d, đ,e khoản 3, điểm b, c, d khoản 4 Điều 9 Nghị định 58/…".
    found = _provisions(extract_text(corpus_text("nq-54-2025-nq-hdnd.txt")))
    assert "điểm c, d, đ,e khoản 3, điểm b, c, d khoản 4 Điều 9" in found
    assert "khoản 3, điểm b, c, d khoản 4 Điều 9" not in found


def test_a_long_list_of_parts_reaches_its_first_part():
    # "điểm b, c, d, đ, e, i, a, l, k, n, h và g khoản 1 Điều 2 của Luật Bảo hiểm xã hội": twelve points, one provision.
    extraction = extract_text(corpus_text("nd-158-2025-nd-cp.txt"))
    found = _provisions(extraction)
    assert "điểm b, c, d, đ, e, i, a, l, k, n, h và g khoản 1 Điều 2" in found
    assert "điểm a, b, c, g, h, i, k, l, m và n khoản 1 và khoản 2 Điều 2" in found
    # Its tail is no provision of its own.
    assert "khoản 1 và khoản 2 Điều 2" not in found
    # Two articles' parts in one list: "điểm c, d khoản 3, điểm b,c khoản 4 Điều 5; điểm c, d, đ,e khoản 3, … Điều 9".
    assert "điểm c, d khoản 3, điểm b,c khoản 4 Điều 5" in _provisions(extract_text(corpus_text("nq-54-2025-nq-hdnd.txt")))
    # "quy định chi tiết, hướng dẫn thi hành khoản 3 Điều 87, Điều 92, Điều 94, …, Điều 109 và Điều 111 của Luật Đất
    # đai": fourteen articles, the first ones guided too.
    triples = stated(extract_text(corpus_text("nd-81-vbhn-bnnmt.txt")))
    for article in ("khoản 3 Điều 87", "Điều 92", "Điều 94", "Điều 111"):
        assert ("81/VBHN-BNNMT", "guides", f"{article} Luật Đất đai") in triples, article


def test_cac_may_lead_the_next_part_of_a_list():
    # "điểm a khoản 2 Điều 72 và các điểm c, d khoản 2 Điều 73 của Luật Địa chất và khoáng sản": two provisions, the
    # second without "các".
    extraction = extract_text(corpus_text("nq-nghi-quyet-ve-chu-truong-dau-tu-du-an-dau-tu-xay-d.txt"))
    found = _provisions(extraction)
    assert {"điểm a khoản 2 Điều 72", "điểm c, d khoản 2 Điều 73"} <= found
    assert with_mention(extraction.entities, "điểm a khoản 2 Điều 72").label == \
        "điểm a khoản 2 Điều 72 Luật Địa chất và khoáng sản"
    # "Khoản 2 Điều 3; các khoản 1, 3 Điều 7 và khoản 2 Điều 8 của Nghị định số 135/2020/NĐ-CP".
    found = _provisions(extract_text(corpus_passage("nd-158-2025-nd-cp.txt", "c) Khoản 2 Điều 3", "135/2020/NĐ-CP")))
    assert {"Khoản 2 Điều 3", "khoản 1, 3 Điều 7", "khoản 2 Điều 8"} <= found


def test_an_article_of_a_named_draft():
    # "theo Điều 2 Dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp 2013 quy định như sau": the draft is
    # named by its title (no number), and "Dự thảo" stands between the article and it.
    extraction = extract_text(corpus_text("ket-luan-157-cua-bo-chinh-tri-hoan-tat-sap-nhap-tinh-truoc-15-8-2025.txt"))
    article = with_mention(extraction.entities, "Điều 2")
    assert article.type == PROVISION
    assert (article.label, "part_of", "Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp 2013") in \
        stated(extraction)


def test_provisions_that_open_the_items_of_a_repeal_list_are_repealed():
    # "2. Bãi bỏ:\n\na) Khoản 2, khoản\n3 Điều 2 và khoản 1, … khoản 11 Điều 3 Quyết định số 960/QĐ-TTg …\n\nb) Khoản 1, …
    # Điều 1 Quyết định số 1451/QĐ-TTg …": a bare colon after the phrase opens the list; each item's provisions end,
    # not the decisions they belong to.
    triples = stated(extract_text(corpus_text("qd-2500-qd-ttg.txt")))
    repealed = {t[2] for t in triples if t[:2] == ("2500/QĐ-TTg", "repeals")}
    assert {"Khoản 2, khoản 3 Điều 2 Quyết định số 960/QĐ-TTg",
            "khoản 1, khoản 2, khoản 3, khoản 4, khoản 5, khoản 6, khoản 7, khoản 9, khoản 10, khoản 11 Điều 3 "
            "Quyết định số 960/QĐ-TTg",
            "Khoản 1, khoản 2, khoản 3, khoản 4, khoản 6, khoản 7 Điều 1 Quyết định số 1451/QĐ-TTg"} <= repealed
    assert not repealed & {"960/QĐ-TTg", "1451/QĐ-TTg"}
    # "Bãi bỏ các quy định sau:\n\na) Thông tư số 05/2023/TT-BKHCN …;\n\nb) Điều 2, Điều 3, Chương\nII và Điều 19 Thông
    # tư số 11/2024/TT-BKHCN …": the provisions that open an item end; nothing is read as amended.
    triples = stated(extract_text(corpus_text("tt-thong-tu-quy-dinh-ma-so-va-tieu-chuan-chuc-danh-kh.txt")))
    repealed = {t[2] for t in triples if t[:2] == ("37/2025/TT-BKHCN", "repeals")}
    assert {"Điều 2 Thông tư số 11/2024/TT-BKHCN", "Điều 3 Thông tư số 11/2024/TT-BKHCN"} <= repealed
    assert not {t for t in triples if t[:2] == ("37/2025/TT-BKHCN", "amends")}
