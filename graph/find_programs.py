"""Find programs, plans, projects and strategies named without a number: quoted titles
("Đề án “…”"), national target programs, and capitalised names ("Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2023",
"Chương trình hành động của Chính phủ")."""
from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from . import lexicon
from .found import KHOA, LOWER, ROMAN, UPPER, Found, Scan, case_variants
from .normalise import fold, normalise_symbol
from .types import EntityType

_PROGRAM_TYPES = ("Chương trình", "Kế hoạch", "Đề án", "Dự án", "Chiến lược")
_YEAR = r"(?:19|20)\d{2}(?!\d)"
# What a program's name may end with: a year or two ("năm 2025 và 2026"), a period, a term.
_ENDING = (rf"(?: +(?i:năm) +{_YEAR}(?: +và +{_YEAR})?| +(?i:giai đoạn) +{_YEAR}(?: *- *{_YEAR})?| +{_YEAR} *- *{_YEAR}"
           rf"| *\( *{KHOA} +{ROMAN} *\))")


@cache
def _quoted_re() -> re.Pattern:
    types = "|".join(_PROGRAM_TYPES)
    return re.compile(rf"(?P<type>{types}) +(?:về +)?(?P<title>[“\"][^“”\"\n]{{3,300}}?[”\"])")


# A comma inside a name joins a list of lower-case words ("đào tạo, bồi dưỡng"), not a new item.
# ", báo cáo Hội đồng nhân dân …", ", trình …": the clause's next verb, no word of the list.
_LIST_COMMA = rf", +(?=[{LOWER}])(?!(?:các|những|và|hoặc|cũng|đồng thời|trong đó|tiểu|dự án|báo cáo|trình|gửi)(?!\w))"
# Words a program's name does not start with.
_NOT_FIRST = "(?:và|của|gửi|giữa|cho|với|vào|ra|báo cáo|được|này|đó|trên|tại|theo|đối với|từng bước|đáp ứng)"


@cache
def _national_re() -> re.Pattern:
    word = rf"[{UPPER}{LOWER}]+"
    stop = _program_stop_alternation()
    return re.compile(
        rf"(?P<head>(?i:chương trình mục tiêu quốc gia))(?P<name> +(?!(?:{stop})(?!\w)){word}"
        rf"(?:(?: +| *- *|{_LIST_COMMA})(?!(?:{stop})(?!\w)){word}){{0,15}})(?P<end>{_ENDING})?"
    )


@cache
def _named_re() -> re.Pattern:
    types = "|".join(_PROGRAM_TYPES)
    # Words joined by a bare hyphen are one word of the name ("các tổ chức chính trị-xã hội", "kinh tế-xã hội").
    word = rf"[{UPPER}{LOWER}]+(?:-[{UPPER}{LOWER}]+)?"
    stop = _program_stop_alternation()
    # Proper names joined by a spaced hyphen are one word of the name ("tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng").
    joined = rf"[{UPPER}][{LOWER}]*(?: +- +(?!(?:{stop})(?!\w))[{UPPER}][{LOWER}]*(?!\w))+"
    name_word = rf"(?:Chương trình|(?!(?:{stop})(?!\w))(?:{joined}|{word}))"
    owners = "|".join(re.escape(a) for a in sorted(lexicon.body_aliases(), key=len, reverse=True))
    # Commas inside a name join words of a list ("đào tạo, bồi dưỡng"): allowed before a lower-case word
    # that is not a stop word.
    return re.compile(
        rf"(?P<type>{types}) +(?P<name>(?![{UPPER}]{{2}})(?!{_NOT_FIRST}(?!\w)){name_word}"
        rf"(?:(?: +|{_LIST_COMMA}){name_word}){{0,24}})"
        rf"(?P<owner> +của +(?:{owners}))?(?P<end>(?:{_ENDING})*)"
    )


# Words that end a program's name: verbs and links of the clause around it (prepositions such as "của",
# "đối với", "về", "giữa" belong to long names and do not stop it).
_PROGRAM_STOPS = ("trong|vào|ra|gửi|tháng|dưới|thấy|hoàn thành|ra sao|được|đã|đang|sẽ|là|có|không|nhằm|để|do|theo|tại|bằng|thực hiện|triển khai|ban hành|"
                  "dự kiến|trình|phê duyệt|bao gồm|gồm|quy định|này|đó|nêu|trên|ngày|năm|giai đoạn|khóa|nhiệm kỳ|"
                  "cụ thể hóa|thể chế hóa|quán triệt|tổng kết|sơ kết|đánh giá|sửa đổi|bổ sung|hướng dẫn|"
                  "tới|nay|khi|thì|mà|như|sau|trước|từ|đến|trong đó|đồng thời|góp phần|bảo đảm|"
                  "đảm bảo|cũng|hoặc|hay|nhưng|vì|nên|cùng|cho biết|phải|cần|chưa|vẫn|đều|cả")


