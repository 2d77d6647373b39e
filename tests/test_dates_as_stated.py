"""A reference's date is the date the text writes beside it, even when its year disagrees with the symbol's
(../shared/gold/README.md: dates are filled as the text states them; the gold of extra-28 was corrected to the
stated date for the same reason). No silent repair of a likely typo, on real sentences of ../shared/corpus."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import with_symbol


def test_a_decree_dated_in_a_later_year_than_its_symbol_keeps_the_stated_date():
    # "… Nghị định số\n214/2025/NĐ-CP ngày 04 tháng 8 năm 2028 của Chính phủ …": 2028 as written, not 2025.
    decree = with_symbol(extract_text(corpus_text("qd-2638-qd-ubnd.txt")).entities, "214/2025/NĐ-CP")
    assert decree.attributes["date"] == "2028-08-04"


def test_a_replaced_decree_keeps_the_date_the_news_gives_it():
    # "… để thay thế Nghị định 108/2014/NĐ-CP ngày 20/11/2024 của Chính phủ về chính sách tinh giản biên chế":
    # the decree of 2014, dated 2024 by the text; the symbol stays 108/2014/NĐ-CP.
    text = corpus_text("bo-noi-vu-tra-loi-kien-nghi-tang-tro-cap-tinh-gian-bien-che-theo-nghi.txt")
    decree = with_symbol(extract_text(text).entities, "108/2014/NĐ-CP")
    assert decree.attributes["date"] == "2024-11-20"
