"""Find bodies: the lexicon's organs and their aliases, and productive names of local organs
("Ủy ban nhân dân tỉnh Nghệ An", "Tỉnh ủy Thanh Hóa", "Sở Tài chính", "Cục Lưu trữ")."""
from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from . import lexicon
from .found import LOWER, UPPER, Found, Scan
from .normalise import fold
from .types import EntityType

_BODY = EntityType.BODY.value
# Capitalised words that do not belong to a place's name: the next line's title, heading or sentence
# ("Ủy ban nhân dân tỉnh\nChủ tịch …", "… Vĩnh Long\nKhóa X").
_NOT_PLACE = (r"(?:Khóa|Chủ|Ủy|Ban|Quy|Xem|Thông|Giao|Sửa|Tối|Trong|Các|Cấp|Quyết|Chính|Cơ|Viện|Quản|Điều|Nghị"
              r"|Kế|Phó|Trưởng|Thường|Đảng|Sở|Cục|Bộ|Tòa|Luật|Căn|Theo|Tại|Về|Số|Ngày|Năm|Hội(?= +đồng)|(?:Thành|Tỉnh)(?= +ủy)"
              r"|Báo(?= +cáo)|Đại(?= +biểu)"
              r"|Văn(?= +(?:phòng|bản|kiện)))(?!\w)")
_PLACE_WORD = rf"(?!{_NOT_PLACE})[{UPPER}][{LOWER}]*"
# A place: capitalised words, maybe joined by a hyphen ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh").
_PLACE = rf"{_PLACE_WORD}(?: {{1,2}}(?:- {{1,2}})?{_PLACE_WORD}){{0,4}}"
_NOT_PLACE_UPPER = (r"(?:QUY|VỀ|CỦA|VÀ|NĂM|NGÀY|KHÓA|NHIỆM|BAN|THÔNG|NGHỊ|QUYẾT|KẾT|KT|TM|CHỦ|PHÓ|SỐ|CẤP|CÁC|Ở"
                    r"|TRONG|XEM|GIAO|SỬA|TỐI|ỦY|QUẢN|CHÍNH|VIỆN|CƠ|ĐIỀU|CĂN|TẠI|THEO|HỘI(?= +ĐỒNG)"
                    r"|VĂN(?= +(?:PHÒNG|BẢN|KIỆN)))(?![\w.])")
_PLACE_UPPER = rf"(?!{_NOT_PLACE_UPPER})[{UPPER}]{{2,}}(?!\.)(?: +(?!{_NOT_PLACE_UPPER})[{UPPER}]+(?!\.)){{0,3}}"
_PLACE_RE = re.compile(_PLACE)
# State corporations and companies: their heads, where a name ends, and words a name does not hold.
_FIRM_HEADS = ("Tập đoàn", "Tổng công ty", "Tổng Công ty", "Công ty trách nhiệm hữu hạn", "Công ty TNHH")
_FIRM_HEAD = (r"(?:Tập đoàn|Tổng [Cc]ông ty|Công ty (?:trách nhiệm hữu hạn|TNHH)"
              r"(?: +(?:một thành viên|MTV|hai thành viên trở lên))?)")
# Where a firm's name ends: its territory.
_FIRM_END = (r"(?:(?:Quốc gia +|quốc gia +)?Việt Nam|[Qq]uốc gia|miền (?:Bắc|Trung|Nam)"
             r"|Thành phố (?:Hà Nội|Hồ Chí Minh))(?!\w)")
# "Công" opens a company, not a name, unless it is "Công nghiệp" ("Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam").
_FIRM_STOP = (r"(?:Nhà nước|nhà nước|của|tại|ở|theo|đã|được|có|là|cho|với|trong|để|sẽ|đang|thuộc|các|khi|do|phải"
              r"|chủ trì|phối hợp|Bộ|Ban|Ủy|Sở|Cục|Tổng|Công(?! +nghiệp)|Tập|Việt|Quốc|Thành)(?!\w)")
_SOCIETY_STOP = (r"(?:nghị|đồng|Nghị|Đồng|NGHỊ|ĐỒNG|nhập|thảo|thi|chợ|viên|sở|diễn|của|và|là|được|có|các|tại|cho|với"
                 r"|trong|về|theo)(?!\w)")
_SOCIETY_HEADS = ("Hội", "HỘI")
# Words after "Hội " that make no association (not "đồng": "Hội đồng  nhân dân" spaced otherwise is read here).
_NOT_SOCIETY = ("nghị", "Nghị", "NGHỊ", "viên", "nhập", "thảo", "thi ", "chợ", "diễn")
# Words that end a steering committee's name: what it does, whose it is, a document it deals with, what it answers
# for ("chịu trách nhiệm trước …, Ban Chỉ đạo Trung ương về kết quả thực hiện …").
_STEER_STOP = (r"(?:kết quả|của|tại|ở|theo|đã|được|có|là|cho|với|trong|để|sẽ|đang|và|cấp|các|ban hành|thông báo|báo cáo|xem"
               r"|chỉ đạo|tham mưu|chủ trì|giai đoạn|gồm|làm|khi|do|phải|yêu cầu|quyết định|thành lập|thành viên"
               r"|điều hành|Nghị|Kết|Chỉ|Chương|Đề|Kế|Luật|Quyết|Thông|Hướng|Quy|Công|Báo|Tờ|Bộ|Ban|Ủy|Chính|Thủ)(?!\w)")
_PLACE_UPPER_RE = re.compile(_PLACE_UPPER)
# A zone that a management board runs ("Khu kinh tế mở Chu Lai", "khu công nghệ cao", "Khu công nghiệp"), maybe
# with its proper name.
_ZONE_KIND = re.compile(r"(?<=Khu )(?:Kinh tế|Công nghiệp|Công nghệ cao|Chế xuất)")
_ZONE = (rf"[Kk]hu +(?:[Kk]inh tế|[Cc]ông nghiệp|[Cc]ông nghệ cao|[Cc]hế xuất)(?: +mở)?"
         rf"(?P<zname> +(?!(?:Thành|Tỉnh)(?!\w))[{UPPER}][{LOWER}]*(?: +[{UPPER}][{LOWER}]*){{0,2}})?")
