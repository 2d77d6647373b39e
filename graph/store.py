"""The store: an on-disk Oxigraph database, one named graph per source text.

A writer holds an exclusive lock file beside the database for as long as it is open, so a second
writer stops with a clear message instead of corrupting anything; readers open the database read-only.

New texts are written in batches by Oxigraph's bulk loader (`BulkWriter`), several times faster than a
transaction per text. The bulk loader is not a transaction we can rely on, so each batch is guarded by
a journal beside the database (`bulk-journal`): the batch's graph IRIs, written and fsynced before the
load and removed after it. Whoever next opens the store after a crash (even SIGKILL) mid-batch finds
the journal and drops those graphs first (none of them held anything before the batch), so no half text
is ever visible after that open, and the next build extracts them again. A text already stored is
replaced in one transaction, never through the bulk loader, so nothing stored is ever lost.
While a build runs, a reader that opens the store may see part of the batch being loaded.
"""
from __future__ import annotations

import fcntl
import io
import os
import time
from pathlib import Path
from typing import Iterable

import pyoxigraph
from pyoxigraph import Literal, NamedNode, Quad

from ontology.vocabulary import DEFAULT_BASE, VBKG, source_iri

from .model import Extraction
from .triples import extraction_nquads, extraction_quads, source_id

DEFAULT_STORE = "vbkg-data"
_DB = "oxigraph"
_LOCK = "write.lock"
_BASE = "base-iri"  # the base IRI the store was built with: every IRI in it derives from this one
_JOURNAL = "bulk-journal"  # the graphs of the batch being bulk-loaded (see the module docstring)


def replacement_update(extraction: Extraction, base: str = DEFAULT_BASE) -> str:
    """The SPARQL update that replaces one text's named graph with this extraction.

    One update is one transaction: a crash (even SIGKILL) leaves the old graph or the new one, never half.
    """
    graph = source_iri(source_id(extraction.text.source), base)
    triples = " .\n".join(str(q.triple) for q in extraction_quads(extraction, base))
    return f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{triples} .\n}} }}"


def new_text_quads(extraction: Extraction, base: str = DEFAULT_BASE) -> bytes:
    """The N-Quads of a text the store does not hold yet: `BulkWriter` loads them in bulk, with others."""
    return extraction_nquads(extraction, base)


class StoreError(Exception):
    """A store that cannot be opened or written; str() is one line for the user."""


