"""The build loop: discover inputs, read and extract them in worker processes, commit each text alone.

* Unchanged texts are skipped before extraction: a worker reads the file, hashes the plain text and
  compares it with the hash stored for that source.
* Work is streamed through a bounded window of pending tasks, so memory does not grow with the corpus.
* Extracted texts are committed in input order: a new text in a bulk batch (graph.store.BulkWriter, loaded
  every couple of seconds), a changed one in its own transaction. A build killed at any moment keeps every
  text committed before (a batch cut short is dropped when the store is next opened), and a re-run
  completes the rest.
"""
from __future__ import annotations

import hashlib
import json
import os
import traceback
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Callable, Iterator

from .errors import LoadError
from .load import DEFAULT_OPTIONS, Found, ReadOptions, discover_files, read_texts
from .model import Text


@dataclass
class Outcome:
    """What became of one input: updates to commit (source, sha256, SPARQL), unchanged sources, failures."""

    path: str
    updates: list[tuple[str, str, str]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    debug: list[str] = field(default_factory=list)  # tracebacks of unexpected errors, shown with --debug
    changed: list[Text] = field(default_factory=list)  # a probe's changed texts, still to extract


class BuildError(Exception):
    """The build had to stop (texts committed so far are kept); str() is one line for the user."""


@dataclass
class BuildSummary:
    inputs: int = 0
    stored: int = 0
    unchanged: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def texts(self) -> int:
        return self.stored + self.unchanged

    @property
    def exit_code(self) -> int:
        """0 all went in, 1 partial success, 2 nothing could be done."""
        if not self.failures:
            return 0
        return 1 if self.texts else 2


@dataclass(frozen=True)
class Task:
    """One unit of work: a file to read (`found`), or a text already read (a record of a JSON corpus)."""

    found: Found | None = None
    text: Text | None = None
    known: tuple[tuple[str, str], ...] = ()  # (source path, stored sha256) this task may meet
    probe: bool = False  # only say whether the text changed; a changed text is handed on (Outcome.changed)
    done: "Outcome | None" = None  # settled without a worker


def _absolute(source: str) -> str:
    return source if source == "-" else os.path.abspath(source)


def process(task: Task, options: ReadOptions, base: str) -> Outcome:
    """Read, hash, extract and prepare the store update of one task. Runs in a worker process."""
    known = dict(task.known)
    outcome = Outcome(task.found.path if task.found else task.text.source)
    try:
        texts = [task.text] if task.text is not None else read_texts(task.found.path, options, task.found)
        for text in texts:
            if isinstance(text, LoadError):
                outcome.failures.append(str(text))
                continue
            if known.get(_absolute(text.source)) == text.sha256:
                outcome.unchanged.append(text.source)
                continue
            if task.probe:
                outcome.changed.append(text)
                continue
            try:
                from .extract import extract  # here: a rebuild that extracts nothing never imports it
                from .store import new_text_quads, replacement_update

                stored_before = _absolute(text.source) in known
                update = (replacement_update if stored_before else new_text_quads)(extract(text), base)
            except Exception as error:  # an extractor bug must not stop the build; --debug shows it
                outcome.failures.append(f"{text.source}: extraction failed ({type(error).__name__}: {error})"[:300])
                outcome.debug.append(traceback.format_exc())
                continue
            outcome.updates.append((text.source, text.sha256, update))
    except LoadError as error:
        outcome.failures.append(str(error))
    except Exception as error:  # a reader bug: report this input, go on with the others
        outcome.failures.append(f"{outcome.path}: cannot read ({type(error).__name__}: {error})"[:300])
        outcome.debug.append(traceback.format_exc())
    return outcome


def _tasks(items: list[Found], known: dict[str, str], options: ReadOptions,
           failed: Callable[[str], None], seen: "StatCache") -> Iterator[Task]:
    """Tasks in input order. A JSON corpus is split into one task per record here, streamed, so its
    records are extracted in parallel and never all held at once."""
    from .formats import format_of

    for found in items:
        fmt = options.format or (None if found.path == "-" else format_of(found.path))
        if fmt in ("json", "jsonl") or found.path == "-":  # standard input is read here, once
            try:
                for text in read_texts(found.path, options, found):
                    if isinstance(text, LoadError):
                        failed(str(text))
                        continue
                    source = _absolute(text.source)
                    if known.get(source) == text.sha256:  # settled here, no worker needed
                        yield Task(text=text, done=Outcome(text.source, unchanged=[text.source]))
                    else:
                        yield Task(text=text)
            except LoadError as error:
                failed(str(error))
            continue
        source = _absolute(found.path)
        known_here = ((source, known[source]),) if source in known else ()
        if seen.unchanged(found, known.get(source)):  # same size and mtime as when it was last stored
            yield Task(found=found, done=Outcome(found.path, unchanged=[found.path]))
            continue
        if fmt in ("text", "markdown") and known_here:
            # Cheap to read here: an unchanged plain text is settled without a worker (fast rebuilds).
            yield Task(found=found, known=known_here, done=process(Task(found=found, known=known_here, probe=True),
                                                                   options, ""))
            continue
        yield Task(found=found, known=known_here)


def _pool(jobs: int):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn: workers start as clean children, not forks of a process holding the database open; they
    # die with the build (a killed build leaves no workers behind).
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_worker_setup)


