"""The find stage's shortcuts give exactly what the plain patterns they replace give, on real texts.

Each shortcut (a pattern led by its first letters, a pattern without branches that cannot match where it runs)
trades a slower plain search for less work; these tests run both ways over corpus texts and compare.
"""
from __future__ import annotations

import random
import re
import unicodedata

import pytest

from graph import find_provisions
from graph.literal_led import word_start_led
from graph.normalise import for_matching


@pytest.fixture
def views(corpus) -> list[str]:
    files = sorted(corpus.rglob("*.txt"))[::12]  # a spread of legal and news texts, large and small
    return [for_matching(unicodedata.normalize("NFC", f.read_text(encoding="utf-8"))) for f in files]


def test_provisions_read_back_by_the_led_patterns_are_those_of_the_plain_pattern(views):
    """Before every "Điều"/"Luật"/"Nghị định" … of the texts (and at random ends), the led search without the
    annex links (or with them, before "kèm theo") finds what the plain search finds."""
    module = find_provisions
    plain = re.compile(rf"(?<!\w)(?P<p>{module._LEVEL}(?:{module._NEXT}){{0,10}})(?:{module._LINK}|(?<=\d),) +$")
    picks = random.Random(5)
    checked = matched = annexed = 0
    for view in views:
        ends = [m.start() for m in re.finditer(r"(?<!\w)(?:Luật|Nghị định|Quyết định|Thông tư|Nghị quyết|Quy)", view)]
        ends += [picks.randrange(len(view)) for _ in range(50)]
        for end in ends:
            start = max(0, end - module._REACH)
            expected = plain.search(view, start, end)
            annex = module._ANNEX_END.search(view, start, end) is not None
            got = (module._PROVISION_BEFORE if annex else module._PROVISION_BEFORE_NO_ANNEX).search(view, start, end)
            assert (got and (got.span(), got.span("p"))) == (expected and (expected.span(), expected.span("p")))
            checked += 1
            matched += expected is not None
            annexed += annex and expected is not None
    assert checked > 1000 and matched > 100 and annexed > 0


def test_word_start_led_alternations_match_the_plain_pattern():
    """Alternatives opening with a word, "(?i:word …)" or a group of words, on random strings of their letters
    (a Kelvin sign and a dotless i among them, which IGNORECASE matches to k and i)."""
    alternation = r"(?:(?i:tiểu mục) +\d+|(?i:khoản) +\d+[a-z]?|Điều +\d+|(?:Mục|mục) +[IVX]+|(?i:điểm) [a-z])"
    led = word_start_led(alternation)
    assert led is not None and led.count("(?<![\\w]") > 5
    plain, fast = re.compile(rf"(?<!\w)(?:{alternation})"), re.compile(led)
    picks = random.Random(3)
    letters = "tiểu mục khoản Điều điểm Mục IVX 12 ab\u212a\u0131KHOẢN"
    matched = 0
    for _ in range(400):
        text = "".join(picks.choice(letters) for _ in range(picks.randrange(5, 60)))
        text += " khoản 3 Mục IV xĐiều 2 \u212aHOẢN 4a"
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        matched += len(plain.findall(text))
    assert matched > 400
    assert word_start_led(r"\d+|Điều") is None and word_start_led(r"(?i:a|b)c") is None


def test_law_names_read_by_tries_are_those_of_the_lists_longest_first(views):
    """The law pattern holds the lexicon's names and its stop words as tries; with the plain lists (names longest
    first, stop words in a look-ahead) it reads the same laws at every "Luật"/"Pháp lệnh" of the texts."""
    from graph import find_documents as documents, lexicon
    from graph.found import literal_union

    names = lexicon.law_names()
    stop_forms = {form for phrase in documents._STOP_PHRASES
                  for form in (phrase, phrase.upper(), phrase[0].upper() + phrase[1:])}
    stop_forms |= {*documents._TYPE_HEADS, *(h.upper() for h in documents._TYPE_HEADS)}
    type_forms = {*documents._TYPE_HEADS, *(h.upper() for h in documents._TYPE_HEADS)}

    def longest_first(forms) -> str:
        return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))

    fast = documents._law_re()
    source = fast.pattern
    for trie, plain in ((literal_union({n.lower() for n in names}), "|".join(re.escape(n) for n in names)),
                        (documents._stop_alternation(), longest_first(stop_forms)),
                        (documents._type_alternation(), longest_first(type_forms))):
        assert trie in source
        source = source.replace(trie, plain)
    plain = re.compile(source)
    read = 0
    for view in views:
        for start in (m.start() for m in re.finditer(r"Luật|LUẬT|Pháp lệnh|PHÁP LỆNH|Bộ luật", view)):
            expected, got = plain.match(view, start), fast.match(view, start)
            assert (got and (got.span(), got.groupdict())) == (expected and (expected.span(), expected.groupdict()))
            read += expected is not None
    assert read > 200


def test_leftmost_by_literal_prefixes_is_the_single_search():
    """Alternatives opening with plain letters (looked for with str.find before the best match so far), one whose
    opening letters recur without a match after them, one with a quantified last letter, one that ignores case."""
    from graph.literal_led import leftmost

    pattern = re.compile(r"Nơi nhận\s*:|ab+c|THƯ VIỆN|(?i:quý)\d|x\d{2}|thu")
    picks = random.Random(9)
    pieces = ["Nơi nhận", ":", " ", "ab", "b", "c", "THƯ VIỆN", "QUÝ", "quý", "1", "x", "th", "u", "Nơi"]
    found = 0
    for _ in range(2000):
        text = "".join(picks.choice(pieces) for _ in range(picks.randrange(1, 30)))
        pos = picks.randrange(len(text) + 1)
        single, split = pattern.search(text, pos), leftmost(pattern, text, pos)
        assert (single and single.span()) == (split and split.span())
        found += single is not None
    assert found > 500


def test_lower_case_heads_are_those_of_a_plain_find_of_each_head(views):
    """The "<type word> số" heads, read from each "số" after a space, are those a str.find of " số" gives."""
    from graph.find import _anchors, _lower_hits, _numbered_by_last_word
    from graph.find_documents import MISSPELT_TYPE_HEAD

    _, _, direct, numbered = _anchors()
    by_last_word = _numbered_by_last_word(numbered)
    total = 0
    for view in views:
        plain = []
        for head in direct:
            index = view.find(head)
            while index >= 0:
                plain.append((index, head))
                index = view.find(head, index + 1)
        index = view.find(" số")
        while index >= 0:
            end = index + 3
            word_start = view.rfind(" ", max(0, index - 12), index) + 1
            heads = by_last_word.get(view[word_start:index])
            if heads is None or (end < len(view) and view[end].isalnum()):
                if heads is None and view[end + 1:end + 2].isdigit() and view[word_start:word_start + 1].isupper():
                    plain.append((index + 1, MISSPELT_TYPE_HEAD))
            else:
                for head in heads:
                    if end >= len(head) and view.startswith(head, end - len(head)):
                        plain.append((end - len(head), head))
                        break
            index = view.find(" số", index + 1)
        assert sorted(_lower_hits(view, direct, numbered)) == sorted(plain)
        total += len(plain)
    assert total > 100


def test_word_start_led_leaves_alone_what_it_cannot_split():
    from graph.literal_led import _literal_prefix

    assert word_start_led(r"(?P<x>a)b|c") is None  # a captured group would be repeated
    assert word_start_led(r"(?:a|b)+c") is None  # a quantified group does not open with one letter
    assert _literal_prefix("a b", re.VERBOSE) == "" and _literal_prefix("abc+", 0) == "ab"
