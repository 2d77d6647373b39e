"""The text's own document: a decree's or resolution's full text names itself in its header.

A header reads (with site furniture such as watermarks and metadata tables possibly before it):

    CHÍNH PHỦ            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM      ← issuing organ, national motto
    Số: 16/2025/NĐ-CP    Hà Nội, ngày 04 tháng 02 năm 2025       ← symbol, place and date
    NGHỊ ĐỊNH                                                     ← type line
    SỬA ĐỔI, BỔ SUNG …                                            ← title (upper case)
    Căn cứ …; Theo đề nghị của …; Chính phủ ban hành …            ← preamble
    Điều 1. …

`read_header` finds these parts; `header_found` turns them into `Found` items (kind "self") that the
pipeline adds to the references found in the body, so full references to the own symbol join the same
entity. "Nghị định này"-style anaphora are not mentions (graph.relate_anchors uses them as anchors only).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from operator import attrgetter

from . import lexicon
from .dates import DATE_RE, iso_date
from .find_documents import SYMBOL
from .found import Found, spaced_alternation
from .literal_led import finditer_merged, leftmost, word_start_led
from .normalise import fold, for_matching, joined_words, normalise_symbol
from .types import EntityType

_UPPER = "A-ZĐÀ-ỸÂĂÊÔƠƯ"
# How far into the text a header may start (site furniture can be long) and how far its parts may spread.
_SEARCH_LIMIT = 20000
_ORGAN_WINDOW = 400
_TYPE_WINDOW = 700
_PREAMBLE_LIMIT = 12000
_START, _END = attrgetter("start"), attrgetter("end")
_BODY = EntityType.BODY.value  # read once: an enum member's value is slow to read in a loop over every mention
_PROVISION = EntityType.PROVISION.value

# "Số: 16/2025/NĐ-CP", "Số 383-QĐ/TW", "Luật số: 68/2020/QH14" — never "Số hiệu:" of a metadata table.
_SYMBOL_LINE = re.compile(
    r"[SLlPp](?<![\w][SLlPp])(?<=S|L|l|P|p)(?:(?<=S)(?:ố|Ố)|(?<=[Ll])uật\s+(?:số|SỐ)|(?<=L)UẬT\s+SỐ|(?<=[Pp])háp\s+lệnh\s+số)"
    rf"\s*:?\s*(?P<symbol>{SYMBOL})")
# The national or Party motto that stands beside the issuing organ.
_MOTTO = re.compile(r"C\W*Ộ\W*N\W*G\s+H\W*[OÒ]\W*[ÀA]?\s*X\W*Ã\W*\s*H\W*Ộ\W*I|CỘNG\s+HOÀ|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM")
# Trailing separators after an organ name: rules, markdown, table pipes.
_TRAILING_FURNITURE = re.compile(r"[\s*|_=\-–—#]+$")
_ORGAN_RUN = re.compile(rf"[{_UPPER}][{_UPPER}\s,*\-–]*$")
_UNIT_HEADS = ("CỤC", "TỔNG", "VỤ", "SỞ", "VĂN", "BAN", "VIỆN", "TRƯỜNG", "HỌC")
_NAMED_HEADS = ("BỘ", "SỞ", "CỤC", "VỤ", "BAN", "TỔNG CỤC", "VIỆN", "HỌC VIỆN")
_PLACE_WORDS = ("TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ", "PHƯỜNG", "ĐẶC KHU")
# Where the preamble ends: the first article, "QUYẾT NGHỊ:", "QUYẾT ĐỊNH:", the first chapter.
# Where the document's own text ends: its distribution list, or site furniture after it.
# (Each branch opens with a literal letter, so the engine can skip ahead to candidates.)
_BODY_END = re.compile(r"Nơi nhận\s*:|THƯ VIỆN PHÁP LUẬT|Thuvienphapluat|thuvienphapluat|Kính gửi:\W+Quý")
_PREAMBLE_ENDS = r"Điều\s+1\s*[.:]|QUYẾT\s+NGHỊ\s*:|QUYẾT\s+ĐỊNH\s*:|Chương\s+I\b|CHƯƠNG\s+I\b"
# Each led by its first letter (graph.literal_led): the engine skips to those letters.
_PREAMBLE_END = re.compile(word_start_led(_PREAMBLE_ENDS) or rf"(?<![\w])(?:{_PREAMBLE_ENDS})")


@dataclass
class Header:
    """Spans (offsets into the text) of the header parts; `None` where the text does not state one."""

    doc_type: str
    type_phrase: str
    symbol: str | None
    symbol_span: tuple[int, int] | None
    date: str | None
    organ_label: str | None
    organ_span: tuple[int, int] | None
    type_span: tuple[int, int]
    title_span: tuple[int, int] | None
    preamble_span: tuple[int, int]
    body_end: int
    # A text with no symbol in its header may name itself over its annex: "*(Kèm theo Nghị định số
    # 297/2025/NĐ-CP ngày 17 tháng 11 năm 2025 của Chính phủ)*" → (symbol, ISO date or None).
    annexed: tuple[str, str | None] | None = None


@cache
def _type_lines() -> dict[str, tuple[str, str]]:
    """Upper-case type line ("NGHỊ ĐỊNH") → (document type, phrase)."""
    return {d.phrase.upper(): (d.type, d.phrase) for d in lexicon.document_types()}


@cache
def _type_line_re() -> re.Pattern:
    phrases = sorted(_type_lines(), key=len, reverse=True)
    words = spaced_alternation(phrases)
    # The type line stands alone: markdown and whitespace around it, nothing else on the line.
    return re.compile(rf"(?:^|\n)[ \t*#|]*(?P<type>{words})[ \t*]*(?=\n)")


@cache
def _type_title_line_re() -> re.Pattern:
    phrases = sorted(_type_lines(), key=len, reverse=True)
    words = spaced_alternation(phrases)
    return re.compile(rf"(?:^|\n)[ \t*#|]*(?P<type>{words})[ \t]+(?P<title>[{_UPPER}][{_UPPER} ,\-–]*[{_UPPER}])[ \t*]*(?=\n)")


def _organ(content: str, symbol_start: int) -> tuple[str, tuple[int, int]] | None:
    """The upper-case organ name just before the motto that precedes the symbol line."""
    window_start = max(0, symbol_start - _ORGAN_WINDOW)
    motto = next(_MOTTO.finditer(content, window_start, symbol_start), None)
    # Without a motto between them ("CHÍNH PHỦ____ Số: 170/2025/NĐ-CP"), the organ stands right before the symbol.
    before = content[window_start:motto.start() if motto else symbol_start]
    before = _TRAILING_FURNITURE.sub("", before)
    run = _ORGAN_RUN.search(before)
    if run is None:
        return None
    start = window_start + run.start()
    end = window_start + len(before)
    text = content[start:end]
    # Leading markdown and the first line only when the organ spans "HỘI ĐỒNG NHÂN\nDÂN **\nTHÀNH PHỐ HUẾ":
    # the mention is the organ as written before the markdown break; the label takes the place too.
    lead = len(text) - len(text.lstrip("* \n\t"))
    start += lead
    text = content[start:end]
    # A word split by an empty bold pair ("BỘ Y T****Ế") is read whole.
    name = re.sub(r"\s+", " ", joined_words(text).replace("*", " ")).strip(" ,-–")
    if len(name) < 3 or not re.search(rf"[{_UPPER}]{{2}}", name):
        return None
    # Two levels ("BỘ TÀI CHÍNH\nCỤC HẢI QUAN"): the lower unit issues.
    parts = re.split(r"\*\*", text) if "**" in text else text.split("\n")
    lines = [re.sub(r"\s+", " ", part).strip(" *\t") for part in parts if part.strip(" *\t\n")]
    if len(lines) > 1 and len(lines[0].split()) > 1 and lines[-1].split()[0] in _UNIT_HEADS and \
            (_known_body(lines[0]) or lines[0].split()[0] in ("BỘ", "ỦY", "UỶ", "TỔNG")):
        unit = lines[-1]
        unit_start = start + text.rindex(unit)
        # A commission of the Central Committee is named with it: "Ban Tuyên giáo và Dân vận Trung ương".
        central = _known_body(f"{unit} TRUNG ƯƠNG") if _known_body(lines[0]) == _known_body("BAN CHẤP HÀNH TRUNG ƯƠNG") else None
        return central or unit, (unit_start, unit_start + len(unit))
    # A place after a markdown break ("HỘI ĐỒNG NHÂN\nDÂN **\nTHÀNH PHỐ HUẾ"): the mention is the organ as
    # written before the break, the label takes the place too.
    pieces = re.split(r"\*\*", text)
    if len(pieces) > 1 and re.sub(r"\s+", " ", pieces[-1]).strip().startswith(_PLACE_WORDS):
        first_piece = pieces[0].rstrip(" *\n\t")
        return name, (start, start + len(first_piece))
    return name, (start, end)


_ORGAN_LINE = re.compile(r"[^\w]{0,80}?\*\*(?P<name>[^*\n]{3,80})\*\*[ \t]*\n")


def _organ_line(content: str, start: int) -> tuple[str, tuple[int, int]] | None:
    match = _ORGAN_LINE.match(content, start)
    if match is None or _known_body(match.group("name").strip()) is None:
        return None
    name = match.group("name").strip()
    begin = match.start("name") + match.group("name").index(name)
    return name, (begin, begin + len(name))


@cache
def _aliases_by_fold() -> dict[str, str]:
    return {fold(alias): canonical for alias, canonical in lexicon.body_aliases().items()}


def _known_body(name: str) -> str | None:
    """The canonical name of a known body written in any case ("ỦY BAN THƯỜNG VỤ QUỐC HỘI")."""
    return _aliases_by_fold().get(fold(re.sub(r"\s+", " ", name).strip()))


def organ_label(upper_name: str) -> str:
    """"HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ" → "Hội đồng nhân dân thành phố Huế"; known aliases first."""
    known = _known_body(upper_name)
    if known:
        return known
    # The place part keeps proper-name capitals: "... TỈNH BẮC NINH" → "... tỉnh Bắc Ninh".
    for place in _PLACE_WORDS:
        match = re.search(rf"(?:^|\s){place}\s+(?P<name>.+)$", upper_name)
        if match:
            head = upper_name[:match.start()].strip()
            name = " ".join(w.capitalize() for w in match.group("name").split())
            head_label = organ_label(head) if head else ""
            return f"{head_label} {place.lower()} {name}".strip()
    words = upper_name.split()
    if not words:
        return upper_name
    # "BỘ TÀI CHÍNH" → "Bộ Tài chính": a head word, then a name whose first word is capitalised.
    if words[0] in _NAMED_HEADS and len(words) > 1:
        # Each conjunct of the name opens with a capital: "Bộ Văn hóa, Thể thao và Du lịch".
        out = [words[0].capitalize()]
        opens = True
        for word in words[1:]:
            out.append(word.capitalize() if opens else word.lower())
            opens = word in ("VÀ", "-", "–") or word.endswith(",")
            if word in ("VÀ",):
                out[-1] = "và"
        return " ".join(out)
    return " ".join([words[0].capitalize()] + [w.lower() for w in words[1:]])


def read_header(content: str, view: str | None = None) -> Header | None:
    """The own document's header, or None when the text is not itself a document."""
    limit = min(len(content), _SEARCH_LIMIT)
    view = view if view is not None else for_matching(content)  # same offsets; look-alikes folded
    for symbol_match in _SYMBOL_LINE.finditer(view, 0, limit):
        type_match = _type_line_re().search(content, symbol_match.end(), symbol_match.end() + _TYPE_WINDOW)
        title_span = None
        if type_match is None:
            # "LUẬT BƯU CHÍNH": the type and the title on one upper-case line, under a symbol line of its own
            # (not "… CỦA THÔNG TƯ SỐ 18/2024/TT-NHNN" inside a title).
            line_start = content.rfind("\n", 0, symbol_match.start()) + 1
            if re.search(r"\w", content[line_start:symbol_match.start()]):
                continue
            type_match = _type_title_line_re().search(content, symbol_match.end(), symbol_match.end() + _TYPE_WINDOW)
            if type_match is None:
                continue
            title_span = type_match.span("title")
        phrase_upper = re.sub(r"\s+", " ", type_match.group("type"))
        doc_type, phrase = _type_lines()[phrase_upper]
        date_match = DATE_RE.search(view, symbol_match.end(), type_match.start())
        if date_match is None:
            date_match = DATE_RE.search(view, max(0, symbol_match.start() - 200), symbol_match.start())
        organ = _organ(content, symbol_match.start())
        title_span = title_span or _title(content, type_match.end("type"), doc_type)
        if organ is None:
            # "**ỦY BAN THƯỜNG VỤ QUỐC HỘI**" on its own line between the title and the preamble.
            organ = _organ_line(content, title_span[1] if title_span else type_match.end("type"))
        preamble_start = title_span[1] if title_span else type_match.end("type")
        end_match = _PREAMBLE_END.search(content, preamble_start, preamble_start + _PREAMBLE_LIMIT)
        preamble_end = end_match.start() if end_match else min(len(content), preamble_start + _PREAMBLE_LIMIT)
        body_end = leftmost(_BODY_END, content, preamble_end)
        return Header(
            body_end=body_end.start() if body_end else len(content),
            doc_type=doc_type,
            type_phrase=phrase,
            symbol=normalise_symbol(symbol_match.group("symbol")),
            symbol_span=(symbol_match.start("symbol"), symbol_match.end("symbol")),
            date=iso_date(date_match) if date_match else _adoption_date(view, phrase, preamble_end),
            organ_label=organ_label(organ[0]) if organ else None,
            organ_span=organ[1] if organ else None,
            type_span=(type_match.start("type"), type_match.end("type")),
            title_span=title_span,
            preamble_span=(preamble_start, preamble_end),
        )
    return _unnumbered_header(content, view)


