"""Find bodies: the lexicon's organs and their aliases, and productive names of local organs
("Ủy ban nhân dân tỉnh Nghệ An", "Tỉnh ủy Thanh Hóa", "Sở Tài chính", "Cục Lưu trữ")."""
from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from . import lexicon
from .found import LOWER, UPPER, Found
from .types import EntityType

_BODY = EntityType.BODY.value
_PLACE_WORD = rf"[{UPPER}][{LOWER}]*"
# A place: capitalised words, maybe joined by a hyphen ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh").
_PLACE = rf"{_PLACE_WORD}(?: +(?:- +)?{_PLACE_WORD}){{0,4}}"
_NOT_PLACE_UPPER = r"(?:QUY|VỀ|CỦA|VÀ|NĂM|NGÀY|KHÓA|NHIỆM|BAN|THÔNG|NGHỊ|QUYẾT|KẾT|KT|TM|CHỦ|PHÓ|SỐ)(?![\w.])"
_PLACE_UPPER = rf"(?!{_NOT_PLACE_UPPER})[{UPPER}]{{2,}}(?!\.)(?: +(?!{_NOT_PLACE_UPPER})[{UPPER}]+(?!\.)){{0,3}}"
_LEVELS = "tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu"
# Local organs: (canonical, written forms).
_LOCAL_ORGANS = {
    "Ủy ban nhân dân": ("Ủy ban nhân dân", "UBND"),
    "Hội đồng nhân dân": ("Hội đồng nhân dân", "HĐND"),
    "Tòa án nhân dân": ("Tòa án nhân dân",),
    "Viện kiểm sát nhân dân": ("Viện kiểm sát nhân dân",),
    "Đảng bộ": ("Đảng bộ",),
    "Đảng ủy": ("Đảng ủy",),
    "Ủy ban Mặt trận Tổ quốc Việt Nam": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ Việt Nam"),
}
_PARTY_COMMITTEES = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy")
# After a bare organ ("Ủy ban nhân dân cấp tỉnh", "Ủy ban nhân dân các tỉnh"): generic, not a body.
_GENERIC_AFTER = re.compile(r" *(?:,|cấp|các|trực thuộc|và|hoặc|nơi|cùng cấp|thuộc|những|\(|-)")


def _upper_forms(text: str) -> set[str]:
    return {text, text.upper()}


@cache
def _aliases() -> dict[str, str]:
    out: dict[str, str] = {}
    for alias, canonical in lexicon.body_aliases().items():
        for form in _upper_forms(alias):
            out.setdefault(form, canonical)
    return out


@cache
def _ministry_names() -> tuple[str, ...]:
    """Names of ministries without "Bộ ": they also name provincial departments ("Sở Tài chính")."""
    names = {c[3:] for c in lexicon.body_aliases() if c.startswith("Bộ ") and c not in ("Bộ Chính trị", "Bộ Tổng Tham mưu")}
    return tuple(sorted(names, key=len, reverse=True))


@cache
def _body_re() -> re.Pattern:
    aliases = "|".join(re.escape(a) for a in sorted(_aliases(), key=len, reverse=True))
    local_forms = sorted({f for forms in _LOCAL_ORGANS.values() for f in forms}, key=len, reverse=True)
    local = "|".join(re.escape(f) for f in local_forms)
    local_upper = "|".join(re.escape(f.upper()) for f in local_forms)
    committees = "|".join(re.escape(c) for c in _PARTY_COMMITTEES)
    committees_upper = "|".join(re.escape(c.upper()) for c in _PARTY_COMMITTEES)
    ministries = "|".join(re.escape(n) for n in _ministry_names())
    levels_upper = _LEVELS.upper()
    return re.compile(
        rf"(?<![\w/-])(?:"
        rf"(?P<alias>{aliases})"
        rf"|(?P<local>{local})(?: +(?P<level>(?i:{_LEVELS})))?(?: +(?P<place>{_PLACE}))?"
        rf"|(?P<local_up>{local_upper})(?: +(?P<level_up>{levels_upper}))?(?: +(?P<place_up>{_PLACE_UPPER}))?"
        rf"|(?P<committee>{committees}|{committees_upper}) +(?P<cplace>{_PLACE}|{_PLACE_UPPER})"
        rf"|(?P<dept>Sở) +(?P<dname>{ministries})"
        rf"|(?P<office>Tổng cục|Cục) +(?P<oname>[{UPPER}][{LOWER}]*(?: +[{LOWER}]+){{0,3}})"
        rf"|(?P<academy>Học viện) +(?P<aname>[{UPPER}][{LOWER}]*(?: +[{UPPER}{LOWER}]+){{0,5}}?) +(?:khu vực +[IVX]+|Hồ Chí Minh|quốc gia|Quốc gia)"
        rf")(?!\w)"
    )


_OFFICE_STOP = re.compile(rf" +(?:và|của|về|tại|theo|đã|được|có|là|cho|với|trong|thuộc|để|sẽ|đang|{_LEVELS})(?!\w).*$")
_LOCAL_ALIASES = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "Ủy ban MTTQ Việt Nam": "Ủy ban Mặt trận Tổ quốc Việt Nam"}


_MEMBER_BEFORE = re.compile(r"(?i:ủy viên)(?: +dự khuyết)? +$")


def _title(upper_words: str) -> str:
    return " ".join(w[0] + w[1:].lower() for w in upper_words.split())


def find_bodies(view: str) -> Iterator[Found]:
    aliases = _aliases()
    for match in _body_re().finditer(view):
        groups = match.groupdict()
        start, end = match.start(), match.end()
        bare = False
        if groups["alias"]:
            label = aliases[groups["alias"]]
            if label == "Trung ương Đảng" and _MEMBER_BEFORE.search(view, max(0, start - 20), start):
                continue  # "Ủy viên Trung ương Đảng": a member's title
        elif groups["local"] or groups["local_up"]:
            upper = bool(groups["local_up"])
            organ = groups["local_up"] if upper else groups["local"]
            organ = next((c for c, forms in _LOCAL_ORGANS.items() if organ in forms or organ in
                          {f.upper() for f in forms}), organ)
            organ = _LOCAL_ALIASES.get(organ, organ)
            level = groups["level_up"] if upper else groups["level"]
            place = groups["place_up"] if upper else groups["place"]
            if organ in ("Đảng bộ", "Đảng ủy") and not (level and place):
                continue  # "Đảng bộ Chính phủ" and the like come from the lexicon
            if not place:
                end_of = match.end("level_up" if upper else "level") if level else match.end("local_up" if upper else "local")
                if _GENERIC_AFTER.match(view, end_of) or (level and view[end_of:end_of + 1].isalnum()):
                    continue
                end = end_of
                bare = True
            label = organ
            if level:
                label += " " + level.lower()
                if not upper and place and place.isupper():
                    continue
            if place:
                label += " " + (_title(place) if upper else place)
        elif groups["committee"]:
            committee = groups["committee"]
            committee = committee if not committee.isupper() else committee[0] + committee[1:].lower()
            place = groups["cplace"]
            label = f"{committee} {_title(place) if place.isupper() else place}"
        elif groups["dept"]:
            label = f"Sở {groups['dname']}"
        elif groups["office"]:
            name = _OFFICE_STOP.sub("", groups["oname"])
            end = match.start("oname") + len(name)
            label = f"{groups['office']} {name}"
        else:
            label = match.group(0)
        yield Found(start, end, _BODY, label, {"bare": True} if bare else {}, kind="body")
