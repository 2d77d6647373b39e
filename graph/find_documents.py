"""Find document references: numbered ("Nghị định số 89/2021/NĐ-CP ngày …", "Kết luận 118"), grouped
("… 18-NQ/TW, 19-NQ/TW"), and documents named without a number ("Luật Đất đai năm 2024", "Hiến pháp
năm 2013", "Điều lệ Đảng", "Nghị quyết Đại hội XIII").
"""
from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from . import lexicon
from .dates import DATE_SHAPE, date_in, year_in
from .found import KHOA, LOWER, ROMAN, UPPER, Found, Scan, case_variants, literal_union
from .normalise import CYRILLIC_LOOKALIKES, fold, normalise_symbol
from .types import EntityType

_YEAR = r"(?:19|20)\d{2}(?!\d)"
# A symbol: a number, then "-" or "/" separated codes or years (39-KL/TW, 89/2021/NĐ-CP, 1579/QĐ-TTg,
# "1314/NQ- UBTVQH15" with a stray space after the separator).
# Markdown residue blanked in the view may leave a few spaces before a separator ("203**/2025/QH15") or on both
# sides of it ("63**/**2010**/**NĐ-CP").
# A code may join two units with "&" ("2252/SNV-TCBC&TCPCP", "136/TTr-SVHTT&DL").
_CODE = rf"[A-Za-zĐđ]+(?:&[A-ZĐ]+)*\d*(?!\w)|[A-ZĐ{CYRILLIC_LOOKALIKES}]{{2,}}(?!\w)"
_UPPER_CODE = r"[A-ZĐ][A-ZĐ]+(?:&[A-ZĐ]+)*\d*(?!\w)"
# After a spaced separator, a mixed-case code only when another part follows ("4834 /TTr-SXD"), or an issuer code
# of capitals and one small letter at the end ("227/QĐ- TTg"), a shape no word of prose has.
_SPACED_CODE = r"(?:[A-ZĐ][A-Za-zĐđ]+(?=[-/][A-ZĐ])|[A-ZĐ]{2,}[a-z](?!\w))"
# A space around a separator is allowed before a year or an upper-case code only ("1314/NQ- UBTVQH15"), so
# that "18-NQ/TW - theo đó" does not take the next word.
# A number may hold a dot ("66.2/2025/NQ-CP": a resolution issued in parts).
# The legislature's term may stand apart from its code ("Luật số: 75/2006/QH 11", "Luật số 32/2013/QH 13").
# A converter's bold over one digit of the term leaves it split in the view ("39/2024/QH**1**5**").
_SPACED_TERM_CODE = r"(?:UBTV)?QH(?: {1,3}\d{2}|  \d  \d)(?![\w/-])"
# A type code run into the year ("49/2025TT-BCT"), taken when an issuer follows; normalise_symbol puts the slash back.
_CODE_RUN_INTO_YEAR = r"(?<=\d/(?:19|20)\d\d)[A-ZĐ]{2,}(?=-[A-ZĐ])"
SYMBOL = (rf"(?:\d{{1,2}}  (?=\d{{1,3}}[-/]))?\d{{1,5}}(?:\.\d{{1,2}}(?=/))?[a-zđ]?(?:[-/](?:{_YEAR}|{_SPACED_TERM_CODE}|{_CODE})"
          rf"|(?: {{1,3}}[-/] {{0,3}}|[-/] {{1,3}})(?:{_YEAR}|{_UPPER_CODE}|{_SPACED_CODE})|{_CODE_RUN_INTO_YEAR})+")
_BARE_NUMBER = r"\d{1,5}[a-z]?(?![\w/-])(?![.,]\d)"
# What may follow a reference: its date ("ngày 18/7/2022", ", ngày 09/01/2025", "(18/7/2022)") or year.
# "Nghị quyết 72-NQ/TW năm 2025 ngày 09 tháng 9 năm 2025": the year, then the date.
TAIL = rf"(?: *,? *\( *{DATE_SHAPE} *(?:\)|(?= +của +))| *,? *{DATE_SHAPE}| +(?i:năm) +{_YEAR}(?: *,? +(?i:ngày) +{DATE_SHAPE})?)"
# "Kế hoạch 5 năm", "30 ngày": a count, not a reference; but "Quy định 232 ngày 20/1/2025", "Nghị quyết 71
# năm 2025" are references with their date or year.
_NOT_A_REFERENCE_AFTER_NUMBER = re.compile(
    rf" *(?:%|(?:năm(?! +{_YEAR})|tháng|ngày(?! +\d{{1,2}} *[/.\-]| +\d{{1,2}} +tháng)|tuần|giờ|lần|người|đồng|triệu"
    rf"|tỷ|nghìn)(?!\w))")
_DIGIT = re.compile(r"\d")
_NUMBER_REACH = 48
_LIST_HEAD_REACH = 240
_HAS_CODE = re.compile(r"[A-Za-zĐđ]")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_NUMBER_YEAR = re.compile(rf"\d+[a-z]?/({_YEAR})")
_YEAR_ONLY = re.compile(_YEAR)


