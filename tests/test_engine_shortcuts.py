"""The engine's shortcuts give exactly what the plain scans they replace give, on real texts.

Each shortcut (graph.clause_ends, graph.literal_led, the lower-cased trigger search) trades one regex pass over
a whole text for less work; these tests run both ways over corpus texts and compare.
"""
from __future__ import annotations

import bisect
import random
import re
import unicodedata

import pytest

from graph import header, relate_lexicon
from graph.clause_ends import ClauseEnds
from graph.lexicon import furniture, furniture_blocks
from graph.literal_led import finditer_merged, finditer_words, leftmost, literal_find, word_phrases
from graph.normalise import for_matching
from graph.relate_context import _clause_end


@pytest.fixture
def texts(corpus) -> list[str]:
    files = sorted(corpus.rglob("*.txt"))[::24]  # a spread of legal and news texts, large and small
    return [unicodedata.normalize("NFC", f.read_text(encoding="utf-8")) for f in files]


def test_clause_ends_found_by_chunk_are_those_of_a_full_scan(texts):
    pattern = _clause_end()
    picks = random.Random(7)
    for text in texts + ["a" * 9000, ":\n\n\n**Điều 1.** x\n1. ừ\n\n" * 300]:
        full = [m.start() for m in pattern.finditer(text)]
        ends = ClauseEnds(text, pattern)
        for position in [picks.randrange(-1, len(text) + 2) for _ in range(200)]:
            k = bisect.bisect_right(full, position)
            assert ends.last_at_or_before(position) == (full[k - 1] if k else None)
            k = bisect.bisect_left(full, max(position, 0))
            assert ends.first_at_or_after(position) == (full[k] if k < len(full) else None)


def test_a_long_stretch_without_clause_ends_is_scanned_once():
    """Questions inside a long clause-free stretch neither walk nor rescan it: the text is scanned once."""
    text = "Luật Đất Đai " * 40_000 + ". Hết."
    ends = ClauseEnds(text, _clause_end())
    assert ends.first_at_or_after(100) == text.index(". Hết")
    assert ends._all == [m.start() for m in _clause_end().finditer(text)]
    assert ends.last_at_or_before(len(text) - 3) == text.index(". Hết")
    assert ends.last_at_or_before(len(text) - 10) is None


def test_trigger_phrases_in_lower_cased_text_are_those_of_the_ignorecase_pattern(texts):
    found = 0
    for text in texts:
        view = for_matching(text)
        lowered = relate_lexicon.lowered(view)
        assert lowered is not None
        plain = [(m.span(), relate_lexicon.trigger_of(m)) for m in relate_lexicon.trigger_pattern().finditer(view)]
        fast = [(m.span(), relate_lexicon.trigger_of(m)) for m in relate_lexicon.lower_trigger_pattern().finditer(lowered)]
        assert fast == plain
        found += len(plain)
    assert found > 100
    # A dotless i or a long s folds differently under IGNORECASE: such text is read the slow way.
    assert relate_lexicon.lowered("Thực hıện") is None