def _program_stop_alternation() -> str:
    words = _PROGRAM_STOPS.split("|")
    forms = {f for w in words for f in (w, w.upper())}
    # "số" ends a name before a number ("Đề án số 06"), not in "chuyển đổi số".
    # A capitalised program type word starts the next program ("Đề án A và Đề án B").
    forms.update(t for t in _PROGRAM_TYPES if t != "Chương trình")
    # "không" negates a clause, but not in "hàng không" (aviation: "Dự án Cảng hàng không Quốc tế Long Thành").
    # "đến" links the clause, but not in "liên quan đến" (related to: "Chương trình cắt giảm, đơn giản hóa thủ tục
    # hành chính liên quan đến hoạt động sản xuất, kinh doanh năm 2025 và 2026").
    forms -= {"không", "KHÔNG", "đến", "ĐẾN"}
    return ("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r"|(?:số|SỐ)(?= *\d)"
            + r"|(?<![Hh]àng )không|(?<!HÀNG )KHÔNG|(?<![Ll]iên quan )đến|(?<!LIÊN QUAN )ĐẾN")


# The start of a sentence, a line or a list item: there a capitalised "Kế hoạch …" is mostly the common noun.
# A line break right after a lower-case word is the hard wrap of a sentence that goes on ("… chuyên ngành về\nChương
# trình cấp quốc gia về xúc tiến thương mại"), not a new clause.
_CLAUSE_START = re.compile(rf"(?:^|[.!?:;]|(?<![{LOWER}])\n|(?:^|\n)[ *#|]*(?:[a-zđ]\)|\d+(?:\.\d+)*[.)]|[-+•–]))[ *#|\t]*$")
_NEW_LINE = re.compile(rf"\n[ *#|\t]*[{UPPER}]")
# Capitalised words that begin a document type ("Thông báo", "Chương trình"): not proper nouns.
_TYPE_HEADS = frozenset(d.phrase.split()[0] for d in lexicon.document_types())
_DANGLING_LINK = re.compile(r"(?: *,| +(?:và|hoặc|của|với|cho|về|đối với))+$")
_GENERIC_BEFORE = re.compile(r"(?:các|những|mỗi|từng) +$")


def quoted_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    """Đề án “Đào tạo, bồi dưỡng …”: the quoted title names it."""
    match = _quoted_re().match(scan.view, position)
    if match is None:
        return
    doc_type = lexicon.type_of_phrase()[match.group("type").lower()]
    title = match.group("title")[1:-1]
    yield Found(match.start(), match.end(), doc_type, f"{match.group('type')} “{title}”",
                {"name": fold(title)}, kind="named")


def national_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    """"Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025", in any case."""
    view = scan.view
    match = _national_re().match(view, position)
    if match is None or _GENERIC_BEFORE.search(view, max(0, position - 12), position):
        return
    surface = view[match.start():match.end()].lower()
    label = "Chương trình" + surface[len("chương trình"):]
    yield Found(match.start(), match.end(), "Program", label, {"name": fold(label)}, kind="named")


@cache
def _carries_out_re() -> re.Pattern:
    """"… thực hiện Nghị quyết số 71-NQ/TW": a program that names the document it carries out is a particular
    one ("Chương trình hành động thực hiện …"), not a kind of plan."""
    documents = "|".join(re.escape(d.phrase) for d in lexicon.document_types() if d.type not in _PROGRAM_KINDS)
    return re.compile(rf" +(?:triển khai(?: +thực hiện)?|thực hiện) +(?P<what>(?P<type>{documents})(?!\w)(?: +số)?"
                      rf"(?: *(?P<symbol>\d[\w.]*(?:[-/][\w]+)*))?)")


# A plan or programme of the State, or of the nation, is one particular plan ("Kế hoạch nhà nước về xây dựng và
# huy động lực lượng dự bị động viên", "Chương trình cấp quốc gia về xúc tiến thương mại"), not a kind of plan.
_NATIONAL = re.compile(r"(?:cấp +)?(?:quốc gia|nhà nước|Nhà nước)(?!\w)")
# A national strategy named by its subject, "quốc gia" last ("Chiến lược bảo vệ biên giới quốc gia", "Chiến lược
# dữ liệu quốc gia"), is one particular strategy. Plans and programmes are left out: "Kế hoạch hành động quốc gia"
# is also the short back-reference to a longer name, and "Dự án quan trọng quốc gia" is a kind of project.
_NATIONAL_STRATEGY = re.compile(r"(?<= )quốc gia(?=,|$)")
_NATIONAL_NAME_END = re.compile(r" +(?:đối với|và hoạt động|của (?:các|những))(?!\w)")
_YEAR_AFTER = re.compile(rf" +(?i:năm) +{_YEAR}")
_PROGRAM_KINDS = frozenset({"Program", "Plan", "Project", "Strategy"})