@cache
def _phrase_table() -> dict[str, lexicon.DocumentType]:
    return {d.phrase.lower(): d for d in lexicon.document_types()}


@cache
def _numbered_re() -> re.Pattern:
    types = "|".join(re.escape(d.phrase) for d in lexicon.document_types())
    return re.compile(
        # A qualifier of a few lower-case words before a full symbol: "Báo cáo thẩm tra số …", "Báo cáo thẩm tra bổ
        # sung số …", "Báo cáo giải trình, tiếp thu số 490/BC-UBND".
        rf"(?<!\w)(?P<type>(?i:{types}))(?: +(?P<qualifier>(?!số (?!số ))[{LOWER}]+(?:,? +(?!số )[{LOWER}]+){{0,3}})(?= +(?:số +)?\d{{1,5}}[-/]))?"
        rf"(?P<so> +(?i:số))? *:? *"
        rf"(?P<symbol>{SYMBOL}|{_BARE_NUMBER})(?P<tail>{TAIL})?"
    )


_SPACED_ISSUER = re.compile(r" (?P<code>[A-ZĐ][A-Za-zĐ]*\d*)(?![\w/-])")
_MORE = re.compile(rf" *(?:,|;|,? +(?:và|hoặc)) *(?:(?i:số) +)?(?P<symbol>{SYMBOL})(?P<tail>{TAIL})?")


def _reference(start: int, end: int, doc: lexicon.DocumentType, symbol: str, tail: str | None) -> Found | None:
    symbol = normalise_symbol(symbol)
    number = _DIGITS.match(symbol).group(0)
    attributes: dict = {"number": number}
    kind = "short"
    if not symbol[len(number):].lstrip("abcdefghijklmnopqrstuvwxyzđ") == "" or "/" in symbol or "-" in symbol:
        if not _HAS_CODE.search(symbol[len(number):]):
            number_and_year = _NUMBER_YEAR.fullmatch(symbol)
            if number_and_year is None:
                return None  # "2021-2025": years, not a symbol
            # "Nghị định 168/2024": the number and the year, without the issuer's code.
            attributes["year"] = number_and_year.group(1)
            label = f"{doc.phrase} số {number}/{attributes['year']}"
            return Found(start, end, doc.type, label, attributes, "short")
        attributes["symbol"] = symbol
        kind = "reference"
    date = date_in(tail)
    if date:
        attributes["date"] = date
    elif tail and (year := year_in(tail)):
        attributes["year"] = year
    label = f"{doc.phrase} số {symbol}"
    return Found(start, end, doc.type, label, attributes, kind)


# A blank line inside emphasis that goes on in lower case or with a number ("ngày 03 tháng 6*\n\n*năm 2025", a
# converter's break of one italic sentence into paragraphs) does not end the sentence.
_NEW_PARAGRAPH = re.compile(rf"\n[ \t*#|]*(?:\n(?![ \t|]*\*+[ \t]*(?:[{LOWER}]|\d+(?![.)\d])))|[{UPPER}])")


def _same_line(scan: Scan, start: int, end: int) -> bool:
    """A reference's date does not lie past a blank line or a line that starts with a capital
    ("Quy định 366\n\nNgày 30/8/2025, …" starts a new sentence); a hard-wrapped line (",\nngày 21/6/2024")
    goes on."""
    return scan.content is None or _NEW_PARAGRAPH.search(scan.content, start, end) is None