_LEVELS = "tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu"
# Local organs: (canonical, written forms).
_LOCAL_ORGANS = {
    "Ủy ban nhân dân": ("Ủy ban nhân dân", "UBND"),
    "Hội đồng nhân dân": ("Hội đồng nhân dân", "HĐND"),
    "Tòa án nhân dân": ("Tòa án nhân dân",),
    "Viện kiểm sát nhân dân": ("Viện kiểm sát nhân dân",),
    "Đảng bộ": ("Đảng bộ",),
    "Đảng ủy": ("Đảng ủy",),
    # "Đảng ủy các cơ quan Đảng Thành phố": the committee of a province's Party organs.
    "Đảng ủy các cơ quan Đảng": ("Đảng ủy các cơ quan Đảng", "Đảng ủy các cơ quan đảng", "Đảng ủy Các cơ quan Đảng"),
    "Ủy ban Mặt trận Tổ quốc Việt Nam": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ Việt Nam", "Ủy ban MTTQVN"),
    "Đoàn đại biểu Quốc hội": ("Đoàn đại biểu Quốc hội", "Đoàn Đại biểu Quốc hội", "Đoàn ĐBQH"),
    # A province's inspectorate, only with its level ("gửi Thanh tra tỉnh"): "Thanh tra" alone is the activity.
    "Thanh tra": ("Thanh tra",),
    # A province's police and military command, only with their level ("phối hợp với Công an tỉnh, Bộ Chỉ huy Quân
    # sự tỉnh"): "Công an" alone is the force ("Công an nhân dân"), "Công an cấp tỉnh" the kind of organ.
    "Công an": ("Công an",),
    "Bộ Chỉ huy Quân sự": ("Bộ Chỉ huy Quân sự", "Bộ Chỉ huy quân sự"),
}
# Organs named only with their level (and maybe their place).
_LEVELLED_ONLY = ("Thanh tra", "Công an", "Bộ Chỉ huy Quân sự")
_PARTY_COMMITTEES = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy")
# After a bare organ ("Ủy ban nhân dân cấp tỉnh", "Ủy ban nhân dân các tỉnh"): generic, not a body.
_GENERIC_AFTER = re.compile(r" *(?:,|cấp|các|trực thuộc|và|hoặc|nơi|cùng cấp|thuộc|những|\(|-)")
# After an organ with its level ("Ủy ban nhân dân tỉnh", "Thành ủy"), a comma is generic only before another
# level or organ ("Ủy ban nhân dân tỉnh, thành phố", "tỉnh ủy, thành ủy"); "Văn phòng Thành ủy (để ph/h)" and
# "Ủy ban nhân dân Thành phố, Giám đốc các Sở" name the text's own locality.
_GENERIC_AFTER_LEVEL = re.compile(rf" *(?:, *(?:(?i:{_LEVELS}|cấp|các)(?!\w)|(?!Đảng )(?:[{UPPER}{LOWER}]+ )?(?i:ủy|uỷ)(?!\w))"
                                  r"|cấp|các|trực thuộc|và|hoặc|nơi|cùng cấp|thuộc|những|-)")
# After an organ's level, "và" that goes on to the others the article charges, not to another level ("Giám đốc
# Trung tâm phục vụ hành chính công tỉnh và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành …").
_NOT_GENERIC_AND = re.compile(r" *và +(?:các +)?(?:tổ chức|cá nhân|cơ quan|đơn vị)(?!\w)")
# After a bare Party committee, ", các …" goes on to its own units ("Văn phòng Thành ủy, các cơ quan thuộc Thành ủy").
_GENERIC_AFTER_COMMITTEE = re.compile(rf" *(?:, *(?:(?i:{_LEVELS}|cấp)(?!\w)|(?!Đảng )(?:[{UPPER}{LOWER}]+ )?(?i:ủy|uỷ)(?!\w))"
                                      r"|cấp|các|trực thuộc|và|hoặc|nơi|cùng cấp|thuộc|những|-)")


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
def _lowered_aliases() -> dict[str, str]:
    return {alias.lower(): canonical for alias, canonical in lexicon.body_aliases().items()}


@cache
def _ministry_names() -> tuple[str, ...]:
    """Names of ministries without "Bộ ": they also name provincial departments ("Sở Tài chính")."""
    names = {c[3:] for c in lexicon.body_aliases() if c.startswith("Bộ ") and c not in ("Bộ Chính trị", "Bộ Tổng Tham mưu")}
    return tuple(sorted(names, key=len, reverse=True))


@cache
def _provinces(upper: bool = False) -> str:
    """The lexicon's provinces as one alternation, any run of spaces between their words."""
    return "|".join(re.escape(p.upper() if upper else p).replace("\\ ", " +") for p in lexicon.provinces())


@cache
def _province_names() -> frozenset[str]:
    return frozenset(" ".join(fold(p).split()) for p in lexicon.provinces())


def _is_province(place: str) -> bool:
    return " ".join(fold(place).split()) in _province_names()  # "Thanh Hoá" is "Thanh Hóa"


