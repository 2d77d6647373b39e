"""Text normalisation that keeps offsets: the matched text is the same length as the source text."""
from __future__ import annotations

import re
import unicodedata
from functools import cache

_WHITESPACE = re.compile(r"\s")
# Look-alike letters that real texts use in symbols: U+00D0 (Icelandic Eth) for U+0110 (Vietnamese Đ),
# dashes of every kind for the hyphen.
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u2013": "-", "\u2014": "-",
                             "\u2011": "-", "\u2010": "-", "\u2012": "-", "\u2212": "-"})
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
_OLD_TONE_RE = re.compile(r"(?<![qQ])(?:" + "|".join(_OLD_TONE) + r")(?!\w)")
# Markdown residue: emphasis stars, heading hashes, table bars.
_MARKDOWN = re.compile(r"[*#|]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@cache
def _furniture_re() -> re.Pattern | None:
    from .lexicon import furniture

    literals = furniture()
    if not literals:
        return None
    return re.compile("|".join(re.escape(f) for f in sorted(literals, key=len, reverse=True)))


def _blank(match: re.Match) -> str:
    return " " * (match.end() - match.start())


def _new_tone(match: re.Match) -> str:
    return _OLD_TONE[match.group(0)]


def for_matching(text: str) -> str:
    """A same-length view of `text` for the patterns.

    Any whitespace becomes one space, look-alikes are folded, old-style tone placement is written new-style,
    and site furniture (watermarks, markdown residue) is blanked out. Matches found in this view index the
    original text unchanged.
    """
    view = _WHITESPACE.sub(" ", text).translate(_LOOKALIKES)
    view = _OLD_TONE_RE.sub(_new_tone, view)
    view = _MARKDOWN.sub(_blank, view)
    furniture = _furniture_re()
    if furniture is not None:
        view = furniture.sub(_blank, view)
    return view


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form for search and identity keys ("Kết luận" → "ket luan")."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


# Issuer codes written in mixed case; a symbol written all in lower case gets them back.
_MIXED_CASE_CODES = {"TTG": "TTg", "TTR": "TTr", "CTR": "CTr"}


def normalise_symbol(symbol: str) -> str:
    """Canonical symbol: no spaces, ASCII hyphen, Vietnamese Đ, issuer code case kept (`QĐ-TTg`).

    A symbol written all in lower case ("39-kl/tw") is upper-cased, except the mixed-case codes.
    """
    symbol = re.sub(r"\s+", "", symbol.translate(_LOOKALIKES))
    if symbol == symbol.lower() and any(c.isalpha() for c in symbol):
        symbol = "".join(_MIXED_CASE_CODES.get(part, part)
                         for part in re.split(r"([-/])", symbol.upper()))
    return symbol
