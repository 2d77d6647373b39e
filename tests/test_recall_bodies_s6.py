"""Bodies of the sixth session (issue 3z), on real sentences of ../shared/corpus (texts outside the development gold
where the corpus has them)."""
from __future__ import annotations

from conftest import corpus_text
from entity_helpers import around, labels
from graph.extract import extract_text


def test_a_legal_department_written_in_lower_case_is_a_body():
    # Recipient lists often write the ministry's legal department "Vụ pháp chế"; it is "Vụ Pháp chế", as written
    # with a capital, and the ministry after it stays a body of its own.
    for name, phrase in (("qd-82-2025-qd-ubnd.txt", "- Vụ pháp chế - Bộ Tài chính;"),
                         ("qd-44-2025-qd-ubnd-quang-ngai.txt", "- Vụ pháp chế, Bộ Tài chính;")):
        bodies = labels(extract_text(around(name, phrase, before=40, after=60)), "Body")
        assert bodies.get("Vụ Pháp chế") == {"Vụ pháp chế"}
        assert "Bộ Tài chính" in bodies
    # In running text the lower-case words are the subject, not a department: nothing is read there.
    bodies = labels(extract_text("Các nội dung về vụ pháp chế được giao cho Sở Tư pháp."), "Body")
    assert "Vụ Pháp chế" not in bodies


def test_a_department_is_not_read_into_the_verb_after_it():
    # "Cục Thuế chịu trách nhiệm thi hành …": the tax department named on its own elsewhere in the text ("Cục
    # Thuế,") is the name; the sentence's verb is not part of it.
    bodies = labels(extract_text(corpus_text("qd-3509-qd-ct.txt")), "Body")
    assert "Cục Thuế" in bodies
    assert not [label for label in bodies if label.startswith("Cục Thuế ")]
    # "Cục Bảo tồn thiên nhiên và Đa dạng sinh học lập Báo cáo …", "… lấy ý kiến …", "… trân trọng đề nghị …":
    # one department, every mention of it ending at its name.
    bodies = labels(extract_text(corpus_text("tt-69-2025-tt-bnnmt.txt")), "Body")
    name = "Cục Bảo tồn thiên nhiên và Đa dạng sinh học"
    assert not [label for label in bodies if label.startswith(name + " ")]
    assert bodies[name] == {name}


def test_a_departments_name_reads_up_to_five_lower_case_words():
    # The ministries' departments listed in a decree: names of four and five lower-case words read whole.
    bodies = labels(extract_text(around("nd-25-2025-nd-cp.txt", "4. Vụ Tổ chức phi chính phủ", before=10, after=60)),
                    "Body")
    assert "Vụ Tổ chức phi chính phủ" in bodies and "Vụ Cải cách hành chính" in bodies
    bodies = labels(extract_text(around("nd-25-2025-nd-cp.txt", "16. Cục Quản lý lao động ngoài nước",
                                        before=10, after=60)), "Body")
    assert "Cục Quản lý lao động ngoài nước" in bodies
    bodies = labels(extract_text(around("tt-34-2025-tt-bkhcn.txt", "Cục trưởng Cục Công nghiệp công nghệ thông tin",
                                        before=10, after=60)), "Body")
    assert "Cục Công nghiệp công nghệ thông tin" in bodies
    # A stop phrase that runs past the words read still ends the name: "… dân sự trực thuộc Bộ Tư pháp".
    bodies = labels(extract_text(around("qd-44-2025-qd-ttg.txt", "Tổng cục Thi hành án dân sự trực thuộc",
                                        before=10, after=60)), "Body")
    assert "Tổng cục Thi hành án dân sự" in bodies and "Bộ Tư pháp" in bodies
    # What the department does next is not its name: "Phối hợp với Vụ Pháp chế thẩm định hồ sơ và trình …".
    bodies = labels(extract_text(around("qd-1760-qd-ktnn.txt", "Vụ Pháp chế thẩm định hồ sơ", before=20, after=60)),
                    "Body")
    assert "Vụ Pháp chế" in bodies and not [label for label in bodies if label.startswith("Vụ Pháp chế ")]
    # A hyphenated name before "và" and another department keeps its end ("Vụ Kế hoạch - Tài chính và Vụ …").
    bodies = labels(extract_text("Giao Vụ Kế hoạch - Tài chính và Vụ Pháp chế phối hợp thực hiện."), "Body")
    assert "Vụ Kế hoạch - Tài chính" in bodies


