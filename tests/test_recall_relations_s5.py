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


def test_a_type_word_of_its_own_in_a_title_keeps_its_issuer():
    # "Chính phủ đã kịp thời ban hành Nghị quyết số 155 ngày 1/6/2025 về kế hoạch triển khai Nghị quyết của Quốc hội,
    # …": "của Quốc hội" is the issuer of the resolution the plan carries out, not of resolution 155.
    triples = passage_triples("thu-tuong-trien-khai-ngay-co-che-dac-thu-voi-nha-o-xa-hoi-lap-quy-nha.txt",
                              "Nghị quyết 201/2025/QH15 của Quốc hội đã có hiệu lực", "trong quá trình thực hiện.")
    assert not {t for t in triples if t[0] == "Nghị quyết số 155" and t[1] == "issued_by"}
    # Without a type word before "của", the body at the end of the short title is the issuer: "Nghị quyết 71-NQ/TW về
    # đột phá phát triển giáo dục và đào tạo của Bộ Chính trị".
    triples = passage_triples("toan-van-nghi-quyet-281-nq-cp-thuc-hien-nghi-quyet-71-nq-tw-ve-dot-pha.txt",
                              "Nghị quyết 71-NQ/TW về đột phá", "của Bộ Chính trị")
    assert ("71-NQ/TW", "issued_by", "Bộ Chính trị") in triples


def test_a_document_applied_from_a_day_replaces_what_follows():
    # "… theo Quy định 366 được áp dụng **từ ngày 30/8/2025** và thay thế Quy định 124-QĐ/TW năm 2023 …": like
    # "có hiệu lực từ …", the clause of application stands between the document and what it replaces.
    triples = passage_triples("nhom-tieu-chi-ve-ket-qua-thuc-hien-nhiem-vu-trong-danh-gia-xep-loai-da.txt",
                              "Theo Điều 19 Quy định 366-QĐ/TW", "trong hệ thống chính trị.")
    assert ("366-QĐ/TW", "replaces", "124-QĐ/TW") in triples


def test_a_document_named_with_its_title_changes_what_follows():
    # "Bộ Công Thương đã trình Chính phủ ban hành Nghị định số 45/2012/NĐ-CP về khuyến công thay thế Nghị định số
    # 134/2004/NĐ-CP …": the short title between the decree and "thay thế" leaves the decree the subject.
    triples = passage_triples("chinhphu-vn-nghi-dinh-so-235-2025-nd-cp-cua-chinh-phu-sua-doi-bo-sung.txt",
                              "Ngày 21/5/2012, Bộ Công Thương", "134/2004/NĐ-CP")
    assert ("45/2012/NĐ-CP", "replaces", "134/2004/NĐ-CP") in triples
    triples = passage_triples("cap-nhat-du-thao-nghi-quyet-bang-gia-dat-tinh-thai-nguyen-nam-2026-ban.txt",
                              "Nghị định 226/2025/NĐ-CP quy định sửa đổi", "71/2024/NĐ-CP")
    assert ("226/2025/NĐ-CP", "amends", "71/2024/NĐ-CP") in triples


def test_a_title_naming_a_document_by_its_type_word_is_not_the_changer():
    # "… Nghị quyết 377/NQ-CP về dự án Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Cảnh sát môi trường":
    # the ordinance in the title amends; the resolution on it does not.
    triples = passage_triples("nq-377-nq-cp.txt", "Nghị quyết 377/NQ-CP về dự án", "Pháp lệnh Cảnh sát môi trường")
    assert not {t for t in triples if t[0] == "377/NQ-CP" and t[1] == "amends"}


def test_an_object_followed_by_the_topic_is_one_more_object():
    # "Nghị định số 143/2018/NĐ-CP … quy định chi tiết Luật Bảo hiểm xã hội và Luật An toàn, vệ sinh lao động về bảo
    # hiểm xã hội bắt buộc …": "về" after the last object is the decree's topic, not that object's own clause.
    triples = passage_triples("nd-158-2025-nd-cp.txt", "b) Nghị định số 143/2018/NĐ-CP", "làm việc tại Việt Nam")
    assert {("143/2018/NĐ-CP", "guides", "Luật Bảo hiểm xã hội"),
            ("143/2018/NĐ-CP", "guides", "Luật An toàn, vệ sinh lao động")} <= triples
    triples = passage_triples("theo-do-nghi-dinh-so-17-2025-nd-cp-sua-doi-bo-sung-mot-so-dieu-cua-ngh.txt",
                              "Nghị định số 115/2024/NĐ-CP ngày 16/9/2024", "sử dụng đất.")
    assert ("115/2024/NĐ-CP", "guides", "Luật Đất đai") in triples
