"""The own document's title under its type line (graph.header._title), on real corpus laws: a law named after
the body it governs, and a title set off by a line holding only a no-break space."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from graph.header import read_header
from relation_helpers import with_mention, with_symbol


def test_a_law_named_after_a_body_is_its_own_title_not_the_older_law_of_that_name():
    # "LUẬT\nCÔNG AN NHÂN DÂN" over "Quốc hội ban hành Luật Công an nhân dân." and, at the end, "Luật Công an nhân
    # dân số 73/2014/QH13 hết hiệu lực": the title and the preamble's name are the new law, 37/2018/QH14.
    text = corpus_text("luat-cong-an-nhan-dan.txt")
    header = read_header(text)
    assert text[slice(*header.title_span)] == "CÔNG AN NHÂN DÂN"
    entities = extract_text(text).entities
    own = with_symbol(entities, "37/2018/QH14")
    assert own.attributes["date"] == "2018-11-20"
    assert {"LUẬT CÔNG AN NHÂN DÂN", "Luật Công an nhân dân"} <= {m.text.replace("\n", " ") for m in own.mentions}
    older = with_symbol(entities, "73/2014/QH13")
    assert [m.text for m in older.mentions] == ["Luật Công an nhân dân số 73/2014/QH13"]


def test_a_law_named_after_the_state_bank_keeps_its_title():
    text = corpus_text("luat-ngan-hang-nha-nuoc-viet-nam-2010.txt")
    own = with_mention(extract_text(text).entities, "LUẬT NGÂN HÀNG NHÀ NƯỚC VIỆT NAM")
    assert own.attributes["symbol"] == "46/2010/QH12" and own.attributes["date"] == "2010-06-16"


def test_a_no_break_space_line_between_type_and_title_is_blank():
    # "LUẬT\n\xa0\nBÌNH ĐẲNG GIỚI\n\xa0\nCăn cứ vào …"
    text = corpus_text("luat-binh-dang-gioi-2006-73-2006-qh11.txt")
    assert text[slice(*read_header(text).title_span)] == "BÌNH ĐẲNG GIỚI"
    own = with_symbol(extract_text(text).entities, "73/2006/QH11")
    assert "LUẬT \xa0 BÌNH ĐẲNG GIỚI" in {m.text.replace("\n", " ") for m in own.mentions}