def _productive() -> list[tuple[list[str], str]]:
    """The productive branches of the body pattern, each with the literal words it starts with."""
    local_forms = sorted({f for forms in _LOCAL_ORGANS.values() for f in forms}, key=len, reverse=True)
    local = "|".join(re.escape(f) for f in local_forms)
    local_upper = "|".join(re.escape(f.upper()) for f in local_forms)
    committees = "|".join(re.escape(c) for c in _PARTY_COMMITTEES)
    committees_upper = "|".join(re.escape(c.upper()) for c in _PARTY_COMMITTEES)
    ministries = "|".join(re.escape(n) for n in _ministry_names())
    levels_upper = _LEVELS.upper()
    # Known provinces first: the place then stops where the name stops ("… Bình Phước\nThành lập …").
    provinces, provinces_upper = _provinces(), _provinces(upper=True)
    return [
        (local_forms, rf"(?P<local>{local})(?: +(?P<level>(?i:{_LEVELS})))?"
                      rf"(?: +(?P<place>{provinces}(?!\w)|{_PLACE}))?"),
        ([f.upper() for f in local_forms],
         rf"(?P<local_up>{local_upper})(?: +(?P<level_up>{levels_upper}))?"
         rf"(?: +(?P<place_up>{provinces_upper}(?![\w])|{_PLACE_UPPER}))?"),
        ([*_PARTY_COMMITTEES, *(c.upper() for c in _PARTY_COMMITTEES)],
         # "Thành ủy Thành phố Hồ Chí Minh", "Tỉnh ủy Thanh Hóa"; bare ("Văn phòng Thành ủy", "Thành ủy Thành phố").
         rf"(?P<committee>{committees}|{committees_upper})(?: +(?P<clevel>(?i:thành phố|tỉnh))(?!\w))?"
         rf"(?: +(?P<cplace>{provinces}(?!\w)|{_PLACE}|{_PLACE_UPPER}))?"),
        (["Sở"], rf"(?P<dept>Sở) +(?P<dname>{ministries})"),
        # "Chánh Văn phòng Bộ Nội vụ": a ministry's office is a body of its own.
        (["Văn phòng"], rf"(?P<vp>Văn phòng) +(?P<vpof>Bộ +(?:{ministries}))"),
        (["Tổng cục", "Cục", "Chi cục", "Vụ"],
         rf"(?P<office>Tổng cục|Cục|Chi cục|Vụ) +(?P<oname>(?!{_RANK})[{UPPER}][{LOWER}]*(?: +(?!và(?!\w))[{LOWER}]+){{0,5}}"
         # "Cục Quản lý, giám sát chính sách thuế, phí và lệ phí": a second verb after a comma, and its objects.
         rf"(?:, +(?:giám sát|kiểm tra|quản lý|phát triển)(?: +[{LOWER}]+){{1,4}}(?:, +(?!các(?!\w))[{LOWER}]+(?: +[{LOWER}]+){{0,2}}){{0,3}})?"
         # "Cục Quản lý và Phát triển thị trường trong nước": two conjuncts.
         rf"(?: +và +(?!(?:Bộ|Văn phòng|Ủy ban|Ban|Tổng cục|Cục|Sở|Vụ|Thanh tra|Kiểm toán|Viện|Chính phủ|{_HEAD_TITLE})(?!\w))"
         rf"[{UPPER}][{LOWER}]*(?: +[{LOWER}]+){{0,5}})?"
         rf"(?: *- *(?!(?:Bộ|Văn phòng|Ủy ban|Ban|Tổng cục|Cục|Sở|Thanh tra|Kiểm toán)(?!\w))"
         rf"[{UPPER}][{LOWER}]*(?: +[{LOWER}]+){{0,3}})?)"
         # A regional unit is numbered: "Chi cục Hải quan khu vực X", "Cục Thuế khu vực II".
         rf"(?P<region>(?<= khu vực) +[IVXLC]+(?![\w.]))?"
         # A national department ends with the country: "Cục Đăng kiểm Việt Nam", "Cục Hàng không Việt Nam".
         rf"(?P<country> +Việt Nam(?![\w-]))?"),
        # An office named by its abbreviation, as recipient lists write it ("Cục KTVB&QLXL VPHC-Bộ Tư pháp",
        # "Cục KTVB và QLXLVPHC, Bộ Tư pháp", "Cục KSTTHC (VPCP)").
        (["Tổng cục", "Cục", "Chi cục", "Vụ"],
         rf"(?P<aoffice>Tổng cục|Cục|Chi cục|Vụ) +(?P<abbr>[{UPPER}]{{3,}}(?:&[{UPPER}]+)*"
         rf"(?: +(?:và +)?[{UPPER}]{{3,}}(?:&[{UPPER}]+)*)?)(?![\w&.])"),
        # Steering committees named by their level: "Ban chỉ đạo phòng, chống khủng bố quốc gia", "Ban Chỉ đạo
        # quốc gia về khắc phục ô nhiễm không khí", "Ban Chỉ đạo Trung ương về tổng kết thực hiện …" (a comma only
        # in "phòng, chống").
        (["Ban Chỉ đạo", "Ban chỉ đạo"],
         rf"(?P<steer>Ban [Cc]hỉ đạo)(?P<stask>(?: +(?!{_STEER_STOP})[{UPPER}]?[{LOWER}]+,?){{0,8}}?)"
         rf" +(?P<slevel>quốc gia|trung ương|Trung ương)(?![\w-])(?P<sabout> +về(?:(?: +|, +(?=chống ))(?!{_STEER_STOP})(?:[{UPPER}{LOWER}]{{2,}}|[{UPPER}{LOWER}](?!\)))(?!\w)){{1,10}})?"),
        # State corporations and companies, named up to their territory ("Tập đoàn Điện lực Việt Nam", "Tổng công ty
        # Điện lực miền Bắc", "Công ty trách nhiệm hữu hạn một thành viên Vận hành hệ thống điện và thị trường điện
        # quốc gia") or by capitalised words alone ("Công ty TNHH Tân Cảng - Petro Cam Ranh").
        (list(_FIRM_HEADS),
         rf"(?P<firm>{_FIRM_HEAD})(?P<fname> +(?!{_FIRM_STOP})[{UPPER}][{LOWER}]*"
         rf"(?:(?: +(?:-|(?!{_FIRM_STOP})[{UPPER}{LOWER}][{LOWER}]*)){{0,10}}? +{_FIRM_END}"
         rf"|(?: +(?:- +)?(?!{_FIRM_STOP})[{UPPER}][{LOWER}A-Z]*)+))"),
        # Associations, named up to "Việt Nam" ("Hội Nông dân Việt Nam", "Tổng hội y dược học Việt Nam").
        # Trade associations likewise, up to their country or city ("Hiệp hội Bất động sản TPHCM").
        (["Hội", "Tổng hội", "HỘI", "TỔNG HỘI", "Hiệp hội"],
         rf"(?P<society>Tổng hội|Hiệp hội|Hội|TỔNG HỘI|HỘI)(?P<sname>(?: +(?!{_SOCIETY_STOP})[{UPPER}{LOWER}][{LOWER}]*){{1,7}}?)"
         rf" +(?P<sland>Việt Nam|VIỆT NAM|(?P<scity>TPHCM|TP\.? ?HCM|Thành phố Hồ Chí Minh|TP\. ?Hồ Chí Minh|Hà Nội)(?!\w))"),
        # The lexicon's committees of a people's council with the hyphen spaced otherwise ("Ban Kinh tế- Ngân sách").
        (["Ban Kinh tế", "Ban Văn hóa"], rf"(?P<board>Ban +(?:Kinh tế *- *Ngân sách|Văn hóa *- *Xã hội))"),
        # A province's one-stop public service centre, named with its province ("Trung tâm Phục vụ hành chính công
        # tỉnh Nghệ An") or with its level alone in a text that names the province ("Giám đốc Trung tâm Phục vụ hành
        # chính công tỉnh, Chủ tịch …": bare, graph.find places it); without a level ("… (cấp xã)", "… các xã,
        # phường") it is a kind of office.
        # A province's union of science and technology associations likewise ("Liên hiệp các hội Khoa học và Kỹ thuật
        # tỉnh Bắc Ninh"; the national union is the lexicon's).
        (["Trung tâm Phục vụ", "Trung tâm phục vụ", "Liên hiệp các"],
         rf"(?P<centre>Trung tâm [Pp]hục vụ +[Hh]ành chính công|Liên hiệp +các +[Hh]ội +[Kk]hoa +học +và +[Kk]ỹ +thuật)"
         rf" +(?P<clevel2>tỉnh|thành phố|Thành phố)(?!\w)"
         rf"(?: +(?P<cprov>{provinces})(?!\w))?"),
        # A board that manages economic or industrial zones, named by its zones and maybe their place ("Ban Quản lý
        # Khu kinh tế mở Chu Lai thành phố Đà Nẵng", "Ban Quản lý các Khu kinh tế và Khu công nghiệp tỉnh Quảng Nam",
        # "Ban Quản lý các khu công nghệ cao và khu công nghiệp Thành phố"); a zone without a name or a place
        # ("Ban Quản lý khu công nghiệp, khu chế xuất") is a kind of board.
        (["Ban Quản lý"],
         rf"(?P<mgmt>Ban Quản lý) +(?P<mzones>(?:các +)?{_ZONE}"
         rf"(?: +và +(?:các +)?(?:{_ZONE.replace('zname', 'zname2')}|công nghiệp(?!\w)))?)"
         rf"(?: +(?P<mlevel>tỉnh|thành phố|Thành phố)(?!\w)(?: +(?P<mplace>{provinces})(?!\w))?)?"),
        # A province's tax office since the 2025 reorganisation ("Thuế tỉnh Đồng Tháp", "Thuế thành phố Hà Nội"),
        # only with its province named: "Cục Thuế tỉnh …" is the former department (read as a "Cục"), "Luật Thuế …"
        # a law, and "Thuế tỉnh, Bảo hiểm xã hội tỉnh" a kind of office.
        (["Thuế"], rf"(?<!Cục )(?<!cục )(?<!Luật )(?<!LUẬT )(?<!luật )(?P<tax>Thuế) +(?P<tlevel>tỉnh|thành phố|Thành phố)"
                   rf" +(?P<tprov>{provinces})(?!\w)"),
        (["Học viện"], rf"(?P<academy>Học viện) +(?P<aname>[{UPPER}][{LOWER}]*(?: +[{UPPER}{LOWER}]+){{0,5}}?)"
                       rf" +(?:khu vực +[IVX]+|Hồ Chí Minh|quốc gia|Quốc gia)"),
    ]