# An unnumbered text (a draft, or a copy without its "Số:" line) opens with its type line; its preamble
# ("Căn cứ …") follows the title and an organ line within this many characters.
_UNNUMBERED_TYPE_LIMIT = 600
_UNNUMBERED_PREAMBLE_GAP = 300


@cache
def _grounds_re() -> re.Pattern:
    from . import relate_lexicon

    return re.compile(rf"(?<![\w])(?:{relate_lexicon.alternation('based_on')})(?![\w])")


# "Nghị quyết này được Ủy ban Thường vụ Quốc hội … khóa XV thông qua ngày 16 tháng 6 năm 2025": how an assembly's
# text states, after its last article, the day it was passed.
# No space required before it: a converter may run it into the word before ("… khóa XVthông qua ngày …").
_PASSED_ON = "thông qua ngày "
_PASSED_BY = r" này(?: +đã)? +được +[^.;\n]{0,200}$"


def _adoption_date(view: str, type_phrase: str, start: int) -> str | None:
    """The day the own document was passed, for a text whose header gives no date: its last statement of it."""
    index = view.rfind(_PASSED_ON, start)
    while index >= 0:
        lead = re.search(re.escape(type_phrase) + _PASSED_BY, view[max(start, index - 250):index])
        date = DATE_RE.match(view, index + len(_PASSED_ON) - len("ngày "))
        if lead and date and iso_date(date):
            return iso_date(date)
        index = view.rfind(_PASSED_ON, start, index)
    return None


