"""Words split by an empty bold pair ("BỘ Y T****Ế", "s****ửa đổi") read whole (real corpus texts)."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from graph.normalise import for_matching, joined_words
from relation_helpers import stated


def test_a_split_word_is_read_whole_and_two_run_together_words_are_left():
    text = corpus_text("qd-89-vbhn-bqp.txt")
    assert "GIÁM Đ****Ố****C" in text  # the signature block
    start = text.index("GIÁM Đ****Ố****C")
    assert for_matching(text)[start:start + 16].split() == ["GIÁM", "ĐỐC"]
    # "… Bộ Quốc phòng****Sửa đổi thủ tục …": a lower-case letter, then a capital: two words, as written
    written = corpus_text("tt-130-2025-tt-bqp.txt")
    start = written.index("phòng****Sửa")
    assert joined_words(written[start:start + 12]) == "phòng****Sửa"


def test_the_header_organ_with_a_split_word_is_the_ministry():
    # "**BỘ Y T****Ế**" above the motto: the Ministry of Health, not a body "Bộ Y t ế"
    extraction = extract_text(corpus_text("qd-3618-qd-byt.txt"))
    assert ("3618/QĐ-BYT", "issued_by", "Bộ Y tế") in stated(extraction)
    assert not [e for e in extraction.entities if e.label == "Bộ Y t ế"]


def test_a_verb_with_a_split_syllable_is_read():
    # "**Tại Điều 1, Nghị định 226/2025/NĐ-CP, Chính phủ s****ửa đổi, bổ sung một số điều của Nghị định số
    # 71/2024/NĐ-CP quy định về giá đất như sau:**"
    extraction = extract_text(corpus_text("chinh-phu-ban-hanh-nghi-dinh-so-226-2025-nd-cp-ngay-15-8-2025-sua-doi.txt"))
    assert ("226/2025/NĐ-CP", "amends", "71/2024/NĐ-CP") in stated(extraction)