_OPENING_QUOTES = frozenset('"“')
_CLOSING_QUOTE = re.compile(r'[^"“”;]{0,300}?["”]')


def _whole_title_quoted(view: str, content: str | None, position: int, end: int) -> int | None:
    """Where the quote that opens right before the type word closes, when it closes after `end` in that paragraph
    (a title may be wrapped over lines)."""
    if position == 0 or view[position - 1] not in _OPENING_QUOTES:
        return None
    closing = _CLOSING_QUOTE.match(view, end)
    if closing is None or closing.end() - 1 <= end or (content is not None and "\n\n" in content[end:closing.end()]):
        return None
    return closing.end() - 1


def named_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    """A capitalised program type word and its name, away from the start of a clause:
    "theo Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2023", "Chương trình hành động của Chính phủ"."""
    view = scan.view
    match = _named_re().match(view, position)
    if match is None or _GENERIC_BEFORE.search(view, max(0, position - 12), position):
        return
    context = (scan.content or view)[max(0, position - 12):position]
    if _CLAUSE_START.search(context) and not match.group("owner"):
        return
    name, end = match.group("name"), match.end()
    ending, owner = match.group("end"), match.group("owner")
    if scan.content is not None and "\n\n" in scan.content[match.end("type"):match.start("name")]:
        return  # "… thực hiện\nDự án**\n\nNguồn vốn …": a heading's last word, then the next paragraph
    if scan.content is not None:
        # A line that starts with a capital letter starts something else (a heading, a new sentence).
        cut = _NEW_LINE.search(scan.content, match.start("name"), match.end())
        if cut is not None:
            end = cut.start()
            name = view[match.start("name"):min(end, match.end("name"))].rstrip(" ,")
            end = match.start("name") + len(name)
            ending = ending if match.start("end") >= 0 and match.end("end") <= cut.start() else ""
            owner = owner if match.start("owner") >= 0 and match.end("owner") <= cut.start() else None
            end = max([end] + [match.end(g) for g, v in (("owner", owner), ("end", ending)) if v])
    bare_name = _DANGLING_LINK.sub("", name)
    if bare_name != name:
        # "Đề án xây dựng … và Đề án …": the link word belongs to the sentence, not to the name.
        name, owner, ending = bare_name, None, ""
        end = match.start("name") + len(name)
    if _NATIONAL.match(name) and not (owner or ending):
        # "Chương trình cấp quốc gia về thương hiệu và hoạt động của các Văn phòng đại diện …", "… của Chương trình
        # quốc gia phát triển công nghệ cao và kinh phí khác": what follows the subject of a national programme
        # (another thing "khác" joined by "và") belongs to the sentence.
        if (cut := _NATIONAL_NAME_END.search(name)) is not None:
            name = name[:cut.start()]
        elif name.endswith(" khác") and " và " in name:
            name = name[:name.rindex(" và ")]
        end = match.start("name") + len(name)
    if len(name.split()) < 2:
        return
    quoted = _whole_title_quoted(view, scan.content, position, end)
    if quoted is not None:
        # "\"Đề án sắp xếp lại các tổ chức chính trị-xã hội, các hội quần chúng được … Việt Nam\"": the writer quotes
        # the whole title, type word and all; it runs to the closing quote past the words that end a name.
        name, owner, ending, end = view[match.start("name"):quoted].rstrip(" ,"), None, "", quoted
    # A named program says whose, when or what in particular: a year, period or term, an owner, a proper
    # noun. Without any, it is a kind of plan a law defines ("Kế hoạch phòng ngừa, ứng phó sự cố hóa chất").
    # A capitalised "Đề án" inside a sentence is a particular project when its name says what it does in a
    # few words ("hoàn thiện Đề án tổ chức lại hệ thống thanh tra"); a plan ("Kế hoạch") may be a kind.
    particular_project = match.group("type") == "Đề án" and len(name.split()) >= 3
    carries_out = _carries_out_re().match(view, end)
    if not (ending or owner or particular_project or carries_out or _NATIONAL.match(name)
            or any(w[0].isupper() and w not in _TYPE_HEADS for w in name.split())):
        national = _NATIONAL_STRATEGY.search(name) if match.group("type") == "Chiến lược" else None
        if national is None:
            return
        # "Chiến lược bảo vệ biên giới quốc gia, khu vực phòng thủ, …": the list after it is the sentence's.
        name = name[:national.end()]
        end = match.start("name") + len(name)
    doc_type = lexicon.type_of_phrase()[match.group("type").lower()]
    # Markup inside a name ("Dự án đầu tư xây dựng ****tuyến …" in a bold title) is blanked in the view: one space.
    label = " ".join(f"{match.group('type')} {name}{owner or ''}{ending or ''}".split())
    if carries_out and not (ending or owner):
        # Named by what it carries out: that belongs in its name, or every "Chương trình hành động" is one.
        what = carries_out.group("type")
        if carries_out.group("symbol"):
            what += " số " + normalise_symbol(carries_out.group("symbol"))
        label += " " + " ".join(view[carries_out.start():carries_out.start("what")].split()) + " " + what
        # The mention runs through the document it carries out, as a reader quotes the name.
        end = carries_out.end()
        year = _YEAR_AFTER.match(view, end)
        end = year.end() if year else end
    yield Found(match.start(), end, doc_type, label, {"name": fold(label)}, kind="named")