def _unnumbered_header(content: str, view: str) -> Header | None:
    """A text that opens with its type line, title and preamble but states no symbol: still its own document."""
    type_match = _type_line_re().search(content, 0, _UNNUMBERED_TYPE_LIMIT)
    if type_match is None or re.search(r"\w", content[:type_match.start("type")].replace("*", "")):
        return None  # the type line must open the text (only markup before it)
    phrase_upper = re.sub(r"\s+", " ", type_match.group("type"))
    doc_type, phrase = _type_lines()[phrase_upper]
    title_span = _title(content, type_match.end("type"), doc_type)
    if title_span is None:
        return None
    organ = _organ_line(content, title_span[1])
    preamble_start = organ[1][1] if organ else title_span[1]
    grounds = _grounds_re().search(content, preamble_start, preamble_start + _UNNUMBERED_PREAMBLE_GAP)
    if grounds is None:
        return None
    end_match = _PREAMBLE_END.search(content, preamble_start, preamble_start + _PREAMBLE_LIMIT)
    preamble_end = end_match.start() if end_match else min(len(content), preamble_start + _PREAMBLE_LIMIT)
    body_end = leftmost(_BODY_END, content, preamble_end)
    return Header(
        body_end=body_end.start() if body_end else len(content),
        doc_type=doc_type, type_phrase=phrase, symbol=None, symbol_span=None,
        date=_adoption_date(view, phrase, preamble_end),
        organ_label=organ_label(organ[0]) if organ else None, organ_span=organ[1] if organ else None,
        type_span=(type_match.start("type"), type_match.end("type")), title_span=title_span,
        preamble_span=(title_span[1], preamble_end),
        annexed=_annexed_symbol(content, phrase, preamble_end),
    )