def numbered_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    """"Nghị quyết số 18-NQ/TW ngày 16/6/2022", "Kết luận 118", and grouped siblings ", 19-NQ/TW"."""
    view = scan.view
    # Most type words are not followed by a number: a digit must come within a short reach of the head
    # (a two-word qualifier, "số", a colon), which is much cheaper to test than the full pattern.
    if _DIGIT.search(view, position, position + len(head) + _NUMBER_REACH) is None:
        if head[:1].isupper() and view.find(":", position, position + _LIST_HEAD_REACH) >= 0:
            yield from _typed_list(scan, position)  # the issuer's name may be long
        return
    match = _numbered_re().match(view, position)
    if match is None:
        if view.find(":", position, position + _LIST_HEAD_REACH) >= 0:
            yield from _typed_list(scan, position)
        return
    if scan.state.get("inner_laws", {}).get(position) is False:
        return  # a law named inside an amending law's title: the number that follows is the amending law's
    surface, symbol = match.group("type"), match.group("symbol")
    doc = _phrase_table()[surface.lower()]
    qualifier = match.group("qualifier")
    if qualifier and doc.type in (EntityType.LAW.value, EntityType.ORDINANCE.value):
        return  # "Luật giáo dục số 38/2005/QH11": a statute's lower-case name, which law_at reads with its number
    full = bool(_HAS_CODE.search(symbol))
    if not full and not _same_line(scan, match.end("type"), match.start("symbol")):
        return  # "Điều 2. Nguyên tắc áp dụng Nghị định**\n\n1.": a bare number past a paragraph is a list item
    if not full and scan.content is not None and "\n" in scan.content[match.end("type"):match.start("symbol")] \
            and view.startswith((".", ")"), match.end("symbol")):
        return  # "Bãi bỏ toàn bộ các Quyết định**\n1. Bãi bỏ …": the number opens a list item on its line
    if not surface[0].isupper():
        # Lower-case type words ("pháp luật số …" is not a law) count only with a full symbol.
        if not full or doc.type == EntityType.LAW.value:
            return
    if not full:
        if _YEAR_ONLY.fullmatch(symbol) or _NOT_A_REFERENCE_AFTER_NUMBER.match(view, match.end("symbol")) \
                or doc.type == EntityType.CONSTITUTION.value:
            return
    tail = match.group("tail")
    symbol_end = match.end("symbol")
    spaced = _SPACED_ISSUER.match(view, symbol_end) if full and not tail else None
    if spaced is not None and spaced.group("code") in lexicon.symbol_issuers() and "-" not in symbol.rsplit("/", 1)[-1]:
        # "Quyết định 927/QĐ TTg năm 2024": a space written for the hyphen before the issuer's code.
        symbol, symbol_end = f"{symbol}-{spaced.group('code')}", spaced.end()
        more_tail = re.compile(TAIL).match(view, symbol_end)
        tail = more_tail.group(0) if more_tail else None
        end_of_tail = more_tail.end() if more_tail else symbol_end
    else:
        end_of_tail = match.end("tail") if tail else symbol_end
    if tail and not _same_line(scan, symbol_end, end_of_tail):
        tail = None
    end = end_of_tail if tail else symbol_end
    found = _reference(match.start(), end, doc, symbol, tail)
    if found is None:
        return
    if qualifier:
        found.attributes["qualifier"] = " ".join(qualifier.split())  # "thẩm tra" of "Báo cáo thẩm tra số …"
    yield found
    if not full:
        return
    position = end
    while (more := _MORE.match(view, position)) is not None:
        if not _same_line(scan, position, more.end("symbol")):
            break
        tail = more.group("tail")
        if tail and not _same_line(scan, more.end("symbol"), more.end("tail")):
            tail = None
        more_end = more.end("tail") if tail else more.end("symbol")
        sibling = _reference(more.start("symbol"), more_end, doc, more.group("symbol"), tail)
        if sibling is None:
            break
        yield sibling
        position = more_end


@cache
def _typed_list_re() -> re.Pattern:
    types = "|".join(re.escape(d.phrase) for d in lexicon.document_types())
    return re.compile(rf"(?P<type>{types})(?: +của +(?P<issuer>[^:;.]{{2,200}}?))? *:[ *_]*(?P<item>(?:(?P=type) +)?(?:(?i:số) +)?"
                      rf"(?P<symbol>{SYMBOL})(?P<tail>{TAIL})?)")


# The next item of a typed list: a sibling ("… ngày 14/5/2013 và số 92/2017/NĐ-CP"), or after the previous
# item's description, "; số 187/2025/NĐ-CP ngày …" — or ", Thông tư số 12/2025/TT-BTC …" when the type is written.
_NEXT_LISTED = (rf"(?: *(?:,|,? +(?:và|hoặc)) *|[^;.]{{0,400}}?(?:; *(?:và +)?(?=(?:{{type}} +)?(?i:số))"
                rf"|, *(?={{type}} +(?i:số))))"
                rf"(?P<item>(?:{{type}} +)?(?:(?i:số) +)?(?P<symbol>{SYMBOL})(?P<tail>{TAIL})?)")


@cache
def _next_listed_re(type_word: str) -> re.Pattern:
    """The next item of a list of documents of the type written `type_word` ("số …" or "Nghị định số …")."""
    return re.compile(_NEXT_LISTED.replace("{type}", re.escape(type_word)))


def _typed_list(scan: Scan, position: int) -> Iterator[Found]:
    """"Căn cứ các Nghị định của Chính phủ: số 78/2025/NĐ-CP ngày …; số 187/2025/NĐ-CP ngày …" (or "…: Nghị định
    số 88/2024/NĐ-CP …; Nghị định số …"): every item is a document of the type named before the colon, made by
    the issuer named there (`of_issuer`: its span)."""
    view = scan.view
    match = _typed_list_re().match(view, position)
    if match is None or not _HAS_CODE.search(match.group("symbol")):
        return
    doc = _phrase_table()[match.group("type").lower()]
    issuer = (match.start("issuer"), match.end("issuer")) if match.group("issuer") else None
    item = match
    while item is not None:
        tail = item.group("tail")
        if tail and not _same_line(scan, item.end("symbol"), item.end("tail")):
            tail = None
        end = item.end("tail") if tail else item.end("symbol")
        found = _reference(item.start("item"), end, doc, item.group("symbol"), tail)
        if found is None or not _HAS_CODE.search(item.group("symbol")):
            return
        if issuer:
            found.attributes["of_issuer"] = issuer
        yield found
        item = _next_listed_re(match.group("type")).match(view, end)


