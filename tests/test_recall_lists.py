"""Lists and compound names on real sentences of ../shared/corpus (texts outside the extra gold sets):
one provision per listed article, an amending law's own number, a law name that holds "và"."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import with_mention


def _labelled(extraction, label):
    for entity in extraction.entities:
        if entity.label == label:
            return entity
    raise AssertionError(f"no entity {label!r}: {[e.label for e in extraction.entities]}")


def _targets(extraction, source, relation):
    by_id = {e.id: e for e in extraction.entities}
    return {by_id[r.target].label for r in extraction.relations if r.source == source.id and r.type == relation}


def test_listed_articles_are_one_provision_each():
    # "… theo quy định tại Điều 8, Điều 9, Điều 11 Nghị định số 179/2024/NĐ-CP bao gồm:"
    extraction = extract_text(corpus_text("nq-73-2025-nq-hdnd.txt"))
    for article in ("Điều 8", "Điều 9", "Điều 11"):
        provision = _labelled(extraction, f"{article} Nghị định số 179/2024/NĐ-CP")
        assert provision.type == "Provision"
        assert {m.text for m in provision.mentions} == {article}
        assert _targets(extraction, provision, "part_of") == {"Nghị định số 179/2024/NĐ-CP"}


def test_clauses_before_each_listed_article_stay_with_it():
    # "… tại khoản 4, 5, 6 Điều 28, Điều 30 Nghị định số 146/2025/NĐ-CP ngày …"
    extraction = extract_text(corpus_text("qd-38-2025-qd-ubnd-can-tho.txt"))
    assert with_mention(extraction.entities, "khoản 4, 5, 6 Điều 28").type == "Provision"
    assert {m.text for m in _labelled(extraction, "Điều 30 Nghị định số 146/2025/NĐ-CP").mentions} == {"Điều 30"}


def test_number_after_an_amending_law_title_is_its_own():
    # "2. Luật Ngân hàng Nhà nước Việt Nam số 01/1997/QH10 và Luật sửa đổi, bổ sung một số điều của Luật Ngân
    # hàng Nhà nước Việt Nam số 10/2003/QH11 hết hiệu lực …"
    extraction = extract_text(corpus_text("luat-ngan-hang-nha-nuoc-viet-nam-2010.txt"))
    amending = with_mention(
        extraction.entities, "Luật sửa đổi, bổ sung một số điều của Luật Ngân hàng Nhà nước Việt Nam số 10/2003/QH11")
    assert amending.attributes["symbol"] == "10/2003/QH11"
    assert amending.label.startswith("Luật sửa đổi, bổ sung")
    original = with_mention(extraction.entities, "Luật Ngân hàng Nhà nước Việt Nam số 01/1997/QH10")
    assert original.attributes["symbol"] == "01/1997/QH10"


def test_number_of_a_law_amended_before_stays_with_that_law():
    # "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa
    # đổi, bổ sung một số điều theo Luật số 32/2013/QH 13, …"
    extraction = extract_text(corpus_text("luat-51-2024-qh15.txt"))
    amended = with_mention(extraction.entities, "Luật Bảo hiểm y tế số 25/2008/QH12")
    assert amended.attributes["symbol"] == "25/2008/QH12"
    assert amended.label == "Luật Bảo hiểm y tế"


def test_law_name_goes_on_over_va_when_its_number_follows():
    # "- Luật\nĐịa chất và khoáng sản số 54/2024/QH15 ngày 29 tháng 11 năm 2024;"
    extraction = extract_text(corpus_text("qd-4831-qd-bnnmt.txt"))
    law = with_mention(extraction.entities, "Luật Địa chất và khoáng sản số 54/2024/QH15 ngày 29 tháng 11 năm 2024")
    assert law.label == "Luật Địa chất và khoáng sản"
    assert law.attributes["symbol"] == "54/2024/QH15"


def test_law_name_unknown_to_the_lexicon_goes_on_over_va():
    # "Căn cứ Luật Đo đạc và bản\nđồ số 27/2018/QH14 ngày 14 tháng 6 năm 2018;" (the one such name of the corpus
    # the lexicon does not list)
    extraction = extract_text(corpus_text("qd-2820-qd-ubnd.txt"))
    law = with_mention(extraction.entities, "Luật Đo đạc và bản đồ số 27/2018/QH14 ngày 14 tháng 6 năm 2018")
    assert law.label == "Luật Đo đạc và bản đồ"
    assert "Luật Đo đạc" not in {e.label for e in extraction.entities}


def _relation_targets(extraction, relation, target_prefix):
    by_id = {e.id: e for e in extraction.entities}
    return {(by_id[r.source].label, by_id[r.target].label) for r in extraction.relations
            if r.type == relation and not r.inferred and by_id[r.target].label.startswith(target_prefix)}


def test_numbers_listed_after_one_type_word_and_its_issuer():
    # "*Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục hành chính; số
    # 48/2013/NĐ-CP ngày 14/5/2013 và số 92/2017/NĐ-CP ngày 07/8/2017 sửa đổi, bổ sung …; số 118/2025/NĐ-CP …"
    extraction = extract_text(corpus_text("qd-1486-qd-ubnd-bac-ninh.txt"))
    listed = ["63/2010/NĐ-CP", "48/2013/NĐ-CP", "92/2017/NĐ-CP", "118/2025/NĐ-CP"]
    for symbol in listed:
        decree = _labelled(extraction, f"Nghị định số {symbol}")
        assert decree.type == "Decree" and decree.attributes["symbol"] == symbol
    assert with_mention(extraction.entities, "số 63/2010/NĐ-CP ngày 08/6/2010").attributes["date"] == "2010-06-08"
    issued = _relation_targets(extraction, "issued_by", "Chính phủ")
    based = _relation_targets(extraction, "based_on", "Nghị định")
    for symbol in listed:
        assert (f"Nghị định số {symbol}", "Chính phủ") in issued
        assert ("Quyết định số 1486/QĐ-UBND", f"Nghị định số {symbol}") in based


def test_typed_list_whose_items_repeat_the_type_word():
    # "*Căn cứ các Nghị định của\nChính phủ: Nghị định số 88/2024/NĐ-CP quy định về … được sửa đổi, bổ sung bởi
    # Nghị định số\n226/2025/NĐ-CP; Nghị định số 102/2024/NĐ-CP …"
    extraction = extract_text(corpus_text("qd-97-2025-qd-ubnd-quang-ninh.txt"))
    issued = _relation_targets(extraction, "issued_by", "Chính phủ")
    assert {("Nghị định số 88/2024/NĐ-CP", "Chính phủ"), ("Nghị định số 102/2024/NĐ-CP", "Chính phủ")} <= issued
    assert ("Nghị định số 226/2025/NĐ-CP", "Chính phủ") not in issued  # named inside an item, not listed


def test_space_written_for_the_hyphen_before_the_issuer_code():
    # "… Quyết định 338/QĐ-TTg, Quyết định 927/QĐ TTg năm 2024, Kế hoạch 249-KH/TU …" (the corpus's one such symbol)
    extraction = extract_text(corpus_text("ke-hoach-xay-dung-va-phat-trien-nha-o-xa-hoi-tai-ca-mau-giai-doan-2021.txt"))
    decision = with_mention(extraction.entities, "Quyết định 927/QĐ TTg năm 2024")
    assert decision.attributes["symbol"] == "927/QĐ-TTg"


def test_every_listed_article_is_repealed():
    # "… bãi bỏ … Điều 25 và khoản 3 Điều 15 Luật Kiểm toán độc lập …": two provisions, both repealed
    extraction = extract_text(corpus_text("luat-phi-va-le-phi-2015.txt"))
    repealed = {label for _, label in _relation_targets(extraction, "repeals", "")}
    assert {"Điều 25 Luật Kiểm toán độc lập", "khoản 3 Điều 15 Luật Kiểm toán độc lập"} <= repealed


def test_one_number_after_an_amending_title_of_two_laws_is_its_own():
    # "*Căn cứ Luật Viên chức số 58/2010/QH12; Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật
    # viên chức số 52/2019/QH14;*"
    extraction = extract_text(corpus_text("nq-64-2025-nq-hdnd.txt"))
    amending = next(e for e in extraction.entities if e.attributes.get("symbol") == "52/2019/QH14")
    assert amending.label.startswith("Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức")


def test_a_long_list_of_clauses_is_read_to_its_first_clause():
    # "… khoản 1, khoản 2, khoản 3, khoản 4, khoản 5, khoản 6, khoản 7, khoản 9, khoản 10, khoản 11 Điều 3
    # Quyết định số 960/QĐ-TTg …": ten clauses of one article
    extraction = extract_text(corpus_text("qd-2500-qd-ttg.txt"))
    provision = with_mention(extraction.entities, "khoản 1, khoản 2, khoản 3, khoản 4, khoản 5, khoản 6, khoản 7, khoản 9, "
                                          "khoản 10, khoản 11 Điều 3")
    assert provision.type == "Provision"
    assert _targets(extraction, provision, "part_of") == {"Quyết định số 960/QĐ-TTg"}


def test_guiding_provisions_guides_them_and_their_document():
    # "1. Thông tư này quy định chi tiết Khoản 1 Điều 31 Luật Công nghiệp công nghệ số về …"
    extraction = extract_text(corpus_text("tt-34-2025-tt-bkhcn.txt"))
    own = _labelled(extraction, "Thông tư số 34/2025/TT-BKHCN")
    guided = _targets(extraction, own, "guides")
    assert "Khoản 1 Điều 31 Luật Công nghiệp công nghệ số" in guided
    assert "Luật Công nghiệp công nghệ số" in guided
    # "… hướng dẫn thực hiện khoản 5 và khoản 8 Điều 34 Nghị định số 44/2025/NĐ-CP …" in a news report
    extraction = extract_text(corpus_text("bo-noi-vu-ban-hanh-thong-tu-so-07-2025-tt-bnv-huong-dan-thuc-hien-quan.txt"))
    guided = _targets(extraction, _labelled(extraction, "Thông tư số 07/2025/TT-BNV"), "guides")
    assert {"khoản 5 và khoản 8 Điều 34 Nghị định số 44/2025/NĐ-CP", "Nghị định số 44/2025/NĐ-CP"} <= guided


def test_a_comma_between_the_article_and_its_document():
    # "… kho lưu trữ chuyên dụng được giải thích tại Điều 2, Luật Lưu trữ 2024."
    extraction = extract_text(corpus_text("qd-quyet-dinh-ban-hanh-quy-che-cong-tac-luu-tru-cua-b.txt"))
    provision = with_mention(extraction.entities, "Điều 2")
    assert provision.type == "Provision" and _targets(extraction, provision, "part_of") == {"Luật Lưu trữ"}
    # "Sửa đổi quy định tại khoản 3 Điều 12, Thông tư số 21/2014/TT-BKHCN ngày 15 tháng 7 năm 2014."
    extraction = extract_text(corpus_text("qd-2842-qd-ubnd-ho-chi-minh.txt"))
    provision = _labelled(extraction, "khoản 3 Điều 12 Thông tư số 21/2014/TT-BKHCN")
    assert len(provision.mentions) == 2
