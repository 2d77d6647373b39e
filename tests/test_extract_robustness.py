"""Extraction never raises, keeps offsets on any Unicode string, and scales linearly on adversarial input."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.extract import extract_text
from graph.normalise import for_matching
from linear_time import doubling_times

# Text built from the pieces the patterns look for, so that the random strings reach deep into them.
_PIECES = ["Nghị quyết", "số", " ", "18", "-", "/", "NQ", "TW", "NĐ-CP", "2022", "ngày", "tháng", "năm", ",",
           "(", ")", "“", "”", "\"", "Luật", "Đất đai", "Bộ", "Ủy ban nhân dân", "tỉnh", "Hà Nội", "khoản", "Điều",
           "điểm", "a", "Hội nghị Trung ương", "khóa", "XIII", "Đại hội", "Kế hoạch", "Đề án", "\n", "Ð", "–",
           "THƯ VIỆN PHÁP LUẬT", "**", "Uỷ", "của", "ban hành", "Ngày", "Hiến pháp", "sửa đổi, bổ sung"]
_texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=80).map("".join),
)


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_extraction_never_raises_and_keeps_offsets(text):
    extraction = extract_text(text)
    content = extraction.text.content
    assert len(for_matching(content)) == len(content)
    for entity in extraction.entities:
        for mention in entity.mentions:
            assert content[mention.start:mention.end] == mention.text
    ids = {e.id for e in extraction.entities}
    for relation in extraction.relations:
        assert relation.source in ids and relation.target in ids


_ADVERSARIAL = [
    "Nghị quyết số " + "1-" * 40 + "1 ",
    "Luật " + "Đất Đai " * 30,
    "Kế hoạch “" + "đào tạo, " * 30,
    "(" * 50 + "Đề án “" * 10,
    "Ủy ban nhân dân tỉnh " + "Hà " * 40,
    "khoản 1 Điều 2 " * 20 + "Nghị định số 1/2020/NĐ-CP ",
    "Chương trình mục tiêu quốc gia " + "giảm nghèo " * 30,
    "Hội nghị Trung ương " + "1, " * 40,
    "ngày 1/1/2020, " * 20 + "ban hành Nghị quyết số 2-NQ/TW ",
    # titles read to the end of their clause, a text without punctuation (graph.find_titles)
    "Nghị quyết của Quốc hội về việc sửa đổi " * 5,
    "Báo cáo tiếp thu, giải trình dự thảo Nghị quyết của Quốc hội về " * 3,
    "Tờ trình về việc đề nghị " * 5 + "Ban hành kèm theo Quyết định này Quy định " * 3,
]


def test_doubling_adversarial_input_at_most_about_doubles_the_time():
    """About 1 MB of every adversarial shape together, then each shape alone (smaller)."""
    unit = "".join(_ADVERSARIAL)
    half = unit * (500_000 // len(unit))
    small, large = doubling_times(half, runs=2)
    # Linear patterns give a ratio near 2; catastrophic backtracking would give 4 or far more.
    assert large / small < 3.0, (small, large)
    for shape in _ADVERSARIAL:
        half = shape * (60_000 // len(shape))
        small, large = doubling_times(half, runs=3)
        assert large / small < 3.0, (shape[:30], small, large)
