"""Arbitrary bytes and Unicode into every reader and the extractor: only LoadError escapes, nothing hangs."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from graph.encodings import decode, from_tcvn3, from_vni
from graph.errors import LoadError
from graph.extract import extract_text
from graph.formats.records import json_records
from graph.load import plain_text

FORMATS = ["text", "markdown", "html", "docx", "pdf"]
PREFIXES = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"\xef\xbb\xbf", b"\xff\xfe", b"[{\"text\": "]
FUZZ = settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(prefix=st.sampled_from(PREFIXES), data=st.binary(max_size=3000), fmt=st.sampled_from(FORMATS),
       suffix=st.sampled_from([b"", b"\n%%EOF\n"]))
def test_readers_raise_only_load_error(prefix, data, fmt, suffix):
    try:
        text = plain_text(prefix + data + suffix, fmt, "fuzz")
    except LoadError as error:
        assert "\n" not in str(error)
    else:
        assert isinstance(text, str)


@FUZZ
@given(data=st.binary(max_size=3000))
def test_decoders_and_json_records(data):
    for decoder in (from_tcvn3, from_vni):
        assert isinstance(decoder(data), str)
    try:
        decode(data, "fuzz")
    except LoadError:
        pass
    try:
        for item in json_records(data, "fuzz", "text", None):
            assert isinstance(item, (tuple, LoadError))
    except LoadError:
        pass


VIETNAMESE_ISH = st.text(alphabet=st.sampled_from(
    list("Nghịquyếtsố-/QĐTWNĐCPKL0123456789 .,:;()\n\tđĐăâêôơưàáảãạBộChínhtrịĐiềuKhoản") + ["\u0301", "\u0323", "\x00"]),
    max_size=400)


@FUZZ
@given(text=st.one_of(st.text(max_size=400), VIETNAMESE_ISH))
def test_the_extractor_takes_any_unicode(text):
    extraction = extract_text(text, "fuzz")
    for entity in extraction.entities:
        for mention in entity.mentions:
            assert extraction.text.content[mention.start:mention.end] == mention.text