@cache
def _unnamed_carrier_re() -> re.Pattern:
    """A plan or programme named only by what it carries out: "Kế hoạch triển khai Quyết định số 06/QĐ-TTg",
    "chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW" (a lower-case type word only with
    "hành động" and an owner)."""
    owners = "|".join(re.escape(a) for a in sorted(lexicon.body_aliases(), key=len, reverse=True))
    return re.compile(rf"(?P<type>Kế hoạch|Chương trình|Đề án|(?P<lower>chương trình|kế hoạch)(?= +hành động +của))"
                      rf"(?P<kind> +hành động)?(?P<owner> +của +(?:{owners}))?(?= +(?:triển khai|thực hiện)(?!\w))")


@cache
def _carried_more_re() -> re.Pattern:
    """After the carried-out document: its issuer, and a second document joined by "và"
    ("… Quyết định số 06/QĐ-TTg ngày … của Thủ tướng Chính phủ và Quyết định số 3103/QĐ-BTC ngày … của Bộ Tài chính")."""
    owners = "|".join(re.escape(a) for a in sorted(lexicon.body_aliases(), key=len, reverse=True))
    documents = "|".join(re.escape(d.phrase) for d in lexicon.document_types() if d.type not in _PROGRAM_KINDS)
    date = r"(?: +ngày +\d{1,2}(?: *[/.-] *\d{1,2} *[/.-] *|(?: +tháng +\d{1,2} +năm +))(?:19|20)\d{2})?"
    return re.compile(rf"{date}(?: +của +(?:{owners}))?(?: +và +(?P<what>(?P<type>{documents})(?: +số)? *"
                      rf"(?P<symbol>\d[\w.]*(?:[-/][\w]+)+)){date}(?: +của +(?:{owners}))?)?")


def unnamed_carrier_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    view = scan.view
    match = _unnamed_carrier_re().match(view, position)
    if match is None or _GENERIC_BEFORE.search(view, max(0, position - 12), position):
        return
    if match.group("lower") is not None and not match.group("owner"):
        return
    if match.group("lower") is None and (match.group("kind") or match.group("owner")):
        return  # "Chương trình hành động của Chính phủ thực hiện …": named_at reads it
    carries_out = _carries_out_re().match(view, match.end())
    if carries_out is None or not carries_out.group("symbol"):
        return
    verb = view[match.end():carries_out.start("what")].strip()
    what = f"{carries_out.group('type')} số {normalise_symbol(carries_out.group('symbol'))}"
    more = _carried_more_re().match(view, carries_out.end())
    end = max(carries_out.end(), more.end())
    if more.group("what"):
        what += f" và {more.group('type')} số {normalise_symbol(more.group('symbol'))}"
    kind = (match.group("kind") or "").strip()
    owner = " ".join((match.group("owner") or "").split())
    doc_type = lexicon.type_of_phrase()[match.group("type").lower()]
    label = " ".join(w for w in (match.group("type").capitalize(), kind, owner, verb, what) if w)
    yield Found(match.start(), end, doc_type, label, {"name": fold(label)}, kind="named")


# An unnumbered report named by what it does, when what it reports on or who made it follows:
# "báo cáo tổng kết Đề án 165", "Báo cáo thẩm tra của Ban Kinh tế - Ngân sách". The follow-up is checked
# once everything is found (graph.find).
_REPORT_RE = re.compile(r"(?:[Bb]áo cáo|BÁO CÁO) +(?P<what>(?i:tổng kết|sơ kết|thẩm tra|đánh giá))(?!\w)")
REPORT_LINK = re.compile(r" +(?:(?:của|về việc thực hiện|việc thực hiện|thực hiện) +)?")


def report_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    view = scan.view
    match = _REPORT_RE.match(view, position)
    if match is None or _GENERIC_BEFORE.search(view, max(0, position - 12), position):
        return
    label = "Báo cáo " + match.group("what").lower()
    link = REPORT_LINK.match(view, match.end())
    yield Found(match.start(), match.end(), "Report", label,
                {"name": fold(f"{label} {match.start()}"), "needs_follow": link.end() if link else -1}, kind="named")


