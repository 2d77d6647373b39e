"""Text normalisation that keeps offsets: the matched text is the same length as the source text."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicon import document_types, furniture, furniture_blocks, symbol_issuers
from .literal_led import literal_find

# Every whitespace character other than the plain space (what `\s` matches), replaced with str.replace:
# a fast search per character, far cheaper than a regex pass over the text.
_SPACES = tuple(c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")
# Look-alike letters that real texts use in symbols: U+00D0 (Icelandic Eth) for U+0110 (Vietnamese Đ),
# dashes of every kind for the hyphen. Markdown residue (emphasis stars, heading hashes, table bars) becomes
# a space.
_LOOKALIKE_SIGNS = (("\u00d0", "\u0110"), ("\u00f0", "\u0111"), ("\u2013", "-"), ("\u2014", "-"),
                    ("\u2011", "-"), ("\u2010", "-"), ("\u2012", "-"), ("\u2212", "-"))
_REPLACEMENTS = (*_LOOKALIKE_SIGNS, ("*", " "), ("#", " "), ("|", " "))
# Cyrillic capitals that look like Latin ones ("Nghị định số 137/2020/NĐ-СР" with a Cyrillic "СР"): the texts are
# Vietnamese, so a Cyrillic capital in a symbol is always such a look-alike. The symbol patterns take them
# (CYRILLIC_LOOKALIKES); the canonical symbol is Latin. Not folded in the whole view: a search per letter costs.
_CYRILLIC_CAPITALS = tuple(zip("\u0410\u0412\u0421\u0415\u041d\u041a\u041c\u041e\u0420\u0422\u0425", "ABCEHKMOPTX"))
CYRILLIC_LOOKALIKES = "".join(cyrillic for cyrillic, _ in _CYRILLIC_CAPITALS)
# A symbol's look-alikes: the view's, and the Cyrillic capitals.
_LOOKALIKES = str.maketrans(dict(_LOOKALIKE_SIGNS + _CYRILLIC_CAPITALS))
# Old-style tone placement at the end of a word ("Uỷ", "khoá", "Toà", "hoà") written new-style ("Ủy",
# "khóa", "Tòa", "hòa"): two letters swap their tone mark, so the length is unchanged.
_TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_OLD_TONE: dict[str, str] = {}
for _first, _second in (("o", "a"), ("o", "e"), ("u", "y")):
    for _tone in _TONES:
        for _a, _b in ((_first, _second), (_first.upper(), _second.upper()), (_first.upper(), _second)):
            old = _a + unicodedata.normalize("NFC", _b + _tone)
            new = unicodedata.normalize("NFC", _a + _tone) + _b
            _OLD_TONE[old] = new
# An old-style pair at the end of a word: one pattern per first letter, since a pattern led by a literal is
# scanned for several times faster than one led by a class; each with the toned letters that follow it in a pair
# ("u" only "y": "quả", "quá" never reach Python). Matches cannot overlap (the pair ends a word).
_SECONDS_AFTER = {first: "".join(sorted({pair[1] for pair in _OLD_TONE if pair[0] == first})) for first in "oOuU"}
_OLD_TONE_AT = tuple(re.compile(rf"{first}[{seconds}](?!\w)") for first, seconds in _SECONDS_AFTER.items())

# The characters `for_matching` replaces one for one (any order: no replacement makes another's input).
# The common ones (the no-break space too) are replaced directly; the rare ones are looked for first.
_SINGLE = dict([*((space, " ") for space in _SPACES), *_REPLACEMENTS])
_COMMON = ("\n", "\r", "\t", "\xa0", "*", "#", "|")
_RARE = re.compile("[" + "".join(re.escape(c) for c in _SINGLE if c not in _COMMON) + "]")
# A text str.isprintable passes holds no unprintable character (every white space but the plain one is such): of the
# rare ones, only the printable look-alikes can be there, each looked for by a fast search of one character,
# cheaper than the one pass of the class over the text.
_RARE_PRINTABLE = tuple(c for c in _SINGLE if c not in _COMMON and c.isprintable())

# A furniture block (a site's pop-up notice) ends within this many characters of its start.
_BLOCK_REACH = 6000


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _new_tone(view: str) -> str:
    starts = sorted(match.start() for pattern in _OLD_TONE_AT for match in pattern.finditer(view))
    chunks, last = [], 0
    for start in starts:
        new = _OLD_TONE.get(view[start:start + 2])
        if new is None or (start and view[start - 1] in "qQ"):
            continue  # "quý": the u belongs to "qu"
        chunks += [view[last:start], new]
        last = start + 2
    if not chunks:
        return view
    chunks.append(view[last:])
    return "".join(chunks)


# An empty bold pair inside a word ("BỘ C****ÔNG THƯƠNG", "Phương ph****áp", "GIÁM Đ****Ố****C"): a converter's
# residue that would split the word in two.
_EMPTY_BOLD = "****"


def joined_words(text: str) -> str:
    """`text` with each word split by empty bold pairs written whole after the stars (same length): "BỘ C****ÔNG"
    reads "BỘ ****CÔNG", so a name read from the words before it ends where the word ends in the text.

    A lower-case letter before and a capital after is two words run together ("Bộ Quốc phòng****Sửa đổi"): left."""
    pieces, last, size = [], 0, len(text)
    position = text.find(_EMPTY_BOLD)
    while position >= 0:
        end, fragments = position, []
        while text.startswith(_EMPTY_BOLD, end) and end + 4 < size and text[end + 4].isalpha() \
                and position > 0 and text[position - 1].isalpha() \
                and not (text[position - 1].islower() and text[end + 4].isupper() and not fragments):
            run = end + 4
            while run < size and text[run].isalpha():
                run += 1
            fragments.append(text[end + 4:run])
            end = run
        if fragments:
            head = position
            while head > last and text[head - 1].isalpha():
                head -= 1
            word = text[head:position] + "".join(fragments)
            pieces += (text[last:head], "*" * (end - head - len(word)), word)
            last = end
        position = text.find(_EMPTY_BOLD, max(end, position + 4))
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


@lru_cache(maxsize=None)
def _furniture_gates() -> dict[str, re.Pattern]:
    """For each furniture literal that shares its first letter with others, one search for any of that group: a text
    that holds none of them (most texts) is read once for the group, not once per literal."""
    groups: dict[str, list[str]] = {}
    for literal in furniture():
        groups.setdefault(literal[:1], []).append(literal)
    gates = {}
    for group in groups.values():
        if len(group) > 1:
            gate = re.compile("|".join(map(re.escape, group)))
            gates.update((literal, gate) for literal in group)
    return gates


def for_matching(text: str) -> str:
    """A same-length view of `text` for the patterns.

    Any whitespace becomes one space, look-alikes are folded, old-style tone placement is written new-style,
    and site furniture (watermarks, markdown residue) is blanked out. Matches found in this view index the
    original text unchanged.
    """
    view = joined_words(text) if literal_find(_EMPTY_BOLD)(text) >= 0 else text
    for old in _COMMON:
        view = view.replace(old, _SINGLE[old])
    rare = [c for c in _RARE_PRINTABLE if c in view] if view.isprintable() else set(_RARE.findall(view))
    for old in rare:
        view = view.replace(old, _SINGLE[old])
    view = _new_tone(view)
    gates: dict[re.Pattern, bool] = {}  # each gate's answer for the view as it stands
    for literal in furniture():
        gate = _furniture_gates().get(literal)
        if gate is not None:
            if gate not in gates:
                gates[gate] = gate.search(view) is not None
            if not gates[gate]:
                continue  # none of its group is in the view
        if literal_find(literal)(view) >= 0:
            view = view.replace(literal, " " * len(literal))
            gates.clear()  # the view changed: a gate is asked again
    for start_literal, end_literal in furniture_blocks():
        find_start = literal_find(start_literal)
        start = find_start(view)
        while start >= 0:
            end = view.find(end_literal, start, start + _BLOCK_REACH)
            if end < 0:
                break
            end += len(end_literal)
            view = view[:start] + " " * (end - start) + view[end:]
            start = find_start(view, end)
    return view


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and diacritic-insensitive form for search and identity keys ("Kết luận" → "ket luan")."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


# Issuer codes written in mixed case; a symbol written all in lower case gets them back.
_MIXED_CASE_CODES = {"TTG": "TTg", "TTR": "TTr", "CTR": "CTr"}
# Source typos repaired in the canonical symbol (the mention keeps the text as written):
# a year run into the type code ("49/2025TT-BCT" for 49/2025/TT-BCT) gets its slash back;
_YEAR_RUN_INTO_CODE = re.compile(r"^(\d+[a-z]?/(?:19|20)\d\d)(?=[A-ZĐ])")
# a letter O for the Q of the legislature's code ("22/2023/OH15"): no issuer is coded "OH".
_O_FOR_Q = re.compile(r"(?<=[/-])(UBTV)?OH(?=\d{1,2}$)")
# a type code run into its issuer code after the year ("79/2025/NĐCP" for 79/2025/NĐ-CP).
_CODES_AFTER_YEAR = re.compile(r"^(\d+[a-z]?/(?:19|20)\d\d/)([A-ZĐ][A-Za-zĐ]+)(\d{0,2})$")


@lru_cache(maxsize=1)
def _type_codes() -> tuple[str, ...]:
    """Type codes of symbols, longest first ("TTLT" before "TT")."""
    codes = {code for doc in document_types() for code in doc.symbol_codes}
    return tuple(sorted(codes, key=len, reverse=True))


def _hyphen_between_codes(symbol: str) -> str:
    match = _CODES_AFTER_YEAR.match(symbol)
    if match is None:
        return symbol
    codes = match.group(2)
    issuers = symbol_issuers()
    for code in _type_codes():
        if codes.startswith(code) and codes[len(code):] in issuers:
            return f"{match.group(1)}{code}-{codes[len(code):]}{match.group(3)}"
    return symbol


@lru_cache(maxsize=65536)
def normalise_symbol(symbol: str) -> str:
    """Canonical symbol: no spaces, ASCII hyphen, Vietnamese Đ, issuer code case kept (`QĐ-TTg`).

    A symbol written all in lower case ("39-kl/tw") is upper-cased, except the mixed-case codes.
    """
    symbol = "".join(symbol.translate(_LOOKALIKES).split())
    if symbol == symbol.lower() and any(c.isalpha() for c in symbol):
        symbol = "".join(_MIXED_CASE_CODES.get(part, part)
                         for part in re.split(r"([-/])", symbol.upper()))
    if "OH" in symbol:
        symbol = _O_FOR_Q.sub(r"\1QH", symbol)
    symbol = _YEAR_RUN_INTO_CODE.sub(r"\1/", symbol)
    return _hyphen_between_codes(symbol) if "-" not in symbol else symbol