# Words that end a name written after "Luật" / a program type word.
_STOP_WORDS = (
    "ngày năm số của về do được đã đang sẽ và hoặc với theo tại trong cho để từ đến này đó thì là có không "
    "mới các những nhằm trên khi cũng phải bị như vào sau trước gồm thuộc nay đây vừa qua lần tới bằng "
    "hết còn nêu mà nhưng nên vì nếu"
).split()
_STOP_PHRASES = sorted({*_STOP_WORDS, "quy định", "hiện hành", "sửa đổi", "thay thế", "bãi bỏ", "ban hành",
                        "thi hành", "kỳ họp", "hợp nhất", "đối với", "dự kiến", "trong đó", "đồng thời",
                        "góp phần", "bao gồm", "bảo đảm", "đảm bảo", "thực hiện", "triển khai", "giai đoạn"},
                       key=len, reverse=True)
# A name stops at the next document's type phrase, written whole: "Công" alone begins "Luật … Công an xã" too.
_TYPE_HEADS = sorted({d.phrase for d in lexicon.document_types()} | {"Bộ", "Hiến", "Luật"})


def _stop_alternation() -> str:
    forms = set()
    for phrase in _STOP_PHRASES:
        forms.update({phrase, phrase.upper(), phrase[0].upper() + phrase[1:]})
    forms.update(_TYPE_HEADS)
    forms.update(h.upper() for h in _TYPE_HEADS)
    # Only ever looked for in a negative look-ahead, where the order of the words does not matter: a trie.
    return literal_union(forms)


def _type_alternation() -> str:
    return literal_union({*_TYPE_HEADS, *(h.upper() for h in _TYPE_HEADS)})  # in a look-ahead too


@cache
def _law_re() -> re.Pattern:
    # The names as a trie of their lower-case forms, matched ignoring case: a text position follows one path of
    # it, where the longer name is tried first, as in the list of names longest first.
    names = literal_union({n.lower() for n in lexicon.law_names()})
    word = rf"[{UPPER}{LOWER}]+"
    # "Phòng, chống …" is the one comma a productive law name holds (the lexicon lists the others).
    more = rf"(?:(?: +|, +(?=chống ))(?!(?:{_stop_alternation()})(?!\w)){word}){{0,7}}"
    return re.compile(
        # "kỷ luật" is discipline ("XỬ LÝ KỶ LUẬT CÁN BỘ"), "pháp luật" the law in general.
        rf"(?<!\w)(?<![Pp]háp )(?<!PHÁP )(?<![Kk]ỷ )(?<!KỶ )(?<![Kk]ỉ )(?<!KỈ )"
        rf"(?P<type>Bộ luật|BỘ LUẬT|Luật|LUẬT|Pháp lệnh|PHÁP LỆNH) +"
        # "Pháp lệnh về phí và lệ phí số 38/2001/PL-UBTVQH10": "về" before a name its number follows.
        rf"(?:(?i:về) +(?=[^.;:]{{1,80}}? +(?i:số) +{SYMBOL}))?"
        rf"(?P<name>(?:(?i:{names})(?!\w)|(?!(?:{_stop_alternation()})(?!\w))[{UPPER}{LOWER}][{UPPER}{LOWER}]*){more}"
        # "Luật Đo đạc và bản đồ số 27/2018/QH14", "Pháp lệnh Ký kết và thực hiện thỏa thuận quốc tế số
        # 33/2007/PL-UBTVQH11": a name goes on over "và" when its symbol follows.
        rf"(?: +và(?: +(?!(?:{_type_alternation()})(?!\w))[{LOWER}]+){{1,7}}(?= +(?i:số) +{SYMBOL}))?)"
        rf"(?P<year> +(?i:năm) +{_YEAR}| +{_YEAR})?"
        rf"(?P<num> +(?i:số) +(?P<symbol>{SYMBOL}))?"
        rf"(?P<tail> *,? *{DATE_SHAPE})?"
    )


@cache
def _law_label_of() -> dict[str, str]:
    return {fold(n): n for n in lexicon.law_names()}


def _law_name_label(name: str) -> str:
    known = _law_label_of().get(fold(name))
    if known:
        return known
    if name.isupper():
        lowered = name.lower()
        return lowered[0].upper() + lowered[1:]
    return name


# "Luật sửa đổi, bổ sung một số điều của Luật X và Luật Y": an amending law named by what it amends (the comma is
# sometimes left out: "Luật sửa đổi bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật").
_AMENDING_LAW = re.compile(
    r"(?<!\w)(?P<type>Luật|LUẬT|Pháp lệnh|PHÁP LỆNH) +(?P<what>(?i:sửa đổi,? bổ sung|sửa đổi|bổ sung)"
    r"(?: +(?i:một số điều|một số điều, khoản|Điều +\d+[a-z]?))?"
    # "Luật Sửa đổi, bổ sung một số điều Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15": "của" unwritten.
    r"(?: +(?i:của))? +)"
)


_AMEND_WITHOUT_COMMA = re.compile(r"^sửa đổi bổ sung")
_JOINER = re.compile(r" *(?:,|và) *")
# "… của Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi, bổ sung …": that number is the amended law's.
_AMENDED_BEFORE = re.compile(r" *,? *(?:đã +)?được +sửa đổi")
_AMENDING_TAIL = re.compile(rf"(?P<year> +(?i:năm) +{_YEAR})?(?P<tail> *,? *{DATE_SHAPE})?")


