"""The extraction contract on real text: references, symbols, dates, bodies, issuers, offsets."""
from __future__ import annotations

from graph.extract import extract
from graph.load import read_text


def _by_symbol(extraction):
    return {e.attributes.get("symbol"): e for e in extraction.entities if e.attributes.get("symbol")}


def test_seed_references_have_symbol_number_and_date(seed_text):
    extraction = extract(read_text(seed_text))
    documents = _by_symbol(extraction)
    kl39 = documents["39-KL/TW"]
    assert kl39.type == "Conclusion"
    assert kl39.attributes["number"] == "39"
    assert kl39.attributes["date"] == "2022-07-18"
    assert documents["57-QĐ/TW"].attributes["date"] == "2022-02-08"
    assert documents["89/2021/NĐ-CP"].type == "Decree"


def test_mentions_are_exact_slices_of_the_text(seed_text):
    extraction = extract(read_text(seed_text))
    content = extraction.text.content
    for entity in extraction.entities:
        for mention in entity.mentions:
            assert content[mention.start:mention.end] == mention.text
    for relation in extraction.relations:
        if relation.evidence is not None:
            assert content[relation.evidence.start:relation.evidence.end] == relation.evidence.text


def test_short_form_joins_the_full_reference(seed_text):
    extraction = extract(read_text(seed_text))
    qd57 = _by_symbol(extraction)["57-QĐ/TW"]
    assert "Quy định số 57" in {m.text for m in qd57.mentions}


def test_issuer_stated_by_the_text(seed_text):
    extraction = extract(read_text(seed_text))
    labels = {e.id: e.label for e in extraction.entities}
    stated = {(labels[r.source], r.type, labels[r.target]) for r in extraction.relations if not r.inferred}
    assert ("Kết luận số 39-KL/TW", "issued_by", "Bộ Chính trị") in stated
    assert ("Quy định số 57-QĐ/TW", "issued_by", "Ban Bí thư") in stated
    assert ("Quy định số 164-QĐ/TW", "issued_by", "Bộ Chính trị") in stated


def test_issuer_implied_by_a_state_symbol_is_marked_inferred(seed_text):
    extraction = extract(read_text(seed_text))
    decree = _by_symbol(extraction)["89/2021/NĐ-CP"]
    inferred = [r for r in extraction.relations if r.source == decree.id and r.type == "issued_by"]
    assert inferred and all(r.inferred for r in inferred)
    assert extraction.entity(inferred[0].target).label == "Chính phủ"


def test_party_numbering_restarts_each_term():
    from graph.extract import extract_text

    older = extract_text("Nghị quyết số 26-NQ/TW ngày 05/8/2008 về nông nghiệp.")
    newer = extract_text("Nghị quyết số 26-NQ/TW ngày 19/5/2018 về cán bộ.")
    assert older.entities[0].key != newer.entities[0].key