@cache
def _productive_re() -> re.Pattern:
    branches = "|".join(branch for _, branch in _productive())
    return re.compile(rf"(?<![\w/-])(?:{branches})(?!\w)")


@cache
def _productive_heads() -> set[str]:
    return {literal for literals, _ in _productive() for literal in literals}


@cache
def _alias_of_head() -> dict[str, str | None]:
    """For a head the scan may report, the longest alias it starts with."""
    aliases = _aliases()
    heads = set(aliases) | _productive_heads()
    out = {}
    for head in heads:
        best = max((a for a in aliases if head.startswith(a)), key=len, default=None)
        out[head] = best
    return out


def alias_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    """A body of the lexicon, written as one of its aliases ("Ban Bí thư Trung ương Đảng", "CHÍNH PHỦ")."""
    view = scan.view
    known = _alias_of_head()
    if head not in known:
        known[head] = max((a for a in _aliases() if head.startswith(a)), key=len, default=None)
    alias = known[head]
    if alias is None:
        return
    end = position + len(alias)
    if (end < len(view) and view[end].isalnum()) or (position and view[position - 1] in "/-" and " " not in alias):
        return  # a symbol's issuer code ("…/BTP"); a name of several words is a body ("Cục …/Bộ Tư pháp")
    label = _aliases()[alias]
    if position >= 5 and view.endswith(_PORTAL_WORDS, max(0, position - 24), position):
        return  # "Cổng Thông tin điện tử Chính phủ": a site's name, where the body is no actor
    if label == "Trung ương Đảng" and _MEMBER_BEFORE.search(view, max(0, position - 20), position):
        return  # "Ủy viên Trung ương Đảng": a member's title
    if label == "Chủ tịch nước" and (position >= 4 and view.startswith(_DEPUTY, position - 4)
                                     or _is_leaders_title(view, position, end)):
        return  # "Phó Chủ tịch nước": the vice-president's title, no organ ("Phó Thủ tướng … ký" signs for the office)
    if label == _PRIME_MINISTER and position >= 4 and view.startswith(_DEPUTY, position - 4) \
            and not _SIGNS_AFTER.match(view, end):
        # "các Phó Thủ tướng Chính phủ": deputies' title, which names the Government they are members of (as
        # "Bộ trưởng Bộ Tư pháp" names the ministry), not the Prime Minister; one who signs ("Phó Thủ tướng Chính
        # phủ vừa ký Công văn 227/TTg-CN") signs for the Prime Minister's office.
        yield Found(end - len(_GOVERNMENT), end, _BODY, _GOVERNMENT, kind="body")
        return
    if label == _GOVERNMENT and (foreign := _foreign_government(view, end)) is not None:
        yield Found(position, foreign[0], _BODY, foreign[1], kind="body")  # another state's Government
        return
    if label == "Chính phủ" and (_DIGITAL_GOVERNMENT.match(view, end)
                                 or (position >= 4 and view.endswith(_GOVERNMENT_MODIFIED, max(0, position - 13), position))):
        # "phát triển Chính phủ số", "Chính phủ điện tử": a way of governing; "tổ chức phi Chính phủ", "tổ chức quốc
        # tế liên Chính phủ", "chữ ký số chuyên dùng Chính phủ": an adjective of a kind of thing. None is the organ.
        return
    if position < 2 or view[position - 2] not in _UNIT_LAST_LETTERS:
        yield Found(position, end, _BODY, label, kind="body")  # no committee or board named right before it
        return
    # Both look-behinds end with a space right before the alias and a known word: test those literally first.
    if position >= 7 and view.startswith(_COMMITTEE_WORDS, position - 7) \
            and _COMMITTEE_BEFORE.search(view, max(0, position - 8), position):
        return
    committee = _PARTY_COMMITTEE_OF.search(view, max(0, position - 10), position) \
        if position >= 8 and view.startswith(_PARTY_COMMITTEE_WORDS, position - 8) else None
    if committee is not None and not label.startswith("Đảng"):
        # "Đảng ủy Viện Kiểm sát nhân dân tối cao": the Party committee of a State organ is a body of its own.
        yield Found(committee.start(), end, _BODY, f"Đảng ủy {label}", kind="body")
        return
    board = len(_PARTY_BOARD)
    # Only "b"/"B" lowers to the board's first letter: test it before lowering the stretch.
    if position >= board and view[position - board] in "bB" and view[position - board:position].lower() == _PARTY_BOARD \
            and not label.startswith("Đảng"):
        # "Ban cán sự đảng Bộ Nội vụ", "Ban cán sự đảng Chính phủ": the organ's Party board, a body of its own.
        yield Found(position - board, end, _BODY, f"Ban cán sự đảng {label}", kind="body")
        return
    group = len(_PARTY_GROUP)
    if position >= group and view[position - group] == "Đ" and view[position - group:position] == _PARTY_GROUP \
            and not label.startswith("Đảng"):
        # "Đảng đoàn Quốc hội": the Party group of an elected or mass organ, a body of its own.
        yield Found(position - group, end, _BODY, f"Đảng đoàn {label}", kind="body")
        return
    yield Found(position, end, _BODY, label, kind="body")