def _amending_law(scan: Scan, match: re.Match) -> Found | None:
    """"Luật sửa đổi, bổ sung một số điều của Luật X và Luật Y …": the amended laws' starts are noted so
    that their own matches leave the number and date that follow to the amending law (`inner_laws`: start →
    whether the amended law keeps its own number)."""
    view, pattern = scan.view, _law_re()
    inner_starts = scan.state.setdefault("inner_laws", {})
    position, names, bare_names, end, inner_symbols = match.end(), [], [], match.end(), []
    while (inner := pattern.match(view, position)) is not None:
        # "… CỦA LUẬT BẢO HIỂM Y TẾ\n\n*Căn cứ …": the amended law's name ends at the blank line.
        cut = scan.cut_at_blank_line(inner.start("name"), inner.end("name"))
        name_end = inner.end("name") if cut is None else cut
        bare_names.append(_law_name_label(view[inner.start("name"):name_end]))
        names.append(f"{_NAMED_LAW_TYPES[inner.group('type').lower()][0]} {bare_names[-1]}")
        inner_starts[inner.start()] = False
        end = name_end
        if cut is not None:
            break
        if inner.group("symbol"):
            inner_symbols.append(inner)
        joiner = _JOINER.match(view, inner.end("symbol") if inner.group("symbol") else end)
        if joiner and view.startswith(("Luật", "LUẬT"), joiner.end()):
            position = joiner.end()
            continue
        break
    if not names:
        return None
    phrase, law_type = _NAMED_LAW_TYPES[match.group("type").lower()]
    # The same amending law written with or without "một số điều" is one: its key is what it amends.
    key_prefix = "" if law_type == EntityType.LAW.value else f"{phrase} "
    attributes = {"name": fold(key_prefix + "sửa đổi, bổ sung " + " và ".join(bare_names)), "nests": True}
    if len(inner_symbols) == 1 and inner_symbols[0] is inner and not _AMENDED_BEFORE.match(view, _AMENDING_TAIL.match(
            view, inner_symbols[0].end("symbol")).end()):
        # "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng số 62/2020/QH14", "… của Luật Cán bộ, công chức và
        # Luật viên chức số 52/2019/QH14": one number after the title is the amending law's own; when each law
        # has one ("… của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15") each is that law's.
        symbol = normalise_symbol(inner_symbols[0].group("symbol"))
        attributes.update(symbol=symbol, number=_DIGITS.match(symbol).group(0))
        end = inner_symbols[0].end("symbol")
    else:
        for inner in inner_symbols:
            inner_starts[inner.start()] = True
        if inner_symbols:
            end = max(end, inner_symbols[-1].end("symbol"))
    tail = _AMENDING_TAIL.match(view, end)
    end = max(end, tail.end())
    if (date := date_in(tail.group("tail"))):
        attributes["date"] = date
    elif (year := year_in(tail.group("year"))):
        attributes["year"] = year
    what = re.sub(r"(?i) +của *$", "", match.group("what").strip())  # "sửa đổi, bổ sung một số điều", without "của"
    what = what.lower() if what.isupper() else what[0].lower() + what[1:]
    what = _AMEND_WITHOUT_COMMA.sub("sửa đổi, bổ sung", what)
    of = " của " if re.search(r"(?i) của *$", match.group("what")) else " "
    label = f"{phrase} {what}{of}" + " và ".join(names)
    return Found(match.start(), end, law_type, label, attributes, kind="named")


def _known_law_prefix(name: str) -> str | None:
    """The longest law name of the lexicon that `name` starts with, when a lower-case word follows it."""
    words = name.split(" ")
    for k in range(len(words) - 1, 1, -1):  # two words at least: "Luật Thuế …" may be any tax law
        if words[k][:1].islower() and fold(" ".join(words[:k])) in _law_label_of():
            return " ".join(words[:k])
    return None


# A statute's long name with its number, which the name pattern above stops short of: commas ("Luật khiếu nại,
# tố cáo số 09/1998/QH10", "Pháp lệnh bưu chính, viễn thông số 43/2002/PL-UBTVQH10"), a body's name ("Luật tổ chức
# Hội đồng nhân dân và Ủy ban nhân dân số 11/2003/QH11", "Pháp lệnh Bộ đội Biên phòng số 02/1997/PL-UBTVQH9"),
# "của"/"đối với" ("Luật hoạt động giám sát của Quốc hội số 05/2003/QH11"). Only letters, spaces and commas lie
# between the type word and "số", and the number is a statute's (the legislature's code): nothing else to misread.
_LONG_NAME_REACH = 120
_STATUTE_SYMBOL = re.compile(rf"\d{{1,4}}/{_YEAR}/(?:PL-)?(?:UBTV)?QH\d{{1,2}}")