@cache
def _enacted_types() -> dict[str, tuple[str, str]]:
    """Type word → (type, leads) of documents enacted by name (lexicons/enacted_types.tsv)."""
    return {row[0]: (row[1], row[2]) for row in lexicon.rows("enacted_types.tsv")}


# The longest name read to the end of its clause; a longer clause is not a name.
_ENACTED_MAX_WORDS = 60


@cache
def _enacted_lead_re() -> re.Pattern:
    from . import relate_lexicon

    return re.compile(rf"(?<!\w)(?:(?P<passed>{relate_lexicon.alternation('passed_lead')})"
                      rf"|(?P<annexed>{relate_lexicon.alternation('annexed_lead')})"
                      rf"|{relate_lexicon.alternation('enacted_lead')}) +$")


@cache
def _enacted_lead_last_words() -> frozenset[str]:
    from . import relate_lexicon

    roles = ("enacted_lead", "passed_lead", "annexed_lead")
    return frozenset(w.rsplit(" ", 1)[-1] for role in roles for w in relate_lexicon.words(role)
                     for w in (w, w.capitalize(), w.upper()))


@cache
def _enacted_lead_reach() -> int:
    from . import relate_lexicon

    roles = ("enacted_lead", "passed_lead", "annexed_lead")
    return max(len(w) for role in roles for w in relate_lexicon.words(role)) + 4


@cache
def _enacted_re() -> re.Pattern:
    from . import relate_lexicon

    types = "|".join(re.escape(t) for t in sorted(_enacted_types(), key=len, reverse=True))
    not_first = relate_lexicon.alternation("enacted_not_first")
    # The name: from a word that shows a name (not "số", not upper case) to the end of the clause.
    return re.compile(rf"(?P<type>{types}) +(?P<name>(?!(?:{not_first})(?!\w))(?![{UPPER}]{{2}})[{UPPER}{LOWER}]"
                      rf"(?:[^;.:\n()“”\"|]|\([{UPPER}]{{2,8}}\)){{0,600}})")  # bounded like _CLAUSE; "(ĐVHC)" stays in


@cache
def _enacted_dangling_re() -> re.Pattern:
    from . import relate_lexicon

    return re.compile(rf"\s+(?:{relate_lexicon.alternation('enacted_dangling')})$")


@cache
def _enacted_name_end_re() -> re.Pattern:
    from . import relate_lexicon

    ends = relate_lexicon.alternation("enacted_name_end")
    before_name = relate_lexicon.alternation("enacted_name_end_before_name")
    goes_on = relate_lexicon.alternation("enacted_name_goes_on")
    provision = r"(?:điểm|khoản|Điều|điều|mục|Mục|Phụ lục|phụ lục)(?= +[\dIVXa-zđ])"
    return re.compile(rf"(?<!đối)\s+(?:{ends})(?!\w)|\s+(?:{before_name})(?=\s+(?:(?!(?:{goes_on})(?!\w))[{UPPER}\d]"
                      rf"|{provision}))|{_NOT_A_PAIR},\s+(?:{_program_stop_alternation()})(?!\w)|…")


# "sửa đổi, bổ sung", "điều chỉnh, bổ sung": one act named by two verbs, not a clause going on after a comma.
_NOT_A_PAIR = "(?<!sửa đổi)(?<!Sửa đổi)(?<!SỬA ĐỔI)(?<!điều chỉnh)(?<!Điều chỉnh)"


@cache
def _inner_reference_re() -> re.Pattern:
    phrases = lexicon.type_phrases()
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(p) for p in phrases)})(?= +(?:số +)?\d)")


# How far back the numbered document that enacts or approves a plan by name may start ("Quyết định số 876/QĐ-TTg
# ngày 22 tháng 7 năm 2022 của Thủ tướng Chính phủ về phê duyệt …").
_ENACTING_REACH = 200


@cache
def _enacting_reference_re() -> re.Pattern:
    """A numbered document right before the lead, with only its date, issuer and "về (việc)" between: the plan it
    enacts or approves is that particular one, even when its name has no proper noun or year ("Quyết định số
    876/QĐ-TTg … về phê duyệt Chương trình hành động về chuyển đổi năng lượng xanh … của ngành giao thông vận tải",
    "Nghị quyết số 74/NQ-CP ban hành Kế hoạch thực hiện sắp xếp đơn vị hành chính …")."""
    types = "|".join(re.escape(d.phrase) for d in lexicon.document_types() if d.type not in _PROGRAM_KINDS)
    return re.compile(rf"(?<!\w)(?:{types})(?:\s+số)?\s+\d[\w.]*(?:[-/][\w]+)*"
                      rf"(?:\s+ngày\s+\d{{1,2}}(?:/\d{{1,2}}/|\s+tháng\s+\d{{1,2}}\s+năm\s+)\d{{4}})?"
                      rf"(?:\s+của\s+[^;.:,()]{{1,80}}?)?(?:\s+về(?:\s+việc)?)?\s+$")