def _annexed_symbol(content: str, phrase: str, start: int) -> tuple[str, str | None] | None:
    """The symbol (and date) the annex headings give the own document, when they all give the same one. The
    phrase is searched as a literal; only its rare hits are read as headings."""
    found = {}
    needle = "èm theo"
    position = content.find(needle, start)
    while position >= 0:
        line_start = content.rfind("\n", 0, position) + 1
        heading = _ANNEX_HEADING_LEAD.fullmatch(content, line_start, position)
        symbol = _annex_symbol_re(phrase).match(content, position + len(needle)) if heading else None
        if symbol is not None:
            date = DATE_RE.match(re.sub(r"\s", " ", content[symbol.end():symbol.end() + 40]))
            found.setdefault(normalise_symbol(symbol.group("symbol")), iso_date(date) if date else None)
        position = content.find(needle, position + len(needle))
    return next(iter(found.items())) if len(found) == 1 else None


# An annex heading opens its line: "*(Ban hành kèm theo Thông tư số 60/2025/TT-BCT **ngày 02 tháng 12 …".
_ANNEX_HEADING_LEAD = re.compile(r"[ \t*_]*\([ \t]*(?:Ban hành\s+)?[Kk]")


@cache
def _annex_symbol_re(phrase: str) -> re.Pattern:
    return re.compile(rf"\s+{re.escape(phrase)}\s+số\s+(?P<symbol>{SYMBOL})[\s*_,]*")