def test_literal_led_searches_match_the_single_patterns(texts):
    bare = 0
    for text in texts:
        for position in (0, len(text) // 2):
            single = header._BODY_END.search(text, position)
            split = leftmost(header._BODY_END, text, position)
            assert (single and single.span()) == (split and split.span())
        single = [(m.span(), m.groupdict()) for m in header._BARE_LOCAL.finditer(text)]
        merged = [(m.span(), m.groupdict())
                  for m in finditer_merged(header._BARE_LOCAL_BY_LETTER, header._BARE_LOCAL, text)]
        assert merged == single
        bare += len(single)
    assert bare > 0


def test_literals_found_by_literal_find_are_those_str_find_gives(texts):
    """Capital-led literals go to the regex engine, lower-case-led ones to str.find: both give str.find's index,
    with and without bounds (a literal must fit before the end bound)."""
    literals = [*furniture(), *(start for start, _ in furniture_blocks()), "****", "Nơi nhận", "Kính gửi:",
                "thuvienphapluat", "Luật", "Điều", "số", "", "Nghị quyết số"]
    picks = random.Random(11)
    hits = 0
    for text in texts:
        for literal in literals:
            find = literal_find(literal)
            assert find(text) == text.find(literal)
            hits += find(text) >= 0
            for _ in range(5):
                pos, end = sorted(picks.randrange(0, len(text) + 2) for _ in range(2))
                assert find(text, pos) == text.find(literal, pos)
                assert find(text, pos, end) == text.find(literal, pos, end)
    assert hits > 20


def test_the_view_folds_every_rare_character_whichever_way_it_is_looked_for(texts):
    """A text with no unprintable character has its look-alikes looked for one by one, any other the one pass of
    the class: both fold every white space and look-alike, whether the text also holds an unprintable character
    (a soft hyphen) or not."""
    from graph.normalise import _SINGLE

    look_alikes = ["\u2013", "\u2212", "\xd0", "\xf0", "\u2011", "\xa0"]
    spaces = ["\u2003", "\u2028", "\x0b", "\u3000"]
    picks = random.Random(5)
    printable = 0
    for text in texts:
        for rare in (look_alikes, look_alikes + spaces, look_alikes + ["\xad"]):
            chars = list(text)
            for char in rare:
                chars.insert(picks.randrange(len(chars) + 1), char)
            mixed = "".join(chars)
            view = for_matching(mixed)
            # Each is folded (or blanked with the furniture around it).
            assert all(view[i] in (_SINGLE[c], " ") for i, c in enumerate(mixed) if c in rare and c in _SINGLE)
            assert not any(c in view for c in rare if c in _SINGLE)
            printable += mixed.replace("\n", " ").replace("\t", " ").replace("\r", " ").replace("\xa0", " ").isprintable()
    assert printable > 0  # the look-alikes alone were looked for one by one


def test_furniture_is_blanked_whichever_literals_of_a_group_a_text_holds(texts):
    """Literals sharing a first letter are first looked for together: each one a text holds is still blanked,
    alone or with others of its group."""
    literals = list(furniture())
    picks = random.Random(3)
    for text in texts:
        for chosen in ([literals[0]], literals[-1:], literals):
            pieces = [text]
            for literal in chosen:
                at = picks.randrange(len(pieces[-1]) + 1)
                pieces[-1:] = [pieces[-1][:at], f" {literal} ", pieces[-1][at:]]
            mixed = "".join(pieces)
            view = for_matching(mixed)
            start = 0
            for piece in pieces:
                if piece.strip() in chosen:
                    assert view[start:start + len(piece)].strip() == ""
                start += len(piece)


def test_phrases_searched_by_first_letter_match_the_single_pattern(texts):
    """Every word list of relation_words.tsv, in either case mode, on corpus texts, their upper-cased and
    case-swapped forms (a Kelvin sign for K too), and random strings built from the phrases' own letters."""
    roles = sorted({row[1] for row in relate_lexicon.rows("relation_words.tsv")})
    picks = random.Random(11)
    checked = matched = 0
    for role in roles:
        alternation = relate_lexicon.alternation(role)
        for flags in (0, re.IGNORECASE):
            single = re.compile(rf"(?<![\w])(?:{alternation})(?![\w])", flags)
            letters = sorted(set("".join(relate_lexicon.words(role))) | set(" ,.Kk\u212a"))
            samples = [t for text in texts[:6] for t in (text, text.upper(), text.swapcase())]
            samples += ["".join(picks.choice(letters) for _ in range(400)) for _ in range(20)]
            samples += [" ".join(relate_lexicon.words(role)).upper().replace("K", "\u212a")]
            for text in samples:
                plain = [(m.span(), m.group(0)) for m in single.finditer(text)]
                fast = [(m.span(), m.group(0)) for m in finditer_words(alternation, flags, text)]
                assert fast == plain, role
                checked += 1
                matched += len(plain)
        if word_phrases(alternation, re.IGNORECASE) is not None:
            assert len(word_phrases(alternation, re.IGNORECASE)) > 1
    assert checked > 1000 and matched > 1000
    assert word_phrases(r"\(x|y", 0) is None  # an alternative that opens with something else: the plain search


def test_own_document_anaphora_led_by_their_first_word_match_the_plain_pattern(texts):
    from graph import lexicon
    from graph.relate_anchors import _this_spans

    found = 0
    phrases = sorted({d.phrase for d in lexicon.document_types()})
    for text in texts[:8]:
        view = for_matching(text)
        for phrase in phrases:
            first, rest = phrase[0], r"\s+".join(re.escape(w) for w in phrase[1:].split(" "))
            plain = re.compile(rf"(?<![\w])[{first.upper()}{first.lower()}]{rest}\s+này(?![\w])")
            spans = [m.span() for m in plain.finditer(view)]
            assert _this_spans(view, first, rest) == spans, phrase
            found += len(spans)
    assert found > 10


def test_patterns_led_by_first_letters_match_their_plain_forms(texts):
    """The trigger, preamble-opener, citing and type-word patterns open with their phrases' first letters
    (the word-start check after them); the plain forms open with the check. Both find the same, on corpus
    texts, their upper-cased forms and stretches ending anywhere (the citing pattern ends at "$")."""
    from graph import relate_cites, relate_preamble, relate_triggers

    trigger_plain = re.compile(rf"(?<![\w])(?:{relate_lexicon._trie_pattern(relate_lexicon._trigger_trie(), True)})(?![\w])")
    roles = ("based_on", "advises", "advises_by_document")
    opener_plain = re.compile(rf"(?<![\w])(?:{'|'.join(f'(?P<{r}>{relate_lexicon.alternation(r)})' for r in roles)})(?![\w])")
    citing_plain = re.compile(rf"(?<![\w])(?:{relate_lexicon.alternation('cites')})(?:\s|,|và|của|các|\d+(?![\w])"
                              rf"|{relate_cites._ARTICLE})*$", re.IGNORECASE)
    types = sorted({d.phrase for d in relate_triggers.lexicon.document_types()}, key=len, reverse=True)
    type_plain = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in types) + r")(?![\w])")
    pairs = [(relate_lexicon.lower_trigger_pattern(), trigger_plain), (relate_preamble._opener_re(), opener_plain),
             (relate_triggers._type_word_re(), type_plain)]
    picks = random.Random(5)
    # The phrases glued to a word, a digit, an underscore or punctuation, in both cases.
    phrases = [t.phrase for t in relate_lexicon.triggers()] + [w for r in roles + ("cites",) for w in relate_lexicon.words(r)] + types
    glued = " ".join(glue + phrase for phrase in phrases for glue in ("", "x", "1", "_", ",", "(", "ơ"))
    found = 0
    for text in texts + [glued, glued.lower(), glued.swapcase()]:
        view = for_matching(text)
        for sample in (view, view.lower(), view.upper()):
            for led, plain in pairs:
                expected = [(m.span(), m.lastgroup) for m in plain.finditer(sample)]
                assert [(m.span(), m.lastgroup) for m in led.finditer(sample)] == expected
                found += len(expected)
            for _ in range(100):
                end = picks.randrange(len(sample) + 1)
                single = citing_plain.search(sample, max(0, end - 120), end)
                fast = relate_cites._citing_re().search(sample, max(0, end - 120), end)
                assert (single and single.span()) == (fast and fast.span())
    assert found > 1000