# Who heads a unit, after "và": the next one the article charges, not the department's second conjunct ("Chánh Văn
# phòng Cục Thuế và Thủ trưởng các đơn vị thuộc Cục Thuế chịu trách nhiệm …").
_HEAD_TITLE = "Thủ trưởng|Giám đốc|Chủ tịch|Trưởng|Chánh|Phó|Cục trưởng|Vụ trưởng|Tổng cục trưởng|Bộ trưởng|Thủ tướng"
# A general's rank is no department's name ("Chủ nhiệm Tổng cục Trung tướng": the rank of the head of a general
# department, in the law on officers).
_RANK = r"(?:Đại|Thượng|Trung|Thiếu) tướng(?!\w)"
_OFFICE_STOP = re.compile(rf" +(?:và(?! +[{UPPER}])|của|về|tại|theo|đã|được|có|là|cho|với|trong|thuộc|để|sẽ|đang|trước|sau|ngày|{_LEVELS}"
                          r"|tham mưu|chủ trì|phối hợp|thực hiện|ban hành|hướng dẫn|báo cáo|đề nghị|trình|kiểm tra"
                          r"|cho biết|quản lý|khẩn trương|đảm bảo|bảo đảm|cung cấp|tiếp nhận|giải quyết|xử lý|công bố|nay|cũng|đề xuất|thông báo|xác định|xem xét"
                          # What a department does next ("Vụ Pháp chế thẩm định hồ sơ", "Cục Thuế chịu trách nhiệm").
                          r"|trực thuộc|chịu trách nhiệm|thẩm định|rà soát|hoàn thành|đưa ra|lấy ý kiến|chỉ đạo)(?!\w).*$")
# A stop phrase may run past the words a department's name reads ("… dân sự trực | thuộc Bộ Tư pháp"): it is looked
# for this far past them.
_OFFICE_STOP_AHEAD = 24
# Every written form of a local organ, as listed or upper case → its canonical name.
_ORGAN_OF_FORM = {form: organ for organ, forms in _LOCAL_ORGANS.items()
                  for written in forms for form in (written, written.upper())}
_LOCAL_ALIASES = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "Ủy ban MTTQ Việt Nam": "Ủy ban Mặt trận Tổ quốc Việt Nam"}


# Research and medical institutes named by capitalised words ("Viện Nghiên cứu Chính sách và Chiến lược", "Viện Bỏng
# Lê Hữu Trác", "Viện Khoa học kiểm sát"), one space apart (no word of the next line); the procuracies are the local
# organs' and the academies the lexicon's.
_INSTITUTE_HEAD = "Viện "
_INSTITUTE = re.compile(rf"Viện (?P<iname>(?!(?:[Kk]iểm sát|Hàn lâm)(?!\w))[{UPPER}][{LOWER}]+"
                        rf"(?: (?:và )?[{UPPER}{LOWER}][{LOWER}]*){{1,9}})")
# Where an institute's name ends: an office's stops, and "do" of the one that issues something for it.
_INSTITUTE_STOP = re.compile(_OFFICE_STOP.pattern.replace(r"(?:và(?! +", r"(?:do|năm|gồm|làm|và(?! +", 1))
_FIELDS_LISTED = re.compile(rf", +[{UPPER}][{LOWER}]+(?: +[{LOWER}]+)?,")
_HYPHEN = re.compile(r" *- *")
# After a department: every province's department, a generic organ ("Sở Nội vụ các tỉnh, thành phố", "Sở Xây dựng
# các địa phương", "Sở Tài chính cấp tỉnh").
_GENERIC_DEPARTMENT = re.compile(r" +(?:các +(?:tỉnh|thành phố|địa phương|TP)|cấp +tỉnh|tỉnh *(?:,|/|và) *(?:thành phố|TP))(?!\w)")
_PLACE_LEVEL_BEFORE = re.compile(rf"(?<!\w)(?i:{_LEVELS}) +$")
_PARTY_COMMITTEE_OF = re.compile(r"(?<!\w)(?:Đảng ủy|ĐẢNG ỦY) $")
# "Ủy ban Mặt trận Tổ quốc tỉnh": a committee of the organisation, a body of its own (local, often generic).
_COMMITTEE_BEFORE = re.compile(r"(?<!\w)(?:Ủy ban|Uỷ ban|ỦY BAN) $")
_COMMITTEE_WORDS = ("Ủy ban ", "Uỷ ban ", "ỦY BAN ")
_PARTY_COMMITTEE_WORDS = ("Đảng ủy ", "ĐẢNG ỦY ")
_PARTY_BOARD = "ban cán sự đảng "
_PARTY_GROUP = "Đảng đoàn "
# The last letters of those units ("ban", "ủy", "đảng" in any case), read before the space that precedes a body.
_UNIT_LAST_LETTERS = frozenset("nNyYgG")
# A web portal named by its owner ("Cổng Thông tin điện tử Chính phủ", "Cổng TTĐT Bộ Nội vụ"): a site name.
_PORTAL_WORDS = ("Cổng Thông tin điện tử ", "Cổng thông tin điện tử ", "Cổng TTĐT ", "cổng thông tin điện tử ")
_DEPUTY = ("Phó ", "PHÓ ")
_PRIME_MINISTER = "Thủ tướng Chính phủ"
_GOVERNMENT = "Chính phủ"
_SIGNS_AFTER = re.compile(r"[^.;:\n]{0,40}?(?<!\w)ký(?!\w)")
# The president as a person: a former or new holder ("nguyên Chủ tịch nước", "Chủ tịch nước mới"), or one of the
# leaders listed after the General Secretary ("Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, Chủ tịch
# nước, Chủ tịch Quốc hội, Thủ tướng Chính phủ": the guests of those persons, the posts elected).
_FORMER_BEFORE = ("nguyên ", "Nguyên ")
_NEW_AFTER = re.compile(r" +mới(?!\w)")
_LEADERS_BEFORE = re.compile(r"Tổng Bí thư[^.;:\n]{0,70}, +$")


def _is_leaders_title(view: str, position: int, end: int) -> bool:
    return (position >= 7 and view.startswith(_FORMER_BEFORE, position - 7)) or _NEW_AFTER.match(view, end) is not None \
        or (view.startswith(", ", position - 2) and _LEADERS_BEFORE.search(view, max(0, position - 85), position) is not None)
# After "Chính phủ": "số" that no number follows ("Chính phủ số", but "Nghị định của Chính phủ số 15/2020/NĐ-CP"),
# "điện tử".
# Before "Chính phủ", words that make it an adjective: non-, inter-, dedicated to ("tổ chức phi Chính phủ", "tổ chức
# quốc tế liên Chính phủ", "chữ ký số chuyên dùng Chính phủ").
_GOVERNMENT_MODIFIED = (" phi ", " Phi ", " PHI ", " liên ", " chuyên dùng ")
_DIGITAL_GOVERNMENT = re.compile(r" +(?:số(?! *\d)|điện tử)(?!\w)")