def enacted_at(scan: Scan, position: int, head: str = "", sibling_of: re.Match | None = None) -> Iterator[Found]:
    """"… ban hành Kế hoạch rà soát, đơn giản hoá thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước
    giai đoạn 2022 - 2025;", "phê duyệt Đề án …": what is enacted or approved by name is one particular
    document, its name running to the end of the clause."""
    view = scan.view
    # A sibling ("… và Quy chế …") has the lead of the first document of the pair. The lead's last word right
    # before the type word rules most positions out without the pattern.
    if sibling_of is None:
        before = view[max(0, position - 12):position].rstrip()
        if before[before.rfind(" ") + 1:] not in _enacted_lead_last_words():
            return
    lead = sibling_of or _enacted_lead_re().search(view, max(0, position - _enacted_lead_reach()), position)
    if lead is None:
        return
    match = _enacted_re().match(view, position)
    if match is None:
        return
    doc_type, leads = _enacted_types()[match.group("type")]
    annexed = lead.group("annexed") is not None
    if (leads == "passed" and lead.group("passed") is None) or (leads == "annexed" and not annexed):
        return
    name = match.group("name")
    if name.startswith("của ") and doc_type == EntityType.RESOLUTION.value:
        return  # "thông qua Nghị quyết của Quốc hội sửa đổi, bổ sung …": graph.find_titles reads issuer and title
    if scan.content is not None and (paragraph := _PARAGRAPH.search(scan.content, match.start("name"),
                                                                     match.end("name"))):
        name = name[:paragraph.start() - match.start("name")]  # a title ends at its paragraph
    cut = _enacted_name_end_re().search(" " + name)
    if cut is not None and cut.start() == 0:
        return  # "phê duyệt Đề án là 05 ngày": no name
    cut = _enacted_name_end_re().search(name)
    if cut is not None:
        name = name[:cut.start()]
    if _inner_reference_re().search(name):
        return  # "ban hành Chương trình hành động … thực hiện Nghị quyết số 72-NQ/TW": named_at reads it
    # "Ban hành kèm theo Thông tư này Quy chế kiểm tra … và Quy chế kiểm tra …": two documents of the type.
    sibling = name.find(f" và {match.group('type')} ")
    if sibling > 0:
        yield from enacted_at(scan, match.start("name") + sibling + 4, head, sibling_of=lead)
        name = name[:sibling]
    name = _DANGLING_LINK.sub("", _enacted_dangling_re().sub("", name.rstrip(" ,*")))
    if name.rsplit(" ", 1)[-1] in _TYPE_HEADS or name.endswith(_PROGRAM_TYPES):
        return  # "Kế hoạch triển khai thực hiện Đề án “…”": the name goes on with the title of another
    if not 2 <= len(name.split()) <= _ENACTED_MAX_WORDS:
        return
    # Only a particular one: the text's annex, or a proper name or a year in it. "phê duyệt Kế hoạch phòng ngừa,
    # ứng phó sự cố hóa chất" in a law is a kind of plan.
    if not (annexed or re.search(_YEAR, name) or _NATIONAL.match(name)
            or any(w[0].isupper() and w not in _TYPE_HEADS for w in name.split())
            or _enacting_reference_re().search(view, max(0, lead.start() - _ENACTING_REACH), lead.start())):
        return
    end = match.start("name") + len(name)
    label = f"{match.group('type')} {' '.join(name.split())}"
    yield Found(match.start(), end, doc_type, label, {"name": fold(label)}, kind="named")


# A title's clause, read at most 600 characters far (60 syllables fit): a bounded read keeps a text without
# punctuation linear.
_CLAUSE = re.compile(r"[^;.:()“”\"|]{0,600}")


@cache
def _next_document_re() -> re.Pattern:
    phrases = lexicon.type_phrases()
    return re.compile(rf"(?:,|,? +và) +(?:(?:các|những) +)?(?:{'|'.join(re.escape(p) for p in phrases)})(?= +(?!số)\w)"
                      rf"|, +(?=[{UPPER}])")


