"""graph.store.BulkWriter on a real store with real corpus texts: batches, replacements, a failed load."""
from __future__ import annotations

import pytest

from graph.extract import extract
from graph.load import read_text
from graph.store import BulkWriter, Store, StoreError, new_text_quads, replacement_update
from graph.triples import extraction_quads


@pytest.fixture
def extractions(corpus):
    paths = sorted(p for p in (corpus / "news").glob("*.txt") if p.stat().st_size < 20_000)[:4]
    return [extract(read_text(path)) for path in paths]


def statements(store: Store, extraction) -> set:
    graph = store.graph_of(extraction.text.source)
    return {(q.subject, q.predicate, q.object) for q in store.graph_quads(graph)}


def expected(extraction) -> set:
    return {(q.subject, q.predicate, q.object) for q in extraction_quads(extraction)}


def test_new_texts_are_committed_when_their_batch_is_loaded(extractions, tmp_path):
    committed = []
    with Store(tmp_path / "store", write=True) as store:
        with BulkWriter(store, lambda source, sha: committed.append(source), max_seconds=3600) as writer:
            for extraction in extractions[:3]:
                writer.add(extraction.text.source, extraction.text.sha256, new_text_quads(extraction))
            assert committed == [] and len(store) == 0  # buffered: nothing announced before the load
        assert committed == [e.text.source for e in extractions[:3]]
        assert not (tmp_path / "store" / "bulk-journal").exists()
        for extraction in extractions[:3]:
            assert statements(store, extraction) == expected(extraction)


def test_a_stored_text_is_replaced_in_place_and_a_repeated_source_keeps_the_last(extractions, tmp_path):
    first, second = extractions[0], extractions[1]
    with Store(tmp_path / "store", write=True) as store:
        with BulkWriter(store, max_seconds=3600) as writer:
            writer.add(first.text.source, first.text.sha256, new_text_quads(first))
        # The same source again, with another text's content: as the update of a stored text, then as
        # new N-Quads twice within one batch (a JSON corpus repeating an id).
        with BulkWriter(store, max_seconds=3600) as writer:
            replaced = as_source(second, first.text.source)
            writer.add(first.text.source, replaced.text.sha256, replacement_update(replaced))
        assert statements(store, replaced) == expected(replaced)
        third = extractions[2]
        with BulkWriter(store, max_seconds=3600) as writer:
            earlier = as_source(first, third.text.source)
            writer.add(third.text.source, earlier.text.sha256, new_text_quads(earlier))
            writer.add(third.text.source, third.text.sha256, new_text_quads(third))
        assert statements(store, third) == expected(third)
        assert len(store.sources()) == 2


def as_source(extraction, source: str):
    """`extraction` as if it had been read from `source`."""
    from graph.model import Extraction, Text

    return Extraction(Text(source, extraction.text.content), extraction.entities, extraction.relations)


def test_a_batch_that_fails_to_load_leaves_nothing_of_itself(extractions, tmp_path):
    path = tmp_path / "store"
    with Store(path, write=True) as store:
        with BulkWriter(store) as writer:
            writer.add(extractions[0].text.source, extractions[0].text.sha256, new_text_quads(extractions[0]))
        before = len(store)
        writer = BulkWriter(store, max_seconds=3600)
        writer.add(extractions[1].text.source, extractions[1].text.sha256, new_text_quads(extractions[1]))
        writer.add(extractions[2].text.source, extractions[2].text.sha256,
                   new_text_quads(extractions[2]) + b"<not an absolute IRI> broken .\n")
        with pytest.raises(StoreError, match="cannot write the store"):
            writer.flush()
        assert len(store) == before and not (path / "bulk-journal").exists()
        assert [row["path"] for row in store.sources()] == [extractions[0].text.source]


def test_the_nquads_writer_gives_exactly_the_quads(corpus):
    """graph.triples writes N-Quads itself (no term objects): they must parse to the very same quads,
    escapes included (a headline and quotes with `"`, `\\`, CR and tabs)."""
    import pyoxigraph

    from graph.model import Text
    from graph.triples import extraction_nquads

    paths = sorted(corpus.rglob("*.txt"))[::40]
    content = read_text(paths[0]).content
    tricky = Text("/tmp/tricky \"name\".txt", 'Tiêu đề "trích dẫn" \\ một\tdòng\r\n' + content)
    for text in [read_text(path) for path in paths] + [tricky]:
        extraction = extract(text)
        written = pyoxigraph.parse(extraction_nquads(extraction), format=pyoxigraph.RdfFormat.N_QUADS)
        assert list(written) == extraction_quads(extraction)