@cache
def _foreign_state_re() -> re.Pattern:
    """After "Chính phủ": a foreign state's name, maybe after "nước" ("Chính phủ nước CHDCND Lào")."""
    forms = sorted({f for form in lexicon.countries() for f in _upper_forms(form)}, key=len, reverse=True)
    names = "|".join(re.escape(f).replace("\\ ", " +") for f in forms)
    return re.compile(rf" +(?:(?:nước|NƯỚC) +)?(?P<state>{names})(?![\w-])")


def _foreign_government(view: str, end: int) -> tuple[int, str] | None:
    """"Chính phủ New Zealand": the end and label of a foreign Government named right after "Chính phủ"."""
    if end + 1 >= len(view) or view[end] != " " or not (view[end + 1].isupper() or view[end + 1] in "nN"):
        return None  # most "Chính phủ" go on with a lower-case word or punctuation: no pattern run
    state = _foreign_state_re().match(view, end)
    if state is None:
        return None
    written = " ".join(state.group("state").split())
    canonical = lexicon.countries().get(written) or next(
        (c for form, c in lexicon.countries().items() if form.upper() == written), written)
    return state.end(), f"{_GOVERNMENT} {canonical}"


_MEMBER_BEFORE = re.compile(r"(?i:ủy viên|bí thư)(?: +dự khuyết)? +$")


# How the lexicon-less provincial organs read by their first letter are labelled.
_CENTRE_LABELS = {"T": "Trung tâm Phục vụ hành chính công", "L": "Liên hiệp các hội Khoa học và Kỹ thuật"}


_GROUPS = ("local", "local_up", "level", "level_up", "place", "place_up", "committee", "clevel", "cplace",
           "dept", "dname", "vp", "vpof", "office", "oname", "region", "country", "steer", "stask", "slevel", "sabout", "academy",
           "aname", "firm", "fname", "society", "sname", "sland", "board", "centre", "clevel2", "cprov",
           "mgmt", "mzones", "zname", "zname2", "mlevel", "mplace", "scity", "aoffice", "abbr", "tax", "tlevel", "tprov")


def _toggled(word: str) -> str:
    return (word[0].lower() if word[0].isupper() else word[0].upper()) + word[1:]


@cache
def _loose_aliases() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Known names written with one word in the other case ("Tòa án Nhân dân Tối cao", "Văn Phòng Chính phủ",
    "Ủy ban thường vụ Quốc hội"): a head for each such first difference, up to and with that word; the rest
    of the name is then matched in any case. Rows are (alias, lowered, canonical), longest first."""
    out: dict[str, list] = {}
    for alias, canonical in lexicon.body_aliases().items():
        words = alias.split(" ")
        for k in range(1, len(words)):
            if not words[k][:1].isalpha():
                continue
            head = " ".join([*words[:k], _toggled(words[k])])
            out.setdefault(head, []).append((alias, alias.lower(), canonical))
    return {head: tuple(sorted(rows, key=lambda r: -len(r[0]))) for head, rows in out.items()}


@cache
def _loose_rows(head: str) -> tuple[tuple[str, str, str], ...]:
    """The rows of the longest loose head that the scan's head starts with."""
    table = _loose_aliases()
    if head in table:
        return table[head]
    best = max((h for h in table if head.startswith(h)), key=len, default=None)
    return table[best] if best else ()


def loose_alias_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    """A known body whose name is written with some word in the other case."""
    rows = _loose_rows(head)
    if not rows:
        return
    view = scan.view
    segment = view[position:position + len(rows[0][0])]
    lowered_segment = segment.lower()
    for alias, lowered, canonical in rows:
        if not lowered_segment.startswith(lowered):
            continue
        end = position + len(alias)
        if end < len(view) and view[end].isalnum():
            continue
        if segment.startswith(alias):
            return  # as listed: alias_at finds it
        yield Found(position, end, _BODY, canonical, kind="body")
        return


# Universities: "Trường Đại học Luật Hà Nội", "Đại học Bách khoa Hà Nội", "Trường Đại học Kiểm sát". The name is a
# capitalised word and a few lower-case ones, then maybe the city; without the city, only after "Trường" ("Đại học
# Luật" may be a degree). The national universities come from the lexicon.
_UNIVERSITY_HEADS = ("Trường Đại học ", "Đại học ")