# A converter may leave a no-break space on an empty line ("LUẬT\n\xa0\nBÌNH ĐẲNG GIỚI").
_BLANK_LINE = re.compile(r"[ \t\xa0*\-]*\n")
_TITLE_LINE = re.compile(rf"[ \t*#]*(?P<line>[{_UPPER}0-9][^\n]*)\n")
# "LUẬT / LÝ LỊCH TƯ PHÁP / CỦA QUỐC HỘI KHÓA XII, KỲ HỌP THỨ 5": the assembly's term and session under a law's
# title (folded) are not the title.
_SESSION_LINE = re.compile(r"(?:cua )?quoc hoi\b.*\bkhoa [ivxl]+\b")


# The symbol code of a consolidated text (văn bản hợp nhất, "Số: 92/VBHN-BQP") and the name of its kind.
CONSOLIDATED_CODE = "/VBHN-"
_CONSOLIDATED_PHRASE = "Văn bản hợp nhất"
# Acts named after the body they govern ("LUẬT\nCÔNG AN NHÂN DÂN", "LUẬT\nNGÂN HÀNG NHÀ NƯỚC VIỆT NAM"): under
# their type line a body's name is the title, not the organ line that may follow other types' titles.
_NAMED_AFTER_BODIES = frozenset({EntityType.LAW.value, EntityType.ORDINANCE.value})


def _title(content: str, start: int, doc_type: str | None = None) -> tuple[int, int] | None:
    """The upper-case lines after the type line (a title may wrap over several lines)."""
    position = start
    first = last = None
    while position < len(content):
        blank = _BLANK_LINE.match(content, position)
        if blank and blank.end() > position:
            if first is not None and "\n" in content[position:blank.end()] and content[position] != "\n":
                position = blank.end()  # the end of the line just read
                following = _BLANK_LINE.match(content, position)
                if following and following.end() > position:
                    break  # a blank line ends the title
                continue
            if first is not None and content[position] == "\n":
                break
            position = blank.end()
            continue
        line = _TITLE_LINE.match(content, position)
        if line is None:
            break
        text = line.group("line").strip(" *\t#")
        letters = "".join(filter(str.isalpha, text))  # the letters, counted without a Python loop per character
        upper = letters and sum(map(str.isupper, letters)) >= 0.8 * len(letters)
        # A title in sentence case is set in bold: "**Quy định về tuyển dụng, sử dụng …**".
        bold = first is None and content[line.start():line.start("line")].strip(" \t") in ("**", "##", "###") \
            and not text.lower().startswith(("căn cứ", "theo đề nghị"))
        body_named = first is None and doc_type in _NAMED_AFTER_BODIES
        if not letters or not (upper or bold) or (not body_named and _known_body(text)) \
                or _SESSION_LINE.match(fold(text)):
            break
        if first is None:
            first = line.start("line")
        last = line.start("line") + len(line.group("line").rstrip(" *\t"))
        position = line.end()
    return (first, last) if first is not None else None


