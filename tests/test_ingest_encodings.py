"""Encodings: real corpus texts converted to each legacy encoding and back, and detected among UTF-8 ones."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from graph.encodings import (decode, detect_legacy, from_cp1258, from_tcvn3, from_vni, to_cp1258, to_tcvn3,
                             to_vni)
from graph.errors import LoadError
from graph.load import read_text

LEGACY = {"TCVN3": (to_tcvn3, from_tcvn3), "VNI": (to_vni, from_vni), "Windows-1258": (to_cp1258, from_cp1258)}


def corpus_sample(corpus: Path, count: int) -> list[tuple[str, str]]:
    """Every n-th corpus text (legal and news), NFC, that all three legacy encodings can write."""
    paths = sorted(corpus.rglob("*.txt"))
    chosen = []
    for path in paths[:: max(1, len(paths) // (count * 2))]:
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))[:20000]
        try:
            for encode, _ in LEGACY.values():
                encode(text)
        except UnicodeEncodeError:
            continue
        chosen.append((path.name, text))
    assert len(chosen) >= count
    return chosen[:count]


@pytest.mark.parametrize("encoding", LEGACY)
def test_corpus_texts_round_trip_byte_for_byte(corpus, encoding):
    encode, decode_legacy = LEGACY[encoding]
    for name, text in corpus_sample(corpus, 12):
        legacy = encode(text)
        assert legacy != text.encode("utf-8")
        back = decode_legacy(legacy)
        assert encode(back) == legacy, name  # the legacy bytes, byte for byte
        if encoding == "TCVN3":
            # TCVN3 has no codes for capitals with a tone mark (the .VnTimeH font draws the small-letter
            # code as a capital): the decoder restores capitals from the word and its neighbours. Checked:
            # the text is right but for case, all-caps words come back, and the letters that differ are
            # word-initial capitals of title-case words ("Ủy") but for a rare mixed-case line.
            assert back.lower() == text.lower(), name
            caps = [w for w in text.split() if w.isupper() and len(w) > 2]
            assert sum(w in back.split() for w in caps) >= 0.98 * len(caps), name
            odd = [i for i in range(len(text)) if back[i] != text[i]
                   and not (text[i].isupper() and (i == 0 or not text[i - 1].isalpha()))]
            assert len(odd) <= 2, (name, [text[i - 10:i + 10] for i in odd])
        else:
            assert back.encode("utf-8") == text.encode("utf-8"), name  # the Unicode text, byte for byte


def test_known_legacy_spellings():
    assert from_tcvn3("§¶ng Céng s¶n ViÖt Nam".encode("latin-1")) == "Đảng Cộng sản Việt Nam"
    assert from_tcvn3("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM".encode("latin-1")) == "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert from_vni("Ñaûng Coäng saûn Vieät Nam".encode("latin-1")) == "Đảng Cộng sản Việt Nam"
    assert from_vni("Nghò quyeát cuûa Boä Chính trò".encode("latin-1")) == "Nghị quyết của Bộ Chính trị"
    assert from_cp1258("Vi\xea\xf2t Nam".encode("latin-1")) == "Việt Nam"


def test_detection_among_real_utf8_texts(corpus, tmp_path):
    sample = corpus_sample(corpus, 8)
    folder = tmp_path / "mixed"
    folder.mkdir()
    expected = {}
    for index, (name, text) in enumerate(sample):
        kind = ["UTF-8", "TCVN3", "VNI", "Windows-1258"][index % 4]
        data = text.encode("utf-8") if kind == "UTF-8" else LEGACY[kind][0](text)
        path = folder / f"{index}-{kind}.txt"
        path.write_bytes(data)
        assert decode(data, name)[1] == kind
        expected[path] = (kind, text)
    for path, (kind, text) in expected.items():
        content = read_text(path).content
        assert content.lower() == text.lower() if kind == "TCVN3" else content == text


def test_unicode_forms_and_byte_order_marks(seed_text):
    text = unicodedata.normalize("NFC", seed_text.read_text(encoding="utf-8"))
    for data in (text.encode("utf-8-sig"), text.encode("utf-16"), text.encode("utf-16-le"), text.encode("utf-16-be"),
                 unicodedata.normalize("NFD", text).encode("utf-8"), text.encode("utf-32")):
        assert decode(data, "x")[0] == text


def test_legacy_detection_refuses_what_is_not_vietnamese():
    french = "Le Comité a décidé à l'unanimité: élève, être, où, ça. " * 20
    with pytest.raises(LoadError, match="not UTF-8 text"):
        decode(french.encode("cp1252"), "french.txt")
    assert detect_legacy(bytes(range(128, 256)) * 10) is None