@cache
def _university_re() -> re.Pattern:
    places = "|".join(re.escape(p) for p in ("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "TP Hồ Chí Minh")
                      + lexicon.provinces())
    return re.compile(rf"(?P<school>Trường )?Đại học (?P<uname>(?!Quốc gia(?!\w))[{UPPER}][{LOWER}]+"
                      rf"(?: [{LOWER}]+){{0,3}})(?: (?P<uplace>{places}))?(?![\w-])")


def university_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    match = _university_re().match(scan.view, position)
    if match is None:
        return
    name = _OFFICE_STOP.sub("", match.group("uname"))
    if match.group("uplace") and name == match.group("uname"):
        end = match.end()
    elif match.group("school"):
        end = match.start("uname") + len(name)
    else:
        return
    yield Found(position, end, _BODY, " ".join(scan.view[position:end].split()), kind="body")


# Steering committees known by the number of the decision that set them up ("Ban Chỉ đạo 751", "Ban Chỉ đạo 389").
_NUMBERED_STEERING_HEADS = ("Ban Chỉ đạo ", "Ban chỉ đạo ")
_NUMBERED_STEERING = re.compile(r"Ban [Cc]hỉ đạo (?P<snumber>\d{2,4})(?![\w/.,-]|,\d)")


def numbered_steering_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    match = _NUMBERED_STEERING.match(scan.view, position)
    if match is not None:
        yield Found(position, match.end(), _BODY, f"Ban Chỉ đạo {match.group('snumber')}", kind="body")


def finders() -> list[tuple[set[str], object]]:
    return [(set(_aliases()), alias_at), (_productive_heads(), productive_at), (set(_loose_aliases()), loose_alias_at),
            ({"Quỹ"}, fund_at), ({_CENTRE}, central_committee_at), (set(_CHIEF_OF_BOARD), commission_of_chief_at),
            ({_INSTITUTE_HEAD}, institute_at), (set(_UNIVERSITY_HEADS), university_at),
            (set(_NUMBERED_STEERING_HEADS), numbered_steering_at)]


# "Trưởng ban Tuyên giáo và Dân vận Trung ương": a chief's title may write the central commission it heads with
# "ban" in lower case.
_CHIEF_OF_BOARD = ("Trưởng ban ", "trưởng ban ")
_CHIEF_WORD = len("Trưởng ")
_CENTRAL_ENDS = (" Trung ương", " TW", " Trung ương Đảng")


@cache
def _central_commissions() -> tuple[tuple[str, str], ...]:
    """(alias in lower case, canonical) of the lexicon's central commissions ("Ban … Trung ương"), longest first."""
    rows = {(alias.lower(), canonical) for alias, canonical in lexicon.body_aliases().items()
            if alias.startswith("Ban ") and alias.endswith(_CENTRAL_ENDS)}
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def commission_of_chief_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    view = scan.view
    start = position + _CHIEF_WORD
    if not view.startswith("ban ", start) or not view[start + 4:start + 5].isupper():
        return  # "Trưởng Ban …" is read as the lexicon writes it; "Trưởng ban chỉ đạo" names no commission
    stretch = view[start:start + len(_central_commissions()[0][0]) + 1].lower()
    for alias, canonical in _central_commissions():
        end = start + len(alias)
        if stretch.startswith(alias) and not (end < len(view) and view[end].isalnum()):
            yield Found(start, end, _BODY, canonical, kind="body")
            return


# "Kết luận số 123-KL/TW ngày 24 tháng 01 năm 2025 của Trung ương", "Nghị quyết 60-NQ/TW ngày 12/4/2025 của Trung
# ương": "Trung ương" alone as the issuer of a central Party document (symbol "…/TW") is the Central Committee.
_CENTRE = "Trung ương"
_CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương"
_CENTRAL_DOCUMENT_OF = re.compile(r"\d+-[A-ZĐ]+/TW(?:\s*,?\s*(?:ngày\s+)?\d{1,2}(?:\s*/\s*|\s+tháng\s+)\d{1,2}"
                                  r"(?:\s*/\s*|\s+năm\s+)\d{4}|\s+năm\s+\d{4})?\s+của\s+$")
# Nothing of a longer name after it ("Trung ương Đảng", "Trung ương Đoàn"): a clause ends or the title begins.
_CENTRE_ENDS = re.compile(r"(?=\s*[,.;:)]|\s*$|\s+(?:về|và|khóa|khoá)\s)")


def central_committee_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    view = scan.view
    end = position + len(_CENTRE)
    if position < 8 or not view.startswith(_CENTRE, position) or view[position - 4:position] != "của " \
            or not _CENTRE_ENDS.match(view, end):
        return
    if _CENTRAL_DOCUMENT_OF.search(view, max(0, position - 70), position):
        yield Found(position, end, _BODY, _CENTRAL_COMMITTEE, kind="body")


# A State fund named as an organisation: a capitalised name and whose it is ("Quỹ Bảo vệ môi trường Việt Nam",
# "Quỹ Bảo vệ môi trường tỉnh Quảng Trị", "Quỹ Đầu tư phát triển Thành phố"). A fund of money ("Quỹ bảo hiểm
# thất nghiệp") is written in lower case; a bare "Quỹ Bảo vệ môi trường" is the kind of fund.
_FUND = re.compile(rf"Quỹ [{UPPER}][{LOWER}]*(?: [{LOWER}]+){{0,6}}? (?:Việt Nam|(?:tỉnh|thành phố) {_PLACE}"
                   rf"|Thành phố(?! +[{UPPER}])|quốc gia|Trung ương)(?![\w-])")


def fund_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    match = _FUND.match(scan.view, position)
    if match is not None:
        yield Found(match.start(), match.end(), _BODY, " ".join(match.group(0).split()), {}, kind="body")


def _title(upper_words: str) -> str:
    return " ".join(w[0] + w[1:].lower() for w in upper_words.split())


# Party organs and the inspectorate are not read as sharing a place: "Đảng ủy" of a province is its "Tỉnh ủy".
_NOT_SHARING = ("Đảng bộ", "Đảng ủy", "Đảng ủy các cơ quan Đảng", "Thanh tra")


@cache
def _shared_place_re() -> re.Pattern:
    """After a bare local organ: the other organs of a list and the last one's level and known place
    ("…, Ủy ban nhân dân thành phố Huế", "…, HĐND, UBND, Đoàn ĐBQH, Ủy ban MTTQVN tỉnh Điện Biên")."""
    forms = sorted({f for organ, written in _LOCAL_ORGANS.items() if organ not in _NOT_SHARING for f in written},
                   key=len, reverse=True)
    organs = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?: *, *| +và +)(?:(?:{organs})(?: *, *| +và +)){{0,5}}(?:{organs})"
                      rf" +(?P<slvl>tỉnh|thành phố|Thành phố) +(?P<splace>{_provinces()})(?!\w)")


# "Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Điện Biên": the delegation and the deputies of one province.
_DELEGATION = "Đoàn đại biểu Quốc hội"


@cache
def _deputies_place_re() -> re.Pattern:
    return re.compile(rf" +và +đại biểu Quốc hội +(?P<slvl>tỉnh|thành phố|Thành phố) +(?P<splace>{_provinces()})(?!\w)")


def institute_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    view = scan.view
    if not view[position + 5:position + 6].isupper():
        return  # "Viện trưởng", "Viện kiểm sát …"
    match = _INSTITUTE.match(view, position)
    if match is None:
        return
    name = _INSTITUTE_STOP.sub("", match.group("iname"))
    end = match.start("iname") + len(name)
    if " " not in name or _FIELDS_LISTED.match(view, end):
        return  # "Viện Văn hóa, Nghệ thuật, …": the name goes on past the comma
    yield Found(position, end, _BODY, f"Viện {name}", kind="body")


