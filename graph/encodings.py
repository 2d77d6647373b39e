"""Bytes → Unicode for Vietnamese texts: UTF-8/16 (with or without BOM), Windows-1258 and the legacy
font encodings TCVN3 (ABC, .VnTime) and VNI (VNI-Times), detected from the bytes; the result is NFC.

The legacy tables are data (graph/data/tcvn3.tsv, vni.tsv). Detection decodes a sample with every
legacy candidate and keeps the one under which most words are well-formed Vietnamese syllables.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from .errors import LoadError

DATA = Path(__file__).resolve().parent / "data"
SAMPLE = 64 * 1024  # bytes looked at to choose a legacy encoding

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def _rows(name: str):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def _windows_byte(value: int) -> str:
    """What a byte the legacy table leaves alone means: Windows-1252 punctuation in 0x80–0x9F, else Latin-1."""
    try:
        return bytes([value]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(value)


# -- TCVN3 ---------------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _tcvn3() -> tuple[dict[int, str], dict[str, int], frozenset[str]]:
    """(byte → letter, letter → byte, the small letters whose capital shares their code)."""
    table = {int(code, 16): letter for code, letter in _rows("tcvn3.tsv")}
    defaults = {value: _windows_byte(value) for value in range(128, 256)}
    decode = defaults | table
    # Letters the table places elsewhere are written at the table's code (bytes left over keep Latin-1).
    encode = {letter: code for code, letter in defaults.items() if code not in table} | {
        letter: code for code, letter in table.items()}
    # Capitals with a tone mark have no code: the .VnTimeH fonts draw the small letter's code as a capital.
    shared = frozenset(letter for letter in table.values()
                       if letter.islower() and letter.upper() not in table.values())
    for code, letter in table.items():
        if letter in shared:
            encode[letter.upper()] = code
    return decode, encode, shared


_WORD = re.compile(r"[^\W\d_]+")
_VOWELS = frozenset("aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


def _case_of(word: str, shared: frozenset[str]) -> str | None:
    """"upper" or "lower" as the word's own letters tell, None when they cannot ("Hå", "ë")."""
    telling = [(i, c) for i, c in enumerate(word) if c not in shared]
    if any(c.islower() for _, c in telling):
        return "lower"
    # A capital after the first letter cannot be title case: the word is in capitals.
    return "upper" if any(i > 0 and c.isupper() for i, c in telling) else None


def _tells_neighbours(word: str) -> bool:
    """Only Vietnamese words (two letters or more, not ASCII, with a vowel) tell their neighbours'
    case; acronyms ("CĐ", "HĐND") and ASCII words do not."""
    return len(word) >= 2 and not word.isascii() and bool(_VOWELS.intersection(word.lower()))


def _restore_capitals(text: str) -> str:
    """Upper-case the lower-case-only codes inside words written in capitals ("CéNG" → "CỘNG").

    A word with no other letter to tell follows its nearest telling neighbour. Works word by word with
    a bounded look around, so memory and time stay linear in the text.
    """
    shared = _tcvn3()[2]
    if not shared.intersection(text):
        return text

    def restore(match: re.Match) -> str:
        word = match.group()
        if not shared.intersection(word):
            return word
        decided = _case_of(word, shared) or _neighbour_case(text, match.start(), match.end(), shared)
        return "".join(c.upper() if c in shared else c for c in word) if decided == "upper" else word

    return _WORD.sub(restore, text)


_REACH = 300  # characters around an undecided word searched for its neighbours


def _neighbour_case(text: str, here: int, there: int, shared: frozenset[str]) -> str | None:
    """The case of the telling word nearest to text[here:there] in its paragraph: on the same line
    first, the previous word before the next; then the lines before, then the lines after."""
    low, high = max(0, here - _REACH), min(len(text), there + _REACH)
    start = max(text.rfind("\n\n", low, here), low - 1)
    end = text.find("\n\n", there, high) % (high + 1)
    line_start = max(text.rfind("\n", low, here), low - 1)
    line_end = text.find("\n", there, high) % (high + 1)
    best = None
    for distance, match in _around(text, max(low, start + 1), here, there, min(high, end)):
        word = match.group()
        state = _case_of(word, shared) if _tells_neighbours(word) else None
        if state is None:
            continue
        where = match.start()
        key = (not line_start < where < line_end, where > here, abs(distance))
        if best is None or key < best[0]:
            best = (key, state)
    return best[1] if best else None


def _around(text: str, low: int, here: int, there: int, high: int):
    """(signed word distance, match) of the words before and after text[here:there] within [low, high)."""
    before = list(_WORD.finditer(text, low, here))
    for distance, match in enumerate(reversed(before), 1):
        if match.end() <= here:
            yield -distance, match
    for distance, match in enumerate(_WORD.finditer(text, there, high), 1):
        yield distance, match


def from_tcvn3(data: bytes) -> str:
    return _restore_capitals(data.decode("latin-1").translate(_tcvn3()[0]))