def header_found(header: Header, content: str) -> tuple[Found | None, Found | None]:
    """The own document (mention: its symbol as written) and its issuing organ, as Found items."""
    document = None
    if header.symbol and header.symbol_span:
        attributes = {"number": re.match(r"\d+", header.symbol).group(0), "symbol": header.symbol}
        if header.date:
            attributes["date"] = header.date
        if header.title_span:
            attributes["title"] = re.sub(r"\s+", " ", content[header.title_span[0]:header.title_span[1]])
        start, end = header.symbol_span
        doc_type, type_phrase = header.doc_type, header.type_phrase
        if CONSOLIDATED_CODE in header.symbol:
            # A consolidated text ("Số: 89/VBHN-BQP" over "QUYẾT ĐỊNH"): the text itself is the consolidation,
            # not the decision it consolidates (gold: OtherDocument). Its relation anchors ("Quyết định này")
            # still follow the type line.
            doc_type, type_phrase = EntityType.OTHER_DOCUMENT.value, _CONSOLIDATED_PHRASE
        document = Found(start, end, doc_type, f"{type_phrase} số {header.symbol}", attributes, kind="self")
    elif header.title_span:
        # No symbol: the type line names it, the title tells it from other documents of its type.
        title = _sentence_case(content[header.title_span[0]:header.title_span[1]])
        attributes = {"name": fold(title), "title": title}
        if header.date:
            attributes["date"] = header.date  # "Nghị quyết này được … thông qua ngày …" after its last article
        if header.annexed is not None:
            symbol, date = header.annexed
            attributes.update({"symbol": symbol, "number": re.match(r"\d+", symbol).group(0)})
            if date:
                attributes["date"] = date
        document = Found(*header.type_span, header.doc_type, f"{header.type_phrase} {title}", attributes,
                         kind="self")
    organ = None
    if header.organ_label and header.organ_span:
        organ = Found(header.organ_span[0], header.organ_span[1], EntityType.BODY.value, header.organ_label,
                      {}, kind="body")
    return document, organ


def title_mention(header: Header | None, content: str) -> tuple[int, int] | None:
    """The title lines of an unnumbered own document ("QUYẾT ĐỊNH / PHÊ DUYỆT NHIỆM VỤ LẬP QUY HOẠCH …"): with no
    symbol in its header, its title is what names it, so the title is one more mention of it (the type line is
    the other). Added to the resolved entity only: the relation rules keep reading the type line as its mention."""
    if header is None or header.symbol or header.title_span is None:
        return None
    start, end = header.title_span
    text = content[start:end]
    # Markup the converter left inside a sentence-case title ("… nâng bậc ****và …") stays; only its ends go.
    start += len(text) - len(text.lstrip(" *_#"))
    end -= len(text) - len(text.rstrip(" *_#"))
    return (start, end) if start < end else None


def _sentence_case(title: str) -> str:
    """"PHÂN\nLOẠI ĐƠN VỊ HÀNH CHÍNH" → "phân loại đơn vị hành chính"; a title in sentence case keeps its
    proper names ("Về việc sắp xếp … của tỉnh Cao Bằng" → "về việc sắp xếp … của tỉnh Cao Bằng")."""
    text = re.sub(r"\s+", " ", title.replace("*", " ")).strip()
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        # Symbols keep their case: "… CỦA THÔNG TƯ SỐ 18/2024/TT-NHNN".
        return " ".join(w if any(c.isdigit() for c in w) else w.lower() for w in text.split())
    return text[:1].lower() + text[1:]


def merge_header(found: list[Found], header: Header | None, content: str) -> tuple[list[Found], int | None, int | None]:
    """The found mentions with the own document and its organ added; returns (found, own index, organ index).

    A reference found where the header states the symbol ("Luật số: 68/2020/QH14") is the own document;
    a body found on the organ's span is the organ, named in full ("HỘI ĐỒNG NHÂN DÂN" of "… THÀNH PHỐ HUẾ");
    a bare local organ in the body text ("Hội đồng nhân dân", "Ủy ban nhân dân thành phố") is the header's
    organ or its sibling of the same place.
    """
    if header is None:
        return found, None, None
    document, organ = header_found(header, content)
    out = list(found)
    if document is not None:
        out = [f for f in out if not (f.start < document.end and document.start < f.end and f.type == document.type)]
        out.append(document)
        out = _without_own_provisions(out, document)
        _name_the_own_document(out, header, document, content)
        if not header.symbol:
            out += _enacted_mentions(out, header, document, content)
    if organ is not None:
        overlapping = [f for f in out if f.start < organ.end and organ.start < f.end and f.type == _BODY]
        if overlapping:
            organ = overlapping[0]
            if len(header.organ_label) > len(organ.label) and fold(header.organ_label).startswith(fold(organ.label)):
                organ.label = header.organ_label
        else:
            out.append(organ)
        _complete_local_bodies(out, organ.label, content)
        _complete_ministry_office(out, organ.label, content)
    # By start, the longest first, ties as they came: two stable sorts on plain attributes, as graph.find does.
    out.sort(key=_END, reverse=True)
    out.sort(key=_START)
    own_index = next((i for i, f in enumerate(out) if f is document), None)
    organ_index = next((i for i, f in enumerate(out) if f is organ), None)
    return out, own_index, organ_index