def productive_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    """Bodies named by a pattern: local organs and their place, provincial departments, offices, academies."""
    view = scan.view
    if (head in _SOCIETY_HEADS or view.startswith(_SOCIETY_HEADS, position)) \
            and view.startswith(_NOT_SOCIETY, position + 4):
        return  # "Hội nghị", "Hội viên": no association, and the scan reports them often
    match = _productive_re().match(view, position)
    if match is not None:
        groups = match  # read by name, as a groupdict would be: only the few groups the branch needs
        start, end = match.start(), match.end()
        bare = False
        if groups["local"] or groups["local_up"]:
            upper = bool(groups["local_up"])
            organ = groups["local_up"] if upper else groups["local"]
            organ = _ORGAN_OF_FORM.get(organ, organ)
            organ = _LOCAL_ALIASES.get(organ, organ)
            level = groups["level_up"] if upper else groups["level"]
            place = groups["place_up"] if upper else groups["place"]
            if place and level and level.lower() not in ("tỉnh", "thành phố"):
                # Below the province, a place may begin with a province's name ("xã Long An Tây").
                start_of = match.start("place_up" if upper else "place")
                longer = (_PLACE_UPPER_RE if upper else _PLACE_RE).match(view, start_of)
                if longer and longer.end() > start_of + len(place):
                    place = longer.group(0)
                    end = longer.end()
            organ_end = match.end(("level_up" if upper else "level") if level else ("local_up" if upper else "local"))
            if place and scan.cut_at_blank_line(organ_end, end) is not None:
                place = None  # "Ủy ban nhân dân thành phố**\n\nTrên …": the next block, not the city's name
            if place and level and level.lower() == "tỉnh" and not _is_province(place):
                # Every province is in the lexicon: after "tỉnh" other capitalised words are the next heading or
                # cell ("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH CÔNG BỐ THỦ TỤC …", "Ủy ban nhân dân tỉnh\nSở …").
                place = None
            if organ in ("Đảng bộ", "Đảng ủy") and not (level and place):
                return  # "Đảng bộ Chính phủ" and the like come from the lexicon
            if organ in _LEVELLED_ONLY and not level:
                return
            if not place:
                end_of = match.end("level_up" if upper else "level") if level else match.end("local_up" if upper else "local")
                generic = _GENERIC_AFTER_LEVEL if level else _GENERIC_AFTER
                if level == "Thành phố":
                    # Capitalised, the city the text is about: ", các Ban của …" goes on to its own units.
                    generic = _GENERIC_AFTER_COMMITTEE
                if generic.match(view, end_of) or (level and view[end_of:end_of + 1].isalnum()):
                    shared = _shared_place_re().match(view, end_of) if not level and organ not in _NOT_SHARING else None
                    if shared is None and organ == _DELEGATION and not level:
                        shared = _deputies_place_re().match(view, end_of)
                    if shared is None:
                        return
                    # "Hội đồng nhân dân, Ủy ban nhân dân thành phố Huế": the list's last organ names the place of all.
                    yield Found(start, end_of, _BODY, f"{organ} {shared['slvl'].lower()} {' '.join(shared['splace'].split())}",
                                kind="body")
                    return
                end = end_of
                bare = True
            label = organ
            if level:
                label += " " + level.lower()
                if not upper and place and place.isupper():
                    return
            if place:
                label += " " + (_title(place) if upper else " ".join(place.split()))
        elif groups["committee"]:
            committee = groups["committee"]
            committee = committee if not committee.isupper() else committee[0] + committee[1:].lower()
            place = groups["cplace"]
            if place is None:
                # A bare committee: the locality the text names (graph.find places it), or none.
                end = match.end("clevel") if groups["clevel"] else match.end("committee")
                if _GENERIC_AFTER_COMMITTEE.match(view, end):
                    return
                yield Found(start, end, _BODY, committee, {"bare": True}, kind="body")
                return
            label = f"{committee} {_title(place) if place.isupper() else ' '.join(place.split())}"
        elif groups["dept"]:
            if _GENERIC_DEPARTMENT.match(view, end):
                return  # "Sở Y tế các tỉnh, TP trực thuộc TW", "Sở Tư pháp tỉnh, thành phố trực thuộc trung ương"
            label = "Sở " + _aliases()["Bộ " + groups["dname"]][3:]  # "Sở KH&CN" is "Sở Khoa học và Công nghệ"
        elif groups["vp"]:
            label = f"Văn phòng {_aliases().get(' '.join(groups['vpof'].split()), ' '.join(groups['vpof'].split()))}"
        elif groups["office"]:
            if _PLACE_LEVEL_BEFORE.search(view, max(0, start - 12), start):
                return  # "thị trấn Vụ Bản": a place's name
            oname = groups["oname"]
            ahead = view[match.start("oname"):match.end("oname") + _OFFICE_STOP_AHEAD]
            name = min(_OFFICE_STOP.sub("", oname), _OFFICE_STOP.sub("", ahead)[:len(oname)].rstrip(" "), key=len)
            if (cut := scan.cut_at_blank_line(match.start("oname"), match.start("oname") + len(name))) is not None:
                name = view[match.start("oname"):cut]  # "… Bảo vệ thực vật\n\nf": the next block
            end = match.start("oname") + len(name)
            if groups["region"] and end == match.end("oname"):
                name += " " + groups["region"].strip()
                end = match.end("region")
            if groups["country"] and end == match.start("country") \
                    and f"{groups['office']} {name}" not in _aliases():  # "Tổng cục Hải quan" is the lexicon's
                name += " Việt Nam"
                end = match.end("country")
            label = f"{groups['office']} {_HYPHEN.sub(' - ', name)}"
        elif groups["aoffice"]:
            label = " ".join(match.group(0).split())
        elif groups["steer"]:
            if groups["stask"].endswith(","):
                return
            label = " ".join(match.group(0).split())
            if groups["stask"] and not groups["sabout"]:
                # "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực Trung ương": the committee the lexicon
                # names with its level first ("Ban Chỉ đạo Trung ương về phòng, chống …").
                task = " ".join(groups["stask"].split())
                label = _lowered_aliases().get(f"ban chỉ đạo {groups['slevel'].lower()} về {task}".lower(), label)
            if not groups["stask"] and not groups["sabout"]:
                # "Ban Chỉ đạo quốc gia" after "Ban Chỉ đạo quốc gia về …": graph.resolve joins it to that name.
                yield Found(start, end, _BODY, label, {"short_of_named": True}, kind="body")
                return
        elif groups["firm"] or groups["society"]:
            if groups["scity"] and groups["society"] != "Hiệp hội":
                return  # a city's own society ("Hội … Hà Nội") is left to the lexicon
            label = " ".join(match.group(0).split())
            # A known organisation keeps the lexicon's spelling ("Hội liên hiệp phụ nữ Việt Nam").
            label = _lowered_aliases().get(label.lower(), _title(label) if label.isupper() else label)
        elif groups["centre"]:
            head = _CENTRE_LABELS[groups["centre"][0]]
            label = f"{head} {groups['clevel2'].lower()}"
            if groups["cprov"]:
                label += " " + " ".join(groups["cprov"].split())
            elif (_GENERIC_AFTER_LEVEL.match(view, end) and not _NOT_GENERIC_AND.match(view, end)) \
                    or view[end:end + 1].isalnum():
                return  # "… tỉnh, cấp xã", "… tỉnh và các xã": generic
            else:
                bare = True
        elif groups["mgmt"]:
            if not (groups["zname"] or groups["zname2"] or groups["mlevel"]):
                return
            label = _ZONE_KIND.sub(lambda kind: kind.group(0).lower(), " ".join(match.group(0).split()))
            if not groups["mlevel"]:
                # "Ban Quản lý Khu kinh tế mở Chu Lai" after its name with the city: graph.resolve joins them.
                yield Found(start, end, _BODY, label, {"short_of_named": True}, kind="body")
                return
            if not groups["mplace"]:
                if _GENERIC_AFTER_LEVEL.match(view, end) and groups["mlevel"] != "Thành phố":
                    return
                # The board of the province the text names: graph.find keeps it when that name is in the text.
                label = label[:-len(groups["mlevel"])] + groups["mlevel"].lower()
                bare = True
        elif groups["tax"]:
            label = f"Thuế {groups['tlevel'].lower()} {' '.join(groups['tprov'].split())}"
        elif groups["board"]:
            label = _HYPHEN.sub(" - ", " ".join(groups["board"].split()))
        else:
            label = match.group(0)
        yield Found(start, end, _BODY, label, {"bare": True} if bare else {}, kind="body")