@cache
def _long_named_law_re() -> re.Pattern:
    return re.compile(
        rf"(?P<type>Bộ luật|Luật|Pháp lệnh) +(?P<name>[{UPPER}{LOWER}][{UPPER}{LOWER} ,]{{2,{_LONG_NAME_REACH}}}?)"
        rf" +(?i:số) +(?P<symbol>{SYMBOL})(?P<tail> *,? *{DATE_SHAPE})?")


@cache
def _not_in_long_name_re() -> re.Pattern:
    # Another document's type word, or words that end a name: "Luật Đất đai, Nghị định số …", "Luật này, …".
    words = {d.phrase.lower() for d in lexicon.document_types()} | {"hiến pháp", "này", "được", "theo"}
    return re.compile(rf"(?<!\w)(?i:{literal_union(words)})(?!\w)")


def _long_named_law(scan: Scan, position: int) -> Found | None:
    if scan.view.find(" số ", position, position + _LONG_NAME_REACH + 20) < 0:
        return None  # most names have no number after them: the pattern is not tried
    match = _long_named_law_re().match(scan.view, position)
    if match is None:
        return None
    name = re.sub(r"^(?i:về) +", "", match.group("name").strip(" ,"))  # "Pháp lệnh về nhập cảnh, …": "về" is no name
    symbol = normalise_symbol(match.group("symbol"))
    if (not _STATUTE_SYMBOL.fullmatch(symbol) or _not_in_long_name_re().search(name)
            or not _same_line(scan, position, match.end("symbol"))):
        return None
    phrase, law_type = _NAMED_LAW_TYPES[match.group("type").lower()]
    label_name = _law_name_label(name)
    attributes: dict = {"name": fold(label_name), "symbol": symbol, "number": _DIGITS.match(symbol).group(0)}
    end = match.end("symbol")
    if match.group("tail") and _same_line(scan, end, match.end("tail")) and (date := date_in(match.group("tail"))):
        attributes["date"] = date
        end = match.end("tail")
    return Found(position, end, law_type, f"{phrase} {label_name}", attributes, kind="named")


# A law's name followed by this mark names the bill or new law that is to replace the law of that name.
_REVISED_MARK = "(sửa đổi)"
REVISED = re.compile(r" *\((?:sửa đổi|Sửa đổi|SỬA ĐỔI)\)")


# "sư" after "Luật": "luật sư", a lawyer.
_LAWYER = "sư"


# Type words that name a statute by its subject ("Luật Đất đai", "Pháp lệnh Dân số"): label word and type.
_NAMED_LAW_TYPES = {"luật": ("Luật", EntityType.LAW.value), "bộ luật": ("Bộ luật", EntityType.LAW.value),
                    "pháp lệnh": ("Pháp lệnh", EntityType.ORDINANCE.value)}


def law_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    """Laws by name: "Luật Đất đai năm 2024", "Luật Lưu trữ số 33/2024/QH15, ngày 21/6/2024", "LUẬT DÂN QUÂN TỰ VỆ"."""
    view = scan.view
    amending = _AMENDING_LAW.match(view, position)
    match = None
    if amending is not None:
        found = _amending_law(scan, amending)
        if found is not None:
            yield found
            return
        # No law's name after "của": a lexicon name that says what it amends otherwise ("… của 37 luật có liên quan
        # đến quy hoạch"), or no law.
        match = _law_re().match(view, position)
        if match is None or fold(match.group("name").rstrip()) not in _law_label_of():
            return
    match = match or _law_re().match(view, position)
    if (match is None or not match.group("symbol")) and not view[position:position + 2].isupper() \
            and scan.state.get("inner_laws", {}).get(position) is None:
        long_named = _long_named_law(scan, position)
        if long_named is not None and (match is None or long_named.end > match.end()):
            yield long_named
            return
    if match is None:
        return
    name = match.group("name").rstrip()
    if name.split(" ", 1)[0].lower() == _LAWYER:
        return  # "… CỦA LUẬT SƯ, TRỢ GIÚP VIÊN PHÁP LÝ": "luật sư" is a lawyer ("Luật Luật sư" names the law)
    if scan.content is not None and "|" in scan.content[match.start():match.start("name") + len(name)]:
        return  # "Luật | Tháng": table cells, not a name
    trimmed = False
    if (cut := scan.cut_at_blank_line(match.start("name"), match.start("name") + len(name))) is not None:
        # "Luật Đất đai\n\n** **\n\n**PHỤ LỤC II**": a name ends at a blank line; what follows is the next block.
        name, trimmed = view[match.start("name"):cut], True
        if not name:
            return
    if match.group("type").isupper() and not name.isupper() and name.split()[0].isupper():
        # An upper-case heading runs into the next line's sentence ("LUẬT PHÒNG, CHỐNG … (HIV/AIDS)\nCăn cứ"):
        # the name is its upper-case words.
        words = name.split(" ")
        while words and not words[-1].isupper():
            words.pop()
        name, trimmed = " ".join(words).rstrip(), True
    known = fold(name) in _law_label_of()
    if not known and not trimmed and name[0].isupper():
        prefix = _known_law_prefix(name)
        if prefix is not None:
            # "Luật Bảo hiểm xã hội tham gia bảo hiểm xã hội bắt buộc": the name the lexicon knows, then the
            # sentence goes on in lower case.
            name, known = prefix, True
    # A lower-case name is one only when its number follows ("Pháp lệnh án phí, lệ phí tòa án số 10/2009/…").
    if not (name[0].isupper() or known or match.group("symbol")) or match.group("type").isupper() != name.isupper():
        return  # "LUẬT\nĐiều 15": a heading and an article, not a law's name
    phrase, law_type = _NAMED_LAW_TYPES[match.group("type").lower()]
    label_name = _law_name_label(name)
    attributes: dict = {"name": fold(label_name)}
    end = match.start("name") + len(name)
    if trimmed:
        if not known:
            return  # only a name the lexicon knows is cut out of a run-on heading
        yield Found(match.start(), end, law_type, f"{phrase} {label_name}", attributes, kind="named")
        return
    inner = scan.state.get("inner_laws", {}).get(match.start())
    if inner is False:
        # A law named inside an amending law's title: the number and date that follow are the amending law's.
        yield Found(match.start(), end, law_type, f"{phrase} {label_name}", attributes, kind="named")
        return
    if match.group("year"):
        attributes["year"] = year_in(match.group("year"))
        end = match.end("year")
    if match.group("symbol"):
        symbol = normalise_symbol(match.group("symbol"))
        attributes["symbol"] = symbol
        attributes["number"] = _DIGITS.match(symbol).group(0)
        end = match.end("symbol")
    if match.group("tail") and _same_line(scan, end, match.end("tail")) and (date := date_in(match.group("tail"))):
        attributes["date"] = date
        end = match.end("tail")
    label = f"{phrase} {label_name}"
    if attributes.get("year"):
        label += f" năm {attributes['year']}"
    if not match.group("symbol") and (revised := REVISED.match(view, end)) is not None:
        # "Luật Cán bộ, công chức (sửa đổi)": the new law that replaces the old one of that name, a law of its own.
        end = revised.end()
        label += f" {_REVISED_MARK}"
        attributes["name"] = fold(f"{label_name} {_REVISED_MARK}")
    yield Found(match.start(), end, law_type, label, attributes, kind="named")


