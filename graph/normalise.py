"""Text normalisation that keeps offsets: the matched text is the same length as the source text."""
from __future__ import annotations

import re
import unicodedata

_WHITESPACE = re.compile(r"\s")
# Look-alike letters that real texts use in symbols: U+00D0 (Icelandic Eth) for U+0110 (Vietnamese Đ).
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u2013": "-", "\u2011": "-", "\u2010": "-"})


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def for_matching(text: str) -> str:
    """A same-length view of `text` for the patterns: one space for any whitespace, look-alikes folded.

    Matches found in this view index the original text unchanged.
    """
    return _WHITESPACE.sub(" ", text).translate(_LOOKALIKES)


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form for search and identity keys ("Kết luận" → "ket luan")."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def normalise_symbol(symbol: str) -> str:
    """Canonical symbol: no spaces, ASCII hyphen, Vietnamese Đ, issuer code case kept (`QĐ-TTg`)."""
    symbol = re.sub(r"\s+", "", symbol.translate(_LOOKALIKES))
    return symbol