class Store:
    """The on-disk store, opened by one writer (`write=True`, locked) or any number of readers.

    Opening repairs a bulk batch a crashed writer left (see the module docstring). A reader that opens
    while a build is loading a batch may see part of that batch, never part of a text stored before.
    """

    def __init__(self, path: str | os.PathLike = DEFAULT_STORE, *, write: bool = False,
                 base: str | None = None, wait: float = 0):
        self.path = Path(path)
        self.write = write
        self._lock_file = None
        db = self.path / _DB
        if write:
            self.path.mkdir(parents=True, exist_ok=True)
            self._lock(wait)
            try:
                self.db = pyoxigraph.Store(str(db))
            except OSError as error:
                self._unlock()
                raise StoreError(f"{self.path}: cannot open the store ({error})") from None
            try:
                try:
                    self._recover()
                except OSError as error:
                    raise StoreError(f"{self.path}: cannot repair the store after an interrupted build ({error})") \
                        from None
                self.base = self._settle_base(base)
            except StoreError:
                self.close()
                raise
        else:
            if not db.is_dir():
                raise StoreError(f"{self.path}: no vbkg store here (run `vbkg build` first)")
            if (self.path / _JOURNAL).exists():
                self._recover_for_reader()
            try:
                self.db = pyoxigraph.Store.read_only(str(db))
            except OSError as error:
                raise StoreError(f"{self.path}: cannot open the store ({error})") from None
            self.base = self._settle_base(base)

    def _settle_base(self, base: str | None) -> str:
        """The store's base IRI: recorded by its first writer, so all its IRIs agree; a different one is refused."""
        recorded_file = self.path / _BASE
        recorded = recorded_file.read_text(encoding="utf-8").strip() if recorded_file.is_file() else None
        if recorded is None and self.write and len(self.db) == 0:
            recorded = base or DEFAULT_BASE
            recorded_file.write_text(recorded + "\n", encoding="utf-8")
        recorded = recorded or DEFAULT_BASE  # stores written before the base was recorded used the default
        if base is not None and base != recorded:
            raise StoreError(f"{self.path}: the store was built with base IRI {recorded}, not {base} "
                             "(use a new --store, or `vbkg export --base-iri` to publish under another base)")
        return recorded

    # -- the bulk journal -------------------------------------------------------------------------------

    def _recover(self) -> None:
        """A writer's first step: drop the graphs of a bulk batch that a crash interrupted."""
        journal = self.path / _JOURNAL
        if not journal.exists():
            return
        for line in journal.read_text(encoding="utf-8").splitlines():
            if line.startswith("<") and line.endswith(">"):
                self.db.remove_graph(NamedNode(line[1:-1]))
        self.db.flush()
        journal.unlink()
        _sync_folder(self.path)

    def _recover_for_reader(self) -> None:
        """A reader that finds a journal while no writer holds the lock repairs the store first (the
        writer crashed); while a writer holds it, the batch is in progress and is left alone."""
        try:
            self._lock_file = open(self.path / _LOCK, "a+")
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # locked by a live writer, or a read-only store folder: nothing to repair here
            if self._lock_file is not None:
                self._lock_file.close()
                self._lock_file = None
            return
        try:
            self.db = pyoxigraph.Store(str(self.path / _DB))
            self._recover()
        except OSError as error:
            raise StoreError(f"{self.path}: cannot repair the store after an interrupted build ({error})") from None
        finally:
            self.__dict__.pop("db", None)
            self._unlock()

    def begin_bulk(self, graphs: Iterable[str]) -> None:
        """Record, durably, the graphs about to be bulk-loaded (see the module docstring)."""
        temporary = self.path / (_JOURNAL + ".tmp")
        with open(temporary, "w", encoding="utf-8") as journal:
            journal.writelines(f"<{graph}>\n" for graph in graphs)
            journal.flush()
            os.fsync(journal.fileno())
        os.replace(temporary, self.path / _JOURNAL)
        _sync_folder(self.path)

    def end_bulk(self) -> None:
        (self.path / _JOURNAL).unlink()

    def _lock(self, wait: float = 0) -> None:
        """Take the write lock; another writer holding it → wait up to `wait` seconds, then StoreError."""
        self._lock_file = open(self.path / _LOCK, "a+")
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() < deadline:
                    time.sleep(0.2)
                    continue
                self._lock_file.seek(0)
                holder = self._lock_file.read().strip() or "another process"
                self._lock_file.close()
                self._lock_file = None
                raise StoreError(f"{self.path}: the store is being written by {holder}; wait for it to finish"
                                 + (" (or use --wait SECONDS)" if not wait else f" (waited {wait:g} s)")) from None
        self._lock_file.seek(0)
        self._lock_file.truncate()
        self._lock_file.write(f"vbkg process {os.getpid()}")
        self._lock_file.flush()

    def _unlock(self) -> None:
        if self._lock_file is not None:
            fcntl.flock(self._lock_file, fcntl.LOCK_UN)
            self._lock_file.close()
            self._lock_file = None

    def close(self) -> None:
        if self.write:
            self.db.flush()
        del self.db
        self._unlock()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- texts --------------------------------------------------------------------------------------------

    def graph_of(self, source: str) -> NamedNode:
        return NamedNode(source_iri(source_id(source), self.base))

    def stored_hash(self, source: str) -> str | None:
        graph = self.graph_of(source)
        for quad in self.db.quads_for_pattern(graph, NamedNode(VBKG + "sha256"), None, graph):
            return quad.object.value
        return None

    def put(self, extraction: Extraction) -> bool:
        """Store one text's extraction, replacing what that text contributed before.

        Returns False when the stored graph already came from the same content (nothing to do).
        """
        stored = self.stored_hash(extraction.text.source)
        if stored == extraction.text.sha256:
            return False
        if stored is None:
            self.apply(new_text_quads(extraction, self.base), self.graph_of(extraction.text.source).value)
        else:
            self.apply(replacement_update(extraction, self.base))
        return True

    def apply(self, update: str | bytes, graph: str | None = None) -> None:
        """Store one text as one transaction: a `replacement_update` (str), or the `new_text_quads` (bytes)
        of the text whose graph is `graph` (replacing that graph if the store holds it)."""
        if isinstance(update, str):
            self.db.update(update)
            return
        if graph is not None and self.db.contains_named_graph(NamedNode(graph)):
            # The same source twice in one build (a JSON corpus repeating an id): the later one wins,
            # replacing the earlier in one update (one transaction).
            quads = pyoxigraph.parse(update, format=pyoxigraph.RdfFormat.N_QUADS)
            triples = " .\n".join(str(quad.triple) for quad in quads)
            self.db.update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{triples} .\n}} }}")
            return
        self.db.load(update, format=pyoxigraph.RdfFormat.N_QUADS)

    def known_hashes(self) -> dict[str, str]:
        """{stored path: sha256 of its content} for every text in the store, to skip unchanged ones."""
        return {row["path"]: row["sha256"] for row in self.sources()}

    def remove_source(self, source: str) -> None:
        self.db.remove_graph(self.graph_of(source))

    def sources(self) -> list[dict]:
        rows = self.db.query(
            "PREFIX vbkg: <%s> SELECT ?g ?path ?sha WHERE { GRAPH ?g { ?g a vbkg:SourceText ; vbkg:path ?path ; vbkg:sha256 ?sha } } ORDER BY ?path" % VBKG
        )
        return [{"graph": r["g"].value, "path": r["path"].value, "sha256": r["sha"].value} for r in rows]

    def quads(self) -> Iterable[Quad]:
        return self.db.quads_for_pattern(None, None, None, None)

    def graphs(self) -> list[NamedNode]:
        """The named graph of every stored text, in IRI order."""
        return sorted((g for g in self.db.named_graphs() if isinstance(g, NamedNode)), key=lambda g: g.value)

    def graph_quads(self, graph: NamedNode) -> Iterable[Quad]:
        return self.db.quads_for_pattern(None, None, None, graph)

    def __len__(self) -> int:
        return len(self.db)

    def query(self, sparql: str, **kwargs):
        return self.db.query(sparql, use_default_graph_as_union=True, **kwargs)