_CONSTITUTION = re.compile(
    rf"(?<!\w)(?:Hiến pháp|HIẾN PHÁP)(?P<of> +(?i:nước Cộng hòa xã hội chủ nghĩa Việt Nam))?"
    rf"(?P<year> +(?i:năm) +{_YEAR}| +{_YEAR})?(?! *(?:số|:))"
)
_BY_CONGRESS = re.compile(
    rf"(?<!\w)(?P<type>Nghị quyết|NGHỊ QUYẾT|Văn kiện|VĂN KIỆN) +(?i:Đại hội)"
    rf"(?: +(?i:đại biểu toàn quốc|Đảng toàn quốc|Đảng(?= +lần thứ)))?(?: +(?i:lần thứ))? +(?P<n>{ROMAN})(?!\w)"
)


def constitution_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    match = _CONSTITUTION.match(scan.view, position)
    if match is None:
        return
    year = year_in(match.group("year"))
    attributes = {"name": "hien phap"}
    label = "Hiến pháp"
    if year:
        attributes["year"] = year
        label += f" năm {year}"
    yield Found(match.start(), match.end(), EntityType.CONSTITUTION.value, label, attributes, kind="named")


_BY_PLENUM = re.compile(
    rf"(?<!\w)(?:Nghị quyết|NGHỊ QUYẾT) +(?:(?i:Hội nghị) +)?(?:Trung ương|TW|TRUNG ƯƠNG)(?: +lần thứ)? +(?P<n>\d{{1,2}})(?!\d)"
    rf"(?P<term> *\(? *{KHOA} +(?P<k>{ROMAN})(?: *\))?)?"
)


def _by_plenum(scan: Scan, position: int) -> Found | None:
    """"Nghị quyết Trung ương 5 khóa IX", "Nghị quyết Hội nghị Trung ương 11 khoá XIII": the plenum's resolution."""
    match = _BY_PLENUM.match(scan.view, position)
    if match is None:
        return None
    label = f"Nghị quyết Hội nghị Trung ương {match.group('n')}"
    attributes = {"plenum": match.group("n"), "nests": True}
    if match.group("k"):
        label += f" (khóa {match.group('k')})"
        attributes["term"] = match.group("k")
    attributes["name"] = fold(label)
    return Found(match.start(), match.end(), EntityType.RESOLUTION.value, label, attributes, kind="named")


def by_congress_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    """"Nghị quyết Đại hội XIII", "Văn kiện Đại hội XIV"; a plenum's resolution."""
    match = _BY_CONGRESS.match(scan.view, position)
    if match is None:
        by_plenum = _by_plenum(scan, position)
        if by_plenum is not None:
            yield by_plenum
        return
    resolution = match.group("type").lower() == "nghị quyết"
    doc_type = EntityType.RESOLUTION.value if resolution else EntityType.OTHER_DOCUMENT.value
    word = "Nghị quyết" if resolution else "Văn kiện"
    yield Found(match.start(), match.end(), doc_type, f"{word} Đại hội {match.group('n')}",
                {"congress": match.group("n"), "name": fold(f"{word} dai hoi {match.group('n')}"), "nests": True},
                kind="named")