def _worker_setup() -> None:
    """A worker leaves Ctrl-C to the build (which stops cleanly) and dies with it, even by SIGKILL."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: Linux kills this worker when its parent dies
        if os.getppid() == 1:  # the build died before the request took effect
            os._exit(1)
    except (OSError, AttributeError):
        pass  # not Linux: workers end when their task queue closes


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def build(paths, store, *, jobs: int | None = None, options: ReadOptions = DEFAULT_OPTIONS,
          on_failure: Callable[[str], None] = lambda message: None,
          on_stored: Callable[[str], None] = lambda source: None,
          on_debug: Callable[[str], None] = lambda trace: None,
          progress: Callable[[Iterator[Outcome], int], Iterator[Outcome]] = lambda outcomes, total: outcomes,
          commit_every: float = 2.0) -> BuildSummary:
    """Build `store` (an open, writable graph.store.Store) from `paths`; report as it goes. New texts are
    loaded in batches at least every `commit_every` seconds (`on_stored` names each once committed)."""
    summary = BuildSummary()

    def failed(message: str) -> None:
        summary.failures.append(message)
        on_failure(message)

    found: list[Found] = []
    for item in discover_files(paths, options.json_in_folders):
        if isinstance(item, LoadError):
            failed(str(item))
        else:
            found.append(item)
    summary.inputs = len(found)
    if not found:
        return summary
    known = store.known_hashes()
    seen = StatCache(store.path)
    jobs = max(1, min(jobs or default_jobs(), len(found)))
    tasks = _tasks(found, known, options, failed, seen)
    outcomes = _run(tasks, jobs, options, store.base)
    by_path = {item.path: item for item in found}

    def committed(source: str, sha: str) -> None:
        summary.stored += 1
        on_stored(source)
        seen.note(by_path.get(source), sha)

    from .store import BulkWriter

    try:
        with BulkWriter(store, committed, max_seconds=commit_every) as writer:
            for outcome in progress(outcomes, len(found)):
                for source, sha, update in outcome.updates:
                    writer.add(source, sha, update)
                writer.tick()
                summary.unchanged += len(outcome.unchanged)
                for source in outcome.unchanged:
                    seen.note(by_path.get(source), known.get(_absolute(source)))
                for message in outcome.failures:
                    failed(message)
                for trace in outcome.debug:
                    on_debug(trace)
    finally:
        seen.save()
    return summary


class StatCache:
    """What each file's (size, mtime) last read to, kept beside the store: a rebuild trusts a file whose
    size and mtime are unchanged and whose recorded hash is still the stored one, without reading it.

    Only a shortcut: a missing, stale or damaged cache makes the build read the file, as without it.
    """

    NAME = "ingest-cache.json"

    def __init__(self, folder) -> None:
        self.file = os.path.join(folder, self.NAME)
        try:
            with open(self.file, encoding="utf-8") as stream:
                self.entries = {path: tuple(entry) for path, entry in json.load(stream).items()}
        except (OSError, ValueError, TypeError, AttributeError):
            self.entries = {}

    def unchanged(self, found: Found, stored_sha: str | None) -> bool:
        entry = self.entries.get(_absolute(found.path))
        return stored_sha is not None and found.size >= 0 and entry == (found.size, found.mtime_ns, stored_sha)

    def note(self, found: Found | None, sha: str | None) -> None:
        if found is not None and sha and found.path != "-" and found.size >= 0:
            self.entries[_absolute(found.path)] = (found.size, found.mtime_ns, sha)

    def save(self) -> None:
        _replace_json(self.file, self.entries)


def _replace_json(path, data) -> None:
    """`data` written as JSON to `path` through a temporary file, so that a crash leaves the old file or the new
    one; a folder that cannot be written is no error, since what is kept this way is only a cache."""
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        with open(temporary, "w", encoding="utf-8") as stream:
            json.dump(data, stream)
        os.replace(temporary, path)
    except OSError:
        pass


def _run(tasks: Iterator[Task], jobs: int, options: ReadOptions, base: str) -> Iterator[Outcome]:
    """Outcomes in task order; with jobs > 1 from worker processes (started only when some text needs
    extracting), at most 2 × jobs tasks in flight."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    def settled(task: Task) -> Task | None:
        """A probed task whose text changed becomes an extraction task; an unchanged one is done."""
        if task.done is not None and task.done.changed:
            (text,) = task.done.changed
            return Task(text=text, known=task.known)
        return None

    if jobs == 1:
        for task in tasks:
            follow = settled(task)
            yield process(follow, options, base) if follow else (task.done or process(task, options, base))
        return
    pool = None
    pending: deque = deque()
    try:
        for task in tasks:
            follow = settled(task)
            if task.done is not None and follow is None:
                done = Future()
                done.set_result(task.done)
                pending.append(done)
            else:
                pool = pool or _pool(jobs)
                pending.append(pool.submit(process, follow or task, options, base))
            while pending and (len(pending) >= 2 * jobs or pending[0].done()):
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool:
        raise BuildError("a worker process died (out of memory?); what was stored so far is kept, "
                         "run the build again or use --jobs 1 to find the input") from None
    finally:
        for future in pending:
            future.cancel()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