def clause_title(view: str, content: str | None, start: int) -> int | None:
    """Where a title that starts at `start` ends: at the end of its clause (punctuation, a paragraph, a word of
    the enacted_name_end roles, a comma before another document's type word), or right after a numbered
    reference it holds ("… sửa đổi, bổ sung một số điều của Nghị quyết số 136/2024/QH15 ngày 26 tháng 6 năm
    2024"); None when that leaves no title or a clause too long for one."""
    from .find_documents import REVISED, numbered_at

    name = _CLAUSE.match(view, start).group(0)
    if content is not None and (paragraph := _PARAGRAPH.search(content, start, start + len(name))):
        name = name[:paragraph.start() - start]
    if _enacted_name_end_re().match(" " + name) is not None:
        return None
    # Another document, or after a comma a capitalised word: the sentence goes on ("Theo Kết luận …, Viện trưởng").
    if (other := _next_document_re().search(name)) is not None:
        name = name[:other.start()]
    cut = _enacted_name_end_re().search(name)
    if cut is not None:
        name = name[:cut.start()]
    if (inner := _inner_reference_re().search(name)) is not None:
        reference = next(numbered_at(Scan(view, content), start + inner.start()), None)
        if reference is None:
            return None
        return reference.end
    name = name.rstrip(" ,*")
    # The links left hanging stand in the last few words (the patterns are anchored at the end: read the tail only).
    head, tail = name[:-_TAIL], name[-_TAIL:]
    name = head + _DANGLING_LINK.sub("", _enacted_dangling_re().sub("", tail))
    if not name or len(name.split()) > _ENACTED_MAX_WORDS:
        return None
    # "… hướng dẫn thi hành Luật Tổ chức chính quyền địa phương (sửa đổi)": the mark belongs to the law's name.
    revised = REVISED.match(view, start + len(name))
    return revised.end() if revised is not None else start + len(name)


_TAIL = 60


def cut_at_known_titles(view: str, found: list[Found]) -> None:
    """A title read to the end of its clause may run on with "và" or a comma into the clause's next part ("phê
    duyệt Đề án tổng kiểm kê tài sản công … quản lý và kết quả kiểm kê tài sản hàng năm", "… thi hành pháp luật,
    việc xây dựng dự thảo Nghị quyết là cần thiết"): when the text names the same document at least twice
    elsewhere with the title ending right there, the longer reading stops there too."""
    named = [f for f in found if f.kind == "named" and f.type not in _STATUTE_TYPES
             and (" và " in f.label or ", " in f.label)]
    if not named:
        return
    titles: dict[tuple[str, str], int] = {}
    for item in found:
        if item.kind == "named":
            key = (item.type, list_form(item.label))
            titles[key] = titles.get(key, 0) + 1
    for item in named:
        label = item.label
        cut = next((m.start() for m in _LIST_LINK.finditer(label)
                    if titles.get((item.type, list_form(label[:m.start()])), 0) >= 2), None)
        if cut is None:
            continue
        # The end of the shorter title in the view, whose spaces may be several (the label's are one each).
        span = view[item.start:item.end]
        if " ".join(span.split()) != label:
            continue  # a label not read word for word from the text
        position = item.start
        for word in label[:cut].split():
            position = view.index(word, position) + len(word)
        name = item.attributes.get("name")
        item.end, item.label = position, label[:cut]
        titled_by = item.attributes.get("titled_by")
        if titled_by is not None:  # named without its issuer (graph.find_titles)
            item.attributes["name"] = fold(list_form(titled_by[2] + view[titled_by[1]:position]))
        elif name == fold(label):
            item.attributes["name"] = fold(item.label)
        else:
            item.attributes["name"] = fold(list_form(item.label))


# A statute's name is read whole by graph.find_documents.law_at ("Luật Khoa học, công nghệ và đổi mới sáng tạo").
_STATUTE_TYPES = frozenset({EntityType.LAW.value, EntityType.ORDINANCE.value, EntityType.CONSTITUTION.value})
_LIST_LINK = re.compile(r",? và |, ")


def list_form(label: str) -> str:
    """A title as identity: a list joined by commas or "và" is one list ("tiếp thu, giải trình và chỉnh lý")."""
    return " ".join(label.replace(",", " ").replace(" và ", " ").split())


# A charter ("Điều lệ") is named by the body it governs: "Điều lệ Mặt trận Tổ quốc Việt Nam", "Điều lệ tổ chức
# và hoạt động của Quỹ Đổi mới công nghệ quốc gia".
_CHARTER_HEADS = ("Điều lệ", "ĐIỀU LỆ")
_CHARTER_MAX_WORDS = 10


@cache
def _charter_re() -> re.Pattern:
    owners = "|".join(re.escape(a) for a in sorted(lexicon.body_aliases(), key=len, reverse=True))
    word = rf"[{UPPER}{LOWER}]+"
    # The name runs over words that are not links of the sentence nor the next document's type word.
    stops = "|".join(sorted({*_CHARTER_STOPS.split("|"), *_TYPE_HEADS, *(h.upper() for h in _TYPE_HEADS)},
                            key=len, reverse=True))
    return re.compile(
        rf"(?P<head>Điều lệ|ĐIỀU LỆ) +(?:(?P<body>(?:{owners}))(?!\w)"
        rf"|(?P<what>(?i:tổ chức và hoạt động|tổ chức, hoạt động)(?: +(?i:của))?) +(?P<name>[{UPPER}]{word}"
        rf"(?: +(?!(?:{stops})(?!\w)){word}){{0,{_CHARTER_MAX_WORDS - 1}}}))")