def _without_own_provisions(found: list[Found], document: Found) -> list[Found]:
    """Provisions read against the own document ("Tại Điều 1 Thông tư 130/2025/TT-BQP sửa đổi …" in the summary
    a site puts before a circular's text) are the text's own articles, which are no entities of their own."""
    symbol = document.attributes.get("symbol")
    if not symbol or not any(f.type == _PROVISION for f in found):
        return found
    symbol = normalise_symbol(symbol)
    own_starts = {f.start for f in found if f.type == document.type and f.attributes.get("symbol")
                  and normalise_symbol(f.attributes["symbol"]) == symbol}
    return [f for f in found if f.type != _PROVISION or f.attributes.get("of_start") not in own_starts]


def _name_the_own_document(found: list[Found], header: Header, document: Found, content: str) -> None:
    """"Quốc hội ban hành Luật Cư trú." in the preamble names the own document by its type and title: that
    reference is the own document. So is the bare name in its body ("quy định của Luật công nghệ thông tin"
    in that law); a name with a year or date elsewhere may be an older law of the same name."""
    if header.title_span is None:
        return
    title = re.sub(r"\s+", " ", content[header.title_span[0]:header.title_span[1]].replace("*", " ")).strip()
    # Compared without spaces: a converter runs words together ("… XÃ HỘI CHỦ NGHĨAVIỆT NAM …").
    own_name = fold(f"{header.type_phrase} {title}").replace(" ", "")
    start, end = min(header.type_span[0], header.preamble_span[0]), header.preamble_span[1]
    for item in found:
        if item is document or item.type != document.type or item.attributes.get("symbol"):
            continue
        bare = not (item.attributes.get("year") or item.attributes.get("date"))
        if (start <= item.start < end or bare) and fold(re.sub(r"\s+", "", item.label)) == own_name:
            if not document.attributes.get("symbol"):
                item.attributes["name"] = document.attributes["name"]
            for name in ("symbol", "number", "date"):
                if document.attributes.get(name):
                    item.attributes[name] = document.attributes[name]


def _enacted_mentions(found: list[Found], header: Header, document: Found, content: str) -> list[Found]:
    """"Chính phủ ban hành Nghị định phân loại đơn vị hành chính." in the preamble of an unnumbered text is
    its full name: a mention of the own document, up to the end of the sentence or the next reference."""
    start, end = header.preamble_span
    first, rest = header.type_phrase[0], header.type_phrase[1:]
    words = f"[{first.upper()}{first.lower()}]" + r"\s+".join(re.escape(w) for w in rest.split(" "))
    pattern = re.compile(rf"(?<=ban hành\s)(?:{words})(?!\s*(?:số|\d|này))(?![\w])(?:[^.;:*\n]|\n(?![ \t]*\n))*")
    starts = sorted(f.start for f in found if f is not document)
    out = []
    for match in pattern.finditer(content, start, end):
        if any(other is not document and match.start() < other.end and other.start < match.end() for other in found):
            continue  # already read as a reference of its own
        stop = next((s for s in starts if match.start() < s < match.end()), match.end())
        mention_end = match.start() + len(content[match.start():stop].rstrip(" ,"))
        out.append(Found(match.start(), mention_end, document.type, document.label, dict(document.attributes),
                         kind="self"))
    return out