def _sync_folder(folder: Path) -> None:
    """Make a file created, renamed or removed in `folder` durable (the journal must outlive a crash)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


class BulkWriter:
    """Writes a build's texts: new ones in bulk batches under the journal, replacements one transaction each.

    `add` takes what a build worker prepared: the N-Quads (bytes) of a text whose graph the store does not
    hold, or the `replacement_update` (str) of a stored one. `on_commit(source, sha256)` is called for
    each text once it is durably in the store (for a batched text: after its batch is loaded).
    A batch is loaded when it reaches `max_bytes`, when its first text has waited `max_seconds` (so an
    interrupted build loses little work), and on `close`. After more than one batch, `close` compacts
    the database: data from several bulk loads is otherwise about a third slower to query.
    """

    def __init__(self, store: Store, on_commit=lambda source, sha: None, *,
                 max_bytes: int = 128 << 20, max_seconds: float = 2.0) -> None:
        self.store, self.on_commit = store, on_commit
        self.max_bytes, self.max_seconds = max_bytes, max_seconds
        self.batch: dict[str, tuple[str, str, bytes]] = {}  # graph IRI → (source, sha256, N-Quads)
        self.size = 0
        self.started = 0.0
        self.batches = 0  # bulk loads done

    def add(self, source: str, sha: str, update: str | bytes) -> None:
        graph = self.store.graph_of(source).value
        if isinstance(update, str) or self.store.db.contains_named_graph(NamedNode(graph)):
            # A stored text (or one committed earlier in this build): replaced in one transaction.
            self.store.apply(update, graph)
            self.on_commit(source, sha)
        else:
            if not self.batch:
                self.started = time.monotonic()
            previous = self.batch.pop(graph, None)  # the same source twice in this batch: the later wins
            if previous:
                self.size -= len(previous[2])
            self.batch[graph] = (source, sha, update)
            self.size += len(update)
        self.tick()

    def tick(self) -> None:
        """Load the batch if it is big enough or has waited long enough."""
        if self.batch and (self.size >= self.max_bytes or time.monotonic() - self.started >= self.max_seconds):
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        batch, self.batch, self.size = self.batch, {}, 0
        try:
            self.store.begin_bulk(batch)  # if this fails, no journal: the bulk load below never ran
            chunks = _Chunks([item[2] for item in batch.values()])
            self.store.db.bulk_load(io.BufferedReader(chunks, 1 << 20), format=pyoxigraph.RdfFormat.N_QUADS)
        except BaseException as error:
            # Drop what part of the batch went in (the journal still names it), then stop.
            try:
                self.store._recover()
            except Exception:
                pass  # the journal stays: the next open of the store repairs it
            if isinstance(error, Exception):
                raise StoreError(f"{self.store.path}: cannot write the store ({error})") from None
            raise
        self.store.end_bulk()
        self.batches += 1
        for source, sha, _ in batch.values():
            self.on_commit(source, sha)

    def close(self) -> None:
        self.flush()
        if self.batches > 1:
            self.store.db.optimize()
            self.batches = 0

    def __enter__(self) -> "BulkWriter":
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.close()
        else:
            self.flush()  # after an interruption too: the batch's texts are whole, keep them


class _Chunks(io.RawIOBase):
    """The texts' N-Quads read one after the other, without joining them into one more copy of the batch."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks, self.index, self.offset = chunks, 0, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        view, filled = memoryview(buffer).cast("B"), 0
        while filled < len(view) and self.index < len(self.chunks):
            chunk = self.chunks[self.index]
            take = min(len(view) - filled, len(chunk) - self.offset)
            view[filled:filled + take] = memoryview(chunk)[self.offset:self.offset + take]
            filled += take
            self.offset += take
            if self.offset == len(chunk):
                self.index, self.offset = self.index + 1, 0
        return filled