@cache
def _named_by_form() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for form, named in lexicon.named_document_forms().items():
        for written in (form, form.upper()):
            out.setdefault(written, named)
    return out


@cache
def _longer_forms() -> dict[str, tuple[str, ...]]:
    forms = _named_by_form()
    return {f: tuple(g for g in forms if g != f and g.startswith(f)) for f in forms}


def _named_document_at(form: str):
    def at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
        end = position + len(form)
        if end < len(scan.view) and scan.view[end].isalnum():
            return
        if any(scan.view.startswith(longer, position) for longer in _longer_forms().get(form, ())):
            return  # "Điều lệ Đảng Cộng sản Việt Nam" is named by its longest form only, not also "Điều lệ Đảng"
        name, doc_type = _named_by_form()[form]
        yield Found(position, end, doc_type, name, {"name": fold(name)}, kind="named")
        # The scan reads past the whole name: the bodies it holds ("Hiến chương Liên hợp quốc") are read here.
        for offset, length, body in _bodies_inside(form):
            yield Found(position + offset, position + offset + length, EntityType.BODY.value, body, kind="body")
    return at


@cache
def _bodies_inside(form: str) -> tuple[tuple[int, int, str], ...]:
    """The known bodies a named document's written form holds, as (offset, length, canonical name), longest
    first where two start together."""
    out = []
    for alias, body in lexicon.body_aliases().items():
        if alias not in form:
            continue  # most aliases: no pattern built for them
        for match in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", form):
            out.append((match.start(), len(alias), body))
    out.sort(key=lambda item: (item[0], -item[1]))
    kept, reach = [], 0
    for item in out:
        if item[0] >= reach:
            kept.append(item)
            reach = item[0] + item[1]
    return tuple(kept)


# The head of misspelt_type_at: graph.find reports it on its scan of " số" where the word before is no type word
# (not by searching every "số", which would visit each of them).
MISSPELT_TYPE_HEAD = "số"
# A State symbol's type code → the type word it stands for ("17/2025/TT-BNNMT": a circular).
_STATE_TYPE_CODES = {"TT": "Thông tư", "TTLT": "Thông tư liên tịch", "NĐ": "Nghị định", "QĐ": "Quyết định",
                     "NQ": "Nghị quyết", "CT": "Chỉ thị"}
_STATE_SYMBOL = re.compile(rf"số (?P<symbol>\d{{1,5}}/{_YEAR}/(?P<code>{'|'.join(_STATE_TYPE_CODES)})-{_UPPER_CODE})"
                           rf"(?P<tail>{TAIL})?")
_WORD_BEFORE = re.compile(rf"(?<![\w/-])[{UPPER}][{LOWER}]+ $")


@cache
def _type_by_code() -> dict[str, lexicon.DocumentType]:
    table = _phrase_table()
    return {code: table[phrase.lower()] for code, phrase in _STATE_TYPE_CODES.items()}


def misspelt_type_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    """A full State symbol after a capitalised word that is no type word: the type word misspelt ("Căn cứ Thông số
    17/2025/TT-BNNMT ngày 19 tháng 6 năm 2025", "Nghịđịnh số 45/2012/NĐ-CP"); the symbol's code gives the type."""
    view = scan.view
    if not view[position + 3:position + 4].isdigit() or position < 3:
        return
    match = _STATE_SYMBOL.match(view, position)
    if match is None:
        return
    word = _WORD_BEFORE.search(view, max(0, position - 16), position)
    if word is None or word.group(0).strip().lower() in _phrase_table():
        return  # a list's "… và số …", or a type word the numbered reading takes
    doc = _type_by_code()[match.group("code")]
    tail = match.group("tail")
    end = match.end("tail") if tail and _same_line(scan, match.end("symbol"), match.end("tail")) else match.end("symbol")
    found = _reference(word.start(), end, doc, match.group("symbol"), tail if end > match.end("symbol") else None)
    if found is not None:
        yield found


def finders() -> list[tuple[set[str], object]]:
    """(heads, finder) pairs: each finder runs where one of its head phrases starts a word."""
    # Lower-case type words name a document only with "số" and a full symbol ("nghị định số 72/2020/NĐ-CP").
    types = {v for d in lexicon.document_types() for v in case_variants(d.phrase) if not v.islower()}
    types |= {d.phrase.lower() + " số" for d in lexicon.document_types()}
    out = [
        (types, numbered_at),
        ({"Luật", "LUẬT", "Bộ luật", "BỘ LUẬT", "Pháp lệnh", "PHÁP LỆNH"}, law_at),
        ({"Hiến pháp", "HIẾN PHÁP"}, constitution_at),
        ({"Nghị quyết", "NGHỊ QUYẾT", "Văn kiện", "VĂN KIỆN"}, by_congress_at),
        ({MISSPELT_TYPE_HEAD}, misspelt_type_at),
    ]
    out += [({form}, _named_document_at(form)) for form in _named_by_form()]
    return out