_RELATION_TYPES = """PREFIX vbkg: <{vbkg}>
SELECT ?p (COUNT(*) AS ?n) WHERE {{
  SELECT DISTINCT ?s ?p ?o WHERE {{ ?ev a vbkg:Evidence ; vbkg:subject ?s ; vbkg:predicate ?p ; vbkg:object ?o }}
}} GROUP BY ?p"""


# Beside the database: the last totals, with the digest of the texts they count.
_TOTALS_FILE = "totals.json"


def store_totals(store) -> tuple[int, Counter, Counter]:
    """(texts, entities by type, relations by type) of the whole store.

    What a store holds follows from its texts and their hashes (a text is only ever stored whole, as extracted
    from that content), so the totals are kept beside the database with a digest of (path, hash) pairs and
    counted again only when that digest changes: a rebuild of an unchanged corpus does not count it anew."""
    hashes = store.known_hashes()
    digest = hashlib.sha256("\n".join(f"{path}\t{sha}" for path, sha in sorted(hashes.items())).encode()).hexdigest()
    cache = store.path / _TOTALS_FILE
    try:
        kept = json.loads(cache.read_text(encoding="utf-8"))
        if kept.get("digest") == digest:
            return len(hashes), Counter(kept["entities"]), Counter(kept["relations"])
    except (OSError, ValueError, KeyError, AttributeError):
        pass  # no totals kept yet, or unreadable: count them
    entities, relations = _count_store(store)
    _replace_json(cache, {"digest": digest, "entities": entities, "relations": relations})
    return len(hashes), entities, relations


def _count_store(store) -> tuple[Counter, Counter]:
    """Entities and relations by type, by index lookups and one query: the same ones graph.corpus.load_graph
    counts, without building the graph (which costs far more than a rebuild of an unchanged corpus)."""
    from pyoxigraph import NamedNode

    from ontology.vocabulary import PROPERTY_RELATIONS, RDF, VBKG

    # Index lookups rather than a SPARQL join: several times faster on a corpus store.
    entities_seen = {quad.subject for quad in store.db.quads_for_pattern(None, NamedNode(VBKG + "key"), None, None)}
    rdf_type = NamedNode(RDF + "type")
    entities = Counter()
    for entity in entities_seen:
        for quad in store.db.quads_for_pattern(entity, rdf_type, None, None):
            entities[quad.object.value.removeprefix(VBKG)] += 1  # one type per entity
            break
    relations = Counter()
    for row in store.query(_RELATION_TYPES.format(vbkg=VBKG)):
        relations[PROPERTY_RELATIONS.get(row["p"].value.removeprefix(VBKG), row["p"].value)] += int(row["n"].value)
    return entities, relations
