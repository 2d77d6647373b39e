"""Reading an extraction as (source, relation, target) triples named by symbol or label."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text


def name(entity) -> str:
    return entity.attributes.get("symbol") or entity.label


def stated(extraction) -> set[tuple[str, str, str]]:
    by_id = {e.id: e for e in extraction.entities}
    return {(name(by_id[r.source]), r.type, name(by_id[r.target])) for r in extraction.relations if not r.inferred}


def sentence_triples(text: str, sentence: str) -> set[tuple[str, str, str]]:
    """Triples stated by one real sentence (it must occur in the text), extracted on its own."""
    assert sentence in text, sentence
    return stated(extract_text(sentence))


def evidence_of(extraction, source: str, relation: str, target: str) -> str:
    by_id = {e.id: e for e in extraction.entities}
    for r in extraction.relations:
        if (name(by_id[r.source]), r.type, name(by_id[r.target])) == (source, relation, target) and r.evidence:
            return r.evidence.text
    raise AssertionError((source, relation, target))


def with_mention(entities, surface: str):
    """The entity with a mention written `surface` (line breaks read as spaces); an assertion error names the labels."""
    for entity in entities:
        if any(m.text.replace("\n", " ") == surface for m in entity.mentions):
            return entity
    raise AssertionError(f"no entity has the mention {surface!r}: {[e.label for e in entities]}")


def with_symbol(entities, symbol: str, type_: str | None = None):
    """The entity whose symbol is `symbol` (and of type `type_` when given); an assertion error names the symbols."""
    for entity in entities:
        if entity.attributes.get("symbol") == symbol and type_ in (None, entity.type):
            return entity
    raise AssertionError(f"no entity has the symbol {symbol!r}: {[e.attributes.get('symbol') for e in entities]}")


def corpus_passage(name: str, first: str, last: str) -> str:
    """The real passage of one corpus text from `first` to the end of the next `last` (line breaks kept)."""
    text = corpus_text(name)
    start = text.index(first)
    return text[start:text.index(last, start) + len(last)]


def passage_triples(name: str, first: str, last: str) -> set[tuple[str, str, str]]:
    """Triples stated by that passage, extracted on its own."""
    return stated(extract_text(corpus_passage(name, first, last)))