_CHARTER_STOPS = ("ban hành|được|do|theo|tại|kèm|thì|là|có|đã|sẽ|để|nhằm|trong|với|cho|từ|đến|này|đó|số|ngày|năm"
                  "|quy định|thực hiện")


def charter_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    view = scan.view
    if any(view.startswith(form, position) for form in lexicon.named_document_forms() if form.startswith("Điều lệ")):
        return  # "Điều lệ Đảng": the lexicon names it
    match = _charter_re().match(view, position)
    if match is None:
        return
    end = match.end()
    if match.group("body"):
        label = f"Điều lệ {lexicon.body_aliases()[match.group('body')]}"
    else:
        words = match.group("name").split()
        if scan.content is not None and (cut := _PARAGRAPH.search(scan.content, match.start("name"), end)):
            words = view[match.start("name"):cut.start()].split()  # a heading ends at its paragraph
        if match.group("head").isupper():
            while words and not words[-1].isupper():
                words.pop()
        while words and words[-1].lower() in ("và", "hoặc"):
            words.pop()  # "… Quỹ Bảo vệ môi trường tỉnh Quảng Trị và Quyết định số …"
        if len(words) < 2:
            return  # "Điều lệ tổ chức và hoạt động của Quỹ": the one the text is about, not a name
        end = view.index(words[-1], match.start("name")) + len(words[-1])
        what = " ".join(match.group("what").lower().split())
        what = what if what.endswith(" của") else what + " của"
        label = f"Điều lệ {what} {' '.join(words)}"
    yield Found(match.start(), end, EntityType.OTHER_DOCUMENT.value, label, {"name": fold(label)}, kind="named")


_PARAGRAPH = re.compile(r"\n[ \t*#|]*\n")


# A master plan named by its subject and period ("Quy hoạch phát triển điện lực quốc gia thời kỳ 2021-2030, tầm nhìn
# đến năm 2050"): the period is what makes it one plan; written capitalised (in lower case "quy hoạch" is mostly the
# activity, and too common a word to test everywhere).
_MASTER_PLAN = re.compile(
    rf"(?P<type>Quy hoạch) +(?P<name>(?!(?:này|đó|các|của)(?!\w))[{UPPER}{LOWER}]+(?: +(?:-|[{UPPER}{LOWER}]+)){{0,15}}?)"
    rf" +(?:thời kỳ|giai đoạn) +{_YEAR} *- *{_YEAR}(?:, +tầm nhìn +(?:đến|tới) +(?:năm +)?{_YEAR})?")


_YEAR_RANGE = re.compile(rf"({_YEAR}) *- *({_YEAR})")
_PLAN_REACH = 200


def master_plan_at(scan: Scan, position: int, head: str = "") -> Iterator[Found]:
    view = scan.view
    window = view[position:position + _PLAN_REACH]
    if "thời kỳ" not in window and "giai đoạn" not in window:
        return  # the period that names a plan, tested literally first
    match = _MASTER_PLAN.match(view, position)
    if match is None or any(w in _PROGRAM_STOP_WORDS for w in match.group("name").split()) \
            or "quy hoạch" in match.group("name").lower():
        return  # a sentence about planning, or two plans ("… quy hoạch và … chất lượng quy hoạch thời kỳ …")
    label = "Quy hoạch " + _YEAR_RANGE.sub(r"\1-\2", " ".join(scan.view[match.end("type"):match.end()].split()))
    yield Found(match.start(), match.end(), EntityType.PLAN.value, label, {"name": fold(label)}, kind="named")


# Clause words that a plan's subject does not hold (it would be a sentence about planning).
_PROGRAM_STOP_WORDS = frozenset(("được", "đã", "đang", "sẽ", "là", "có", "không", "để", "do", "theo", "tại", "trong",
                                 "thực hiện", "triển khai", "ban hành", "phê duyệt", "hoặc", "cấp", "phải"))


def finders() -> list[tuple[set[str], object]]:
    return [
        ({"Quy hoạch"}, master_plan_at),
        (set(_enacted_types()), enacted_at),
        (set(_PROGRAM_TYPES), quoted_at),
        (case_variants("chương trình mục tiêu quốc gia"), national_at),
        (set(_PROGRAM_TYPES), named_at),
        ({"Kế hoạch", "Chương trình", "Đề án", "chương trình hành động", "kế hoạch hành động"}, unnamed_carrier_at),
        ({"Báo cáo", "BÁO CÁO", "báo cáo "}, report_at),
        (set(_CHARTER_HEADS), charter_at),
    ]