_LOCAL_HEADS = ("Hội đồng nhân dân", "Ủy ban nhân dân", "Uỷ ban nhân dân")
# A bare local organ: no place name after it, not a generic level ("Ủy ban nhân dân cấp tỉnh", "các …").
_BARE_LOCAL = re.compile(
    r"(?P<head>[HUỦ](?<![\w][HUỦ])(?:ội\s+đồng\s+nhân\s+dân|\s*[yỷ]\s+ban\s+nhân\s+dân))"
    r"(?:\s+(?P<level>tỉnh|thành\s+phố|huyện|quận|xã|phường))?(?![\w])(?!\s+(?:cấp|cùng|các|[A-ZĐÀ-Ỹ]))"
)
# The same, one pattern per first letter (graph.literal_led: much faster over a whole text).
_BARE_LOCAL_BY_LETTER = tuple(re.compile(_BARE_LOCAL.pattern.replace("[HUỦ]", letter)) for letter in "HUỦ")


# "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thuộc Ủy ban nhân dân xã, phường": the communes' joint office,
# whose name holds no organ of the text's own place.
_COMBINED_OFFICE_HEAD = "Văn phòng Hội đồng"
_COMBINED_OFFICE = re.compile(r"Văn phòng\s+Hội\s+đồng\s+nhân\s+dân\s+và\s+(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân(?!\w)")


def _combined_offices(content: str) -> list[tuple[int, int]]:
    spans, position = [], content.find(_COMBINED_OFFICE_HEAD)
    while position >= 0:
        match = _COMBINED_OFFICE.match(content, position)
        if match is not None:
            spans.append((match.start(), match.end()))
        position = content.find(_COMBINED_OFFICE_HEAD, position + 1)
    return spans


def _complete_local_bodies(found: list[Found], organ: str, content: str) -> None:
    """In a text issued by a local council or committee, "Hội đồng nhân dân" and "Ủy ban nhân dân thành
    phố" without a name are that council and its sibling committee of the same place."""
    head = next((h for h in _LOCAL_HEADS if organ.startswith(h + " ")), None)
    if head is None:
        return
    place = organ[len(head) + 1:]  # "thành phố Huế"
    level = next((p.lower() for p in _PLACE_WORDS if place.startswith(p.lower() + " ")), None)
    relabelled: dict[str, str] = {}  # a label always reads the same way: worked out once per label
    for item in found:
        if item.type == _BODY:
            label = relabelled.get(item.label)
            if label is None:
                label = item.label
                for other in _LOCAL_HEADS:
                    if label == other or (level and label == f"{other} {level}"):
                        label = _local_label(other, place)
                relabelled[item.label] = label
            item.label = label
    bodies = sorted([(f.start, f.end) for f in found if f.type == _BODY] + _combined_offices(content))
    starts = [b[0] for b in bodies]
    import bisect
    for match in finditer_merged(_BARE_LOCAL_BY_LETTER, _BARE_LOCAL, content):
        if match.group("level") and re.sub(r"\s+", " ", match.group("level")) != level:
            continue
        k = bisect.bisect_right(starts, match.start())
        if k and bodies[k - 1][1] > match.start():
            continue  # inside a body already found
        other = "Hội đồng nhân dân" if match.group("head").startswith("H") else "Ủy ban nhân dân"
        found.append(Found(match.start(), match.end(), EntityType.BODY.value, _local_label(other, place), {},
                           kind="body"))


# "Chánh Văn phòng Bộ, Vụ trưởng Vụ …": the ministry's own office, written without the ministry's name.
_MINISTRY_OFFICE = "Văn phòng Bộ"
_NAMED_AFTER = re.compile(r"\s+[A-ZĐÂĂÊÔƠƯ]")


def _complete_ministry_office(found: list[Found], organ: str, content: str) -> None:
    """In a ministry's own document, "Văn phòng Bộ" alone is that ministry's office (a plain search: most texts
    are not a ministry's, and the phrase is rare)."""
    ministry = _known_body(organ)
    if ministry is None or not ministry.startswith("Bộ ") or ministry == "Bộ Chính trị":
        return  # a known ministry only ("Bộ Y t ế" read off a broken header names no office)
    spans = [(f.start, f.end) for f in found if f.type == EntityType.BODY.value]
    position = content.find(_MINISTRY_OFFICE)
    while position >= 0:
        end = position + len(_MINISTRY_OFFICE)
        after = content[end:end + 1]
        if not (after.isalnum() or _NAMED_AFTER.match(content, end)) \
                and not any(start <= position < stop for start, stop in spans):
            found.append(Found(position, end, EntityType.BODY.value, f"Văn phòng {ministry}", {}, kind="body"))
        position = content.find(_MINISTRY_OFFICE, end)


def _local_label(head: str, place: str) -> str:
    return f"{'Ủy ban nhân dân' if head.startswith('U') else head} {place}"