def test_a_heads_title_after_and_is_not_a_departments_second_conjunct():
    # "Vụ trưởng Vụ Pháp chế và Thủ trưởng các đơn vị có liên quan …": the next one the article charges.
    bodies = labels(extract_text(around("qd-3361-qd-bct.txt", "Vụ trưởng Vụ Pháp chế và Thủ trưởng", after=140)), "Body")
    assert "Vụ Pháp chế" in bodies and not [label for label in bodies if "Thủ trưởng" in label]
    # "Chánh Văn phòng Cục Thuế và Thủ trưởng các đơn vị thuộc Cục Thuế": the tax department's office.
    bodies = labels(extract_text(around("qd-3509-qd-ct.txt", "Chánh Văn phòng Cục Thuế và Thủ trưởng", after=140)),
                    "Body")
    assert "Văn phòng Cục Thuế" in bodies and not [label for label in bodies if "Thủ trưởng" in label]
    # A two-conjunct name is read as before ("Cục Quản lý và Phát triển thị trường").
    bodies = labels(extract_text("Giao Cục Quản lý và Phát triển thị trường chủ trì."), "Body")
    assert "Cục Quản lý và Phát triển thị trường" in bodies


def test_a_generals_rank_is_not_a_department():
    # The law on officers lists the highest rank of each post: "Chủ nhiệm Tổng cục Trung tướng".
    bodies = labels(extract_text(around("luat-si-quan-quan-doi-nhan-dan-viet-nam-1999-16-1999-qh10.txt",
                                        "Chủ nhiệm Tổng cục Trung tướng", after=60)), "Body")
    assert not [label for label in bodies if label.startswith("Tổng cục")]


def test_the_next_lines_first_words_are_no_place():
    # An article heading ends with the organ, the next line opens "Đại biểu Quốc hội lập …": no place "Đại".
    bodies = labels(extract_text(around("luat-hoat-dong-giam-sat-cua-quoc-hoi-va-hoi-dong-nhan-dan-2015.txt",
                                        "Đoàn đại biểu Quốc hội Đại biểu", before=70, after=80)), "Body")
    assert not [label for label in bodies if label.endswith(" Đại")]
    # A table cell ends with "UBND Thành phố", the next opens "Báo cáo Bộ Tài chính …": the city the text names.
    bodies = labels(extract_text(corpus_text("qd-2820-qd-ubnd.txt")), "Body")
    assert "Ủy ban nhân dân thành phố Hồ Chí Minh" in bodies
    assert not [label for label in bodies if label.endswith(" Báo")]


def test_a_foreign_states_government_is_a_body_of_its_own():
    # "Hiệp định Thương mại giữa Chính phủ nước CHXHCN Việt Nam và Chính phủ nước CHDCND Lào": two Governments.
    bodies = labels(extract_text(around("tt-61-2025-tt-bct.txt", "Chính phủ nước CHDCND Lào", before=90, after=60)),
                    "Body")
    assert bodies.get("Chính phủ Lào") == {"Chính phủ nước CHDCND Lào"}
    assert "Chính phủ" in bodies and "Chính phủ nước CHDCND Lào" not in bodies["Chính phủ"]
    # "… giữa Chính phủ các nước thành viên Hiệp hội các quốc gia Đông Nam Á và Chính phủ Đại Hàn Dân Quốc".
    bodies = labels(extract_text(around("qd-3361-qd-bct.txt", "Chính phủ Đại Hàn Dân Quốc", before=90, after=60)),
                    "Body")
    assert bodies.get("Chính phủ Hàn Quốc") == {"Chính phủ Đại Hàn Dân Quốc"}
    # The Government of Vietnam, and the Prime Minister named with his name, are read as before.
    bodies = labels(extract_text("Thủ tướng Chính phủ Phạm Minh Chính đề nghị Chính phủ Việt Nam xem xét."), "Body")
    assert set(bodies) == {"Thủ tướng Chính phủ", "Chính phủ"}


def test_a_provinces_police_and_military_command_are_bodies():
    # A province's decision charges its police and military command, named by level: the province's own organs.
    bodies = labels(extract_text(corpus_text("qd-102-2025-qd-ubnd.txt")), "Body")
    assert "Công an tỉnh Phú Thọ" in bodies and "Bộ Chỉ huy Quân sự tỉnh Phú Thọ" in bodies
    # A city's police named in full.
    bodies = labels(extract_text(around("nq-80-2025-nq-hdnd.txt", "Công an thành phố Hà Nội")), "Body")
    assert "Công an thành phố Hà Nội" in bodies
    # In a law, "Công an tỉnh, thành phố trực thuộc trung ương" is the kind of organ, and "Công an nhân dân" the
    # force: no provincial police.
    bodies = labels(extract_text(around("luat-canh-ve-2017.txt", "Trách nhiệm của Công an tỉnh")), "Body")
    assert not [label for label in bodies if label.startswith("Công an")]