def to_tcvn3(text: str) -> bytes:
    """Unicode → TCVN3 bytes; raises UnicodeEncodeError for a character TCVN3 cannot write."""
    encode = _tcvn3()[1]
    out = bytearray()
    for index, char in enumerate(unicodedata.normalize("NFC", text)):
        if ord(char) < 128:
            out.append(ord(char))
        elif char in encode:
            out.append(encode[char])
        else:
            raise UnicodeEncodeError("tcvn3", text, index, index + 1, "no TCVN3 code")
    return bytes(out)


# -- VNI -----------------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _vni() -> tuple[dict[str, str], re.Pattern, dict[str, str]]:
    encode = {letter: bytes.fromhex(code).decode("latin-1") for letter, code in _rows("vni.tsv")}
    decode = {sequence: letter for letter, sequence in encode.items()}
    # Typists mix capital and small mark bytes after a base letter; the base letter decides the case.
    for sequence, letter in list(decode.items()):
        if len(sequence) == 2:
            for mark in (sequence[1].lower(), sequence[1].upper()):
                decode.setdefault(sequence[0] + mark, letter)
    pattern = re.compile("|".join(re.escape(s) for s in sorted(decode, key=len, reverse=True)))
    return decode, pattern, encode


def from_vni(data: bytes) -> str:
    decode, pattern, _ = _vni()
    raw = data.decode("latin-1")
    raw = raw.translate({value: _windows_byte(value) for value in range(128, 160)})
    return pattern.sub(lambda m: decode[m.group()], raw)


def to_vni(text: str) -> bytes:
    """Unicode → VNI bytes; raises UnicodeEncodeError for a character VNI cannot write."""
    _, _, encode = _vni()
    used = {ord(c) for sequence in encode.values() for c in sequence}
    out = bytearray()
    for index, char in enumerate(unicodedata.normalize("NFC", text)):
        if char in encode:
            out += encode[char].encode("latin-1")
        elif ord(char) < 128 or (0xA0 <= ord(char) <= 0xFF and ord(char) not in used):
            out.append(ord(char))
        else:
            try:
                code = char.encode("cp1252")
            except UnicodeEncodeError:
                code = b""
            if len(code) != 1 or not 0x80 <= code[0] <= 0x9F:
                raise UnicodeEncodeError("vni", text, index, index + 1, "no VNI code")
            out += code
    return bytes(out)


# -- Windows-1258 --------------------------------------------------------------------------------------

def from_cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258"))


def to_cp1258(text: str) -> bytes:
    """Unicode → Windows-1258 the way Windows writes it: a precomposed letter when the code page has it,
    else the base letter (with its circumflex, breve or horn) followed by a combining tone mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        tones = "".join(c for c in decomposed if c in _TONES)
        out += (base + tones).encode("cp1258")
    return bytes(out)


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}

# -- detection -----------------------------------------------------------------------------------------

_LEGACY = {"TCVN3": from_tcvn3, "VNI": from_vni, "Windows-1258": from_cp1258}

_VIETNAMESE = frozenset(
    "abcdefghijklmnopqrstuvwxyzđ"
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
                       r"[aăâeêioôơuưy]{1,3}(?:ch|nh|ng|[cmnpt])?")


def _is_syllable(word: str) -> bool:
    if not (word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())):
        return False
    lower = word.lower()
    if not set(lower) <= _VIETNAMESE:
        return False
    decomposed = unicodedata.normalize("NFD", lower)
    if sum(c in _TONES for c in decomposed) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


def vietnamese_score(text: str) -> tuple[int, int]:
    """(well-formed, all) counts over the words that are not plain ASCII."""
    good = total = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        total += 1
        good += _is_syllable(word)
    return good, total


def detect_legacy(data: bytes) -> str | None:
    """The legacy encoding under which `data` reads as Vietnamese, or None."""
    sample = data[:SAMPLE]
    best, best_good = None, 0
    for name, decoder in _LEGACY.items():
        try:
            good, total = vietnamese_score(decoder(sample))
        except UnicodeDecodeError:  # Windows-1258 leaves a few bytes undefined
            continue
        if total and good / total >= 0.6 and good > best_good:
            best, best_good = name, good
    return best


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    return "\x00" in sample or len(_CONTROL.findall(sample)) > 0.05 * max(len(sample), 1)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """(NFC text, encoding name) of `data`; LoadError when it is empty, binary or no known encoding."""
    if not data.strip():
        raise LoadError(f"{name}: empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                raise LoadError(f"{name}: damaged {codec.upper()} text (invalid bytes at offset {error.start})") from None
            return _checked(text, name), codec.upper().replace("-SIG", "")
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), name), utf16.upper()
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise LoadError(f"{name}: binary file, not a text")
    try:
        return _checked(data.decode("utf-8"), name), "UTF-8"
    except UnicodeDecodeError as error:
        legacy = detect_legacy(data)
        if legacy is None:
            raise LoadError(f"{name}: not UTF-8 text (invalid byte at offset {error.start}) "
                            "and not Vietnamese in TCVN3, VNI or Windows-1258") from None
        return _checked(_LEGACY[legacy](data), name), legacy


def _checked(text: str, name: str) -> str:
    if _looks_binary(text):
        raise LoadError(f"{name}: binary file, not a text")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise LoadError(f"{name}: empty file")
    return text
