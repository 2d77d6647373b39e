"""The `vbkg` command line: a thin layer over graph/, ontology/ and exports/.

Exit codes: 0 success, 1 partial success or nothing found (some inputs skipped, KEY matches no entity or
several, a query with no rows), 2 usage error or nothing could be done.
"""
from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from functools import wraps

import click

from graph.store import DEFAULT_STORE, Store, StoreError


def store_option(func):
    return click.option(
        "--store", "store_path", default=DEFAULT_STORE, envvar="VBKG_STORE", show_default=True,
        type=click.Path(file_okay=False), help="Folder of the vbkg store (or set VBKG_STORE).",
    )(func)


def _check_base_iri(ctx, param, value):
    from ontology.vocabulary import check_base_iri

    if value is None:
        return None
    try:
        return check_base_iri(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def base_iri_option(func):
    return click.option(
        "--base-iri", "base_iri", default=None, callback=_check_base_iri, metavar="IRI",
        help="Base of the entity IRIs (default https://w3id.org/vbkg/id/); recorded by the store's first build.",
    )(func)


def one_line_errors(func):
    """Known failures print one line and exit non-zero; `--debug` on the group shows the traceback."""
    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except (StoreError, OSError) as error:
            if click.get_current_context().find_root().params.get("debug"):
                raise
            raise click.ClickException(str(error)) from None
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vbkg")
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.option("-q", "--quiet", is_flag=True, help="Print results and errors only (no notes, no progress bars).")
@click.option("-v", "--verbose", is_flag=True, help="Also print what is loaded and how long it takes.")
@click.pass_context
def main(ctx: click.Context, debug: bool, quiet: bool, verbose: bool) -> None:
    """vbkg: a knowledge graph of Vietnamese Party and State documents, extracted from text.

    \b
    Example:
      vbkg build ../shared/seed && vbkg stats
      vbkg show 39-KL/TW

    \b
    Exit codes: 0 ok · 1 partial, or nothing found · 2 usage error, or nothing could be done.
    Shell completion (bash; zsh and fish alike): eval "$(_VBKG_COMPLETE=bash_source vbkg)"
    """
    ctx.ensure_object(dict).update(quiet=quiet and not verbose, verbose=verbose)


# -- input options of `extract` and `build` (graph/load.py, graph/build.py) ------------------------------

def input_options(func):
    """Options saying how inputs are read: record fields of JSON corpora, the size limit."""
    func = click.option("--max-size", "max_size", type=click.IntRange(min=1), default=8, show_default=True,
                        metavar="MB", help="Refuse texts larger than this (MB; extraction takes ~5 s per MB); "
                        "DOCX/PDF/JSON files may be larger.")(func)
    func = click.option("--id-field", default=None, metavar="FIELD",
                        help="JSON/JSONL corpora: the record field holding its id (default: `id`, else its position).")(func)
    func = click.option("--text-field", default="text", show_default=True, metavar="FIELD",
                        help="JSON/JSONL corpora: the record field holding the text (dots reach nested fields). "
                             "Giving it also reads .json/.jsonl files found in folders.")(func)
    return func


def _read_options(text_field: str, id_field: str | None, max_size: int):
    from graph.load import MB, ReadOptions

    # Naming a record field says the folders hold JSON corpora; otherwise .json in folders is metadata.
    json_in_folders = any(source == click.core.ParameterSource.COMMANDLINE for source in (
        click.get_current_context().get_parameter_source(name) for name in ("text_field", "id_field")))
    return ReadOptions(text_field=text_field, id_field=id_field, max_text_bytes=max_size * MB,
                       max_file_bytes=max(max_size * 32, 256) * MB, json_in_folders=json_in_folders)


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True)
@click.option("--text", "plain", is_flag=True,
              help="Print the extracted plain text instead (what every offset refers to).")
@input_options
def extract(files: tuple[str, ...], fmt: str, plain: bool, text_field: str, id_field: str | None,
            max_size: int) -> None:
    """Extract documents, bodies and relations from FILES and print them as JSON.

    One object for one text, a JSON array for several, one line each with --format jsonl.
    `-` reads standard input. Reads .txt, .md, .html, .docx, .pdf, and .json/.jsonl corpora
    (one text per record; see --text-field).

    \b
    Example:
      vbkg extract ../shared/seed/000_ba266b507bcdfe8a.txt | head
      vbkg extract --text page.html      # the plain text the offsets refer to
    """
    from graph.extract import extract as run_extract
    from graph.load import LoadError, read_texts
    from ontology.vocabulary import iri_for_key

    options = _read_options(text_field, id_field, max_size)
    results, failed = [], 0
    for path in files:
        try:
            for text in read_texts(path, options):
                if isinstance(text, LoadError):
                    click.echo(f"vbkg: {text}", err=True)
                    failed += 1
                elif plain:
                    results.append(text.content)
                else:
                    results.append(run_extract(text).to_json(lambda e: iri_for_key(e.key)))
        except LoadError as error:
            click.echo(f"vbkg: {error}", err=True)
            failed += 1
    if plain:
        for content in results:
            click.echo(content, nl=not content.endswith("\n"))
    elif fmt == "jsonl":
        for result in results:
            click.echo(json.dumps(result, ensure_ascii=False))
    elif results:
        payload = results[0] if len(results) == 1 and len(files) == 1 else results
        click.echo(json.dumps(payload, ensure_ascii=False, indent=1))
    if failed:
        sys.exit(2 if not results else 1)


def _summary(graph, texts: int, seconds: float | None = None) -> str:
    entity_types = Counter(data["type"] for _, data in graph.nodes(data=True))
    relation_types = Counter(key for _, _, key in graph.edges(keys=True))
    lines = [f"{texts} texts, {graph.number_of_nodes()} entities, {graph.number_of_edges()} relations"
             + (f" in {seconds:.1f} s" if seconds is not None else "") + "."]
    lines.append("Entities: " + (", ".join(f"{t} {n}" for t, n in entity_types.most_common()) or "none") + ".")
    lines.append("Relations: " + (", ".join(f"{t} {n}" for t, n in relation_types.most_common()) or "none") + ".")
    return "\n".join(lines)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes extracting in parallel  [default: the number of cores]")
@click.option("-v", "--verbose", is_flag=True, help="Name each text on stderr as it is stored.")
@click.option("--wait", type=click.FloatRange(min=0), default=0, metavar="SECONDS", show_default=True,
              help="When another build is writing the store, wait this long for it instead of stopping.")
@click.option("--commit-every", type=click.FloatRange(min=0), default=2.0, metavar="SECONDS", show_default=True,
              help="Load new texts into the store in batches at least this often: an interrupted build "
                   "redoes at most this much work; 0 commits every text at once (slower).")
@input_options
@base_iri_option
def build(paths: tuple[str, ...], store_path: str, jobs: int | None, verbose: bool, wait: float, text_field: str,
          id_field: str | None, max_size: int, base_iri: str | None = None, commit_every: float = 2.0) -> None:
    """Extract every text under PATHS and store the result.

    Folders are read recursively (.txt .md .html .htm .docx .pdf .json .jsonl). A text already stored
    with the same content is skipped before extraction; a changed text replaces what it contributed
    before. New texts are committed in batches (see --commit-every), a changed one on its own: an
    interrupted build keeps what it committed, and running it again completes it. An input that cannot be read is named on stderr and the others still go in
    (exit code 1; 2 when nothing could be read).

    \b
    Example:
      vbkg build ../shared/corpus/news --store ./vbkg-data
      vbkg build dump.jsonl --text-field content --id-field url --jobs 4
    """
    from graph.build import BuildError, build as run_build, store_totals

    root = click.get_current_context().find_root()
    debug = root.params.get("debug")
    verbose = verbose or bool(root.params.get("verbose"))  # `vbkg -v build` and `vbkg build -v` alike
    started = time.perf_counter()
    on_tty = sys.stderr.isatty() and not is_quiet()

    def failure(message: str) -> None:
        click.echo(("\n" if on_tty else "") + f"vbkg: {message}", err=True)

    def stored(source: str) -> None:
        if verbose:
            click.echo(f"stored {source}", err=True)

    def show_progress(outcomes, total):
        # --verbose prints a line per text instead of the bar
        return iter_progress(outcomes, "Extracting", length=total, shown=not verbose)

    try:
        with Store(store_path, write=True, wait=wait, base=base_iri) as store:
            summary = run_build(paths, store, jobs=jobs, options=_read_options(text_field, id_field, max_size),
                                on_failure=failure, on_stored=stored, progress=show_progress,
                                commit_every=commit_every,
                                on_debug=lambda trace: debug and click.echo(trace, err=True))
            if summary.texts:
                texts, entity_types, relation_types = store_totals(store)
    except (StoreError, BuildError) as error:
        if debug:
            raise
        click.echo(f"vbkg: {error}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("\nvbkg: interrupted; the texts stored so far are kept, run the build again to finish", err=True)
        sys.exit(130)
    if not summary.texts:
        click.echo("vbkg: nothing to build" + (" (no input could be read)" if summary.inputs else ""), err=True)
        sys.exit(2)
    seconds = time.perf_counter() - started
    click.echo(f"{texts} texts, {sum(entity_types.values())} entities, {sum(relation_types.values())} relations"
               f" in {seconds:.1f} s.")
    click.echo("Entities: " + (", ".join(f"{t} {n}" for t, n in entity_types.most_common()) or "none") + ".")
    click.echo("Relations: " + (", ".join(f"{t} {n}" for t, n in relation_types.most_common()) or "none") + ".")
    click.echo(f"{summary.texts} texts read, {summary.stored} changed, {summary.unchanged} unchanged"
               + (f", {len(summary.failures)} skipped:" if summary.failures else "."))
    for message in summary.failures:
        click.echo(f"  {message}")
    sys.exit(summary.exit_code)


# ---- viz: the interactive HTML view (exports/html.py, exports/focus.py) ----------------------------------

def _viz_choices(enum_name: str) -> click.Choice:
    from graph import types

    return click.Choice([str(member) for member in getattr(types, enum_name)], case_sensitive=False)


@main.command()
@click.option("-o", "--output", default="graph.html", show_default=True, help="HTML file to write.")
@click.option("--focus", multiple=True, metavar="ENTITY",
              help="Only the neighbourhood of this entity: a symbol (39-KL/TW), or words of its name "
                   "(diacritics and case ignored). Repeatable.")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(0, 10),
              help="How many relations away from --focus to go.")
@click.option("--type", "types", multiple=True, type=_viz_choices("EntityType"), help="Only entities of this type. Repeatable.")
@click.option("--relation", "relations", multiple=True, type=_viz_choices("RelationType"),
              help="Only relations of this type. Repeatable.")
@click.option("--issuer", "issuers", multiple=True, metavar="BODY",
              help="Only documents issued by this body (its name; diacritics and case ignored). Repeatable.")
@click.option("--since", type=int, metavar="YEAR", help="Only documents of this year or later.")
@click.option("--until", type=int, metavar="YEAR", help="Only documents of this year or earlier.")
@click.option("--title", default=None, help="Title of the page  [default: vbkg graph, and the selection]")
@click.option("--max-nodes", default=5000, show_default=True, type=click.IntRange(1),
              help="Above this many entities the page shows the most connected ones (browsers cannot draw more).")
@store_option
@one_line_errors
def viz(output: str, focus, depth, types, relations, issuers, since, until, title, max_nodes,
        store_path: str) -> None:
    """Write an interactive HTML view of the graph: one file that opens offline in any browser.

    Colours and shapes show entity types, edge colours relation types; hover for details and evidence,
    click for a side panel, search without diacritics ("ket luan 39"), filter by type, relation, issuer
    and years. On a large graph, draw a part of it with the options.

    \b
    Examples:
      vbkg viz -o graph.html && xdg-open graph.html
      vbkg viz --focus 39-KL/TW --depth 2 -o kl39.html
      vbkg viz --type Resolution --type Body --since 2020 --issuer "Bộ Chính trị"
    """
    from exports.focus import FocusError, Selection, select
    from exports.html import render_html, write_html
    from graph.corpus import load_graph

    store = Store(store_path)
    try:
        graph = load_graph(store)
        texts = [source["path"] for source in store.sources()]
    finally:
        store.close()
    selection = Selection(focus=focus, depth=depth, types=types, relations=relations, issuers=issuers,
                          since=since, until=until)
    if selection.active():
        try:
            graph = select(graph, selection)
        except FocusError as error:
            click.echo(f"vbkg: {error}", err=True)
            sys.exit(2)
        if graph.number_of_nodes() == 0:
            click.echo(f"vbkg: nothing matches {selection.describe()}; nothing written", err=True)
            sys.exit(1)
    note = f"Selection: {selection.describe()}." if selection.active() else ""
    default_title = f"vbkg graph — {selection.describe()}" if selection.active() else "vbkg graph"
    # A selection names the texts behind what it shows, the whole graph every text of the store.
    page = render_html(graph, title or default_title, sources=None if selection.active() else texts, note=note,
                       max_nodes=max_nodes)
    write_html(page, output)
    if graph.number_of_nodes() > max_nodes:
        click.echo(f"vbkg: {graph.number_of_nodes()} entities: the page shows the {max_nodes} most connected; "
                   "narrow it with --focus, --type, --relation, --issuer or --since/--until", err=True)
    click.echo(f"Wrote {output} ({min(graph.number_of_nodes(), max_nodes)} entities)", err=True)


# -- shared output and reporting (issue 6) ----------------------------------------------------------------

def is_quiet() -> bool:
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().obj and ctx.find_root().obj.get("quiet"))


def is_verbose() -> bool:
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().obj and ctx.find_root().obj.get("verbose"))


def note(message: str) -> None:
    """A line for the person at the keyboard (stderr), silenced by --quiet."""
    if not is_quiet():
        click.echo(message, err=True)


def iter_progress(items, label: str, length: int | None = None, shown: bool = True):
    """A progress bar over a generator on a terminal; on a pipe, under --quiet or when not `shown`, the items
    alone (nothing printed)."""
    if not shown or not sys.stderr.isatty() or is_quiet():
        yield from items
        return
    with click.progressbar(items, length=length, label=label, file=sys.stderr, show_pos=True) as bar:
        yield from bar


def rows_format_option(func):
    """`--format table|csv|tsv|json|jsonl`, the same on every command that prints rows."""
    from exports.output import FORMATS

    return click.option(
        "--format", "fmt", type=click.Choice(FORMATS), default=None,
        help="Output: table (default on a terminal), tsv (default on a pipe), csv, json or jsonl.",
    )(func)


def _row_style():
    import shutil

    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns, (lambda text: click.style(text, bold=True))
    return None, (lambda text: text)


def emit_rows(rows: list[dict], fmt: str | None, columns=None) -> None:
    import io

    from exports.output import default_format, write_rows

    width, style = _row_style()
    buffer = io.StringIO()
    write_rows(rows, fmt or default_format(sys.stdout), buffer, columns, width=width, style=style)
    click.echo(buffer.getvalue(), nl=False)


def emit_sections(sections, fmt: str | None) -> None:
    import io

    from exports.output import default_format, write_sections

    width, style = _row_style()
    buffer = io.StringIO()
    write_sections(sections, fmt or default_format(sys.stdout), buffer, width=width, style=style)
    click.echo(buffer.getvalue(), nl=False)


def nothing_found(message: str) -> None:
    """A query that found nothing: one line on stderr, exit 1 (like grep)."""
    click.echo(f"vbkg: {message}", err=True)
    sys.exit(1)


def open_corpus(store_path: str):
    from graph.inspect import open_corpus as load

    started = time.perf_counter()
    store = Store(store_path)
    try:
        corpus = load(store)
    finally:
        store.close()
    if is_verbose():
        click.echo(f"Loaded {corpus.graph.number_of_nodes()} entities, {corpus.graph.number_of_edges()} relations "
                   f"from {corpus.texts} texts in {time.perf_counter() - started:.2f} s ({store_path}).", err=True)
    return corpus


def resolve_key(corpus, key: str) -> str:
    """The entity KEY names; when it names none or several, say so (with a short list to choose from), exit 1."""
    import io

    from exports.output import write_rows
    from graph.inspect import LookupFailed, candidate_rows, lookup

    try:
        return lookup(corpus, key)
    except LookupFailed as failure:
        click.echo(f"vbkg: {failure}", err=True)
        if failure.candidates:
            shown = failure.candidates[:10]
            listing = io.StringIO()
            write_rows(candidate_rows(corpus, shown), "table", listing, ["symbol", "type", "label", "date", "iri"])
            click.echo(listing.getvalue(), nl=False, err=True)
            if len(failure.candidates) > len(shown):
                click.echo(f"… and {len(failure.candidates) - len(shown)} more (see `vbkg search`)", err=True)
        sys.exit(1)


def key_or_stdin(value: str | None) -> str | None:
    """`-` stands for the text on standard input (e.g. `xclip -o | vbkg show -`)."""
    if value != "-":
        return value
    text = sys.stdin.read().strip()
    if not text:
        raise click.UsageError("`-` given but standard input is empty")
    return text


def complete_key(ctx: click.Context, param, incomplete: str):
    """Shell completion of KEY: symbols and labels in the store that start with what was typed."""
    import os

    from graph.inspect import names_starting

    try:
        store = Store(ctx.params.get("store_path") or os.environ.get("VBKG_STORE", DEFAULT_STORE))
        try:
            from graph.corpus import load_graph

            return names_starting(load_graph(store), incomplete)
        finally:
            store.close()
    except Exception:  # completion must never break the shell
        return []


def _relation_choice():
    from graph.types import RelationType

    return click.Choice([r.value for r in RelationType])


def _type_choice():
    from graph.types import EntityType

    return click.Choice([t.value for t in EntityType], case_sensitive=False)


# -- stats and export (issue 6) ---------------------------------------------------------------------------

@main.command()
@rows_format_option
@store_option
@one_line_errors
def stats(fmt: str | None, store_path: str) -> None:
    """Summarise what the store holds: texts, entities and relations by type, the most linked entities.

    Without --format, a few readable lines; with it, rows (what, name, count).

    \b
    Examples:
      vbkg stats --store ./vbkg-data
      vbkg stats --format csv > stats.csv
    """
    from graph.inspect import stats as count

    corpus = open_corpus(store_path)
    rows = count(corpus)
    if fmt is None:
        click.echo(_summary(corpus.graph, corpus.texts))
        for what in ("most linked-to document", "top issuer", "most mentioned"):
            picked = [f"{r['name']} {r['count']}" for r in rows if r["what"] == what]
            if picked:
                click.echo(f"{what[0].upper()}{what[1:]}: " + ", ".join(picked) + ".")
    else:
        emit_rows(rows, fmt, ["what", "name", "count"])


def _export_formats() -> list[str]:
    from exports import rdf, tables

    return list(dict.fromkeys([*rdf.FORMATS, *tables.FORMATS]))


@main.command()
@click.option("--format", "fmt", type=click.Choice(_export_formats()), default="ttl", show_default=True,
              help="RDF (ttl, nt, nq, trig, xml, …) or a table format: graphml, gexf, json (node-link), "
                   "jsonl (one edge per line), csv and neo4j (folders).")
@click.option("-o", "--output", default="-", show_default=True,
              help="File to write, `-` for standard output; a folder for csv and neo4j.")
@click.option("--no-evidence", "no_evidence", is_flag=True,
              help="RDF formats: leave out provenance (evidence, mentions, source texts); entities and relations only.")
@click.option("--base-iri", "base_iri", default=None, callback=_check_base_iri, metavar="IRI",
              help="RDF formats: publish the entity IRIs under this base instead of the store's.")
@store_option
@one_line_errors
def export(fmt: str, output: str, no_evidence: bool, base_iri: str | None, store_path: str) -> None:
    """Export the whole graph, for Gephi, Cytoscape, igraph, pandas, Neo4j or any RDF tool.

    RDF formats: ttl, nt, xml and jsonld hold the union of all texts' graphs; nq and trig keep one named
    graph per source text.

    \b
    Examples:
      vbkg export --format ttl -o graph.ttl
      vbkg export --format jsonld --no-evidence -o graph.jsonld
      vbkg export --format graphml -o graph.graphml   # Gephi, Cytoscape, igraph
      vbkg export --format gexf -o graph.gexf         # Gephi, coloured by type
      vbkg export --format csv -o tables/             # tables/nodes.csv, tables/edges.csv
      vbkg export --format jsonl | jq .relation       # one edge per line
      vbkg export --format neo4j -o neo4j-import/ && cd neo4j-import && \\
        neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j
    """
    from exports import rdf, tables

    started = time.perf_counter()
    spec = tables.FORMATS.get(fmt)
    if spec is not None and spec.folder and output == "-":
        raise click.UsageError(f"--format {fmt} writes a folder of CSV files: name it with -o DIR")
    store = Store(store_path)
    try:
        if fmt in rdf.FORMATS:
            with click.open_file(output, "wb") as out:
                rdf.write_rdf(store, fmt, out, evidence=not no_evidence, base=base_iri)
            written = [output]
        else:
            from graph.corpus import load_graph

            graph = load_graph(store)
            if spec.folder:
                written = [str(p) for p in tables.write_folder(fmt, graph, output, iter_progress)]
            else:
                with click.open_file(output, "wb") as out:
                    tables.write_stream(fmt, graph, out, iter_progress)
                written = [output]
    finally:
        store.close()
    if output != "-":
        note(f"Wrote {', '.join(written)}" + (f" in {time.perf_counter() - started:.2f} s" if is_verbose() else ""))


# -- inspection (issue 6): show, search, neighbors, path, timeline ----------------------------------------

@main.command()
@click.argument("key", shell_complete=complete_key)
@rows_format_option
@store_option
@one_line_errors
def show(key: str, fmt: str | None, store_path: str) -> None:
    """Show one entity: attributes, aliases, the texts that mention it, its edges with their evidence.

    KEY is a symbol, a label or a fragment of one, with or without diacritics, or `-` to read it from
    standard input. When it matches several entities, they are listed to choose from (exit 1).

    \b
    Examples:
      vbkg show 39-KL/TW
      vbkg show "ban bi thu"              # diacritics optional
      vbkg show "Kết luận 39" --format json
    """
    from exports.output import Section
    from graph.inspect import show as describe

    corpus = open_corpus(store_path)
    node = resolve_key(corpus, key_or_stdin(key))
    sections = describe(corpus, node)
    emit_sections([Section(name, rows, record=name == "entity") for name, rows in sections.items()], fmt)


@main.command()
@click.argument("text")
@click.option("--type", "-t", "types", multiple=True, type=_type_choice(), help="Only entities of this type (repeatable).")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=None, help="At most this many rows.")
@rows_format_option
@store_option
@one_line_errors
def search(text: str, types: tuple[str, ...], limit: int | None, fmt: str | None, store_path: str) -> None:
    """Find entities whose symbol, label, title or alias contains TEXT (diacritics and case ignored).

    The most mentioned come first. Exit 1 when nothing matches.

    \b
    Examples:
      vbkg search "de an"                 # Đề án …, diacritics optional
      vbkg search 18 --type Resolution --format csv
    """
    from graph.inspect import search as find

    rows = find(open_corpus(store_path), key_or_stdin(text), types, limit)
    if not rows:
        nothing_found(f"no entity matches {text!r}")
    emit_rows(rows, fmt)


@main.command()
@click.argument("key", shell_complete=complete_key)
@click.option("--depth", "-d", type=click.IntRange(min=1), default=1, show_default=True, help="How many edges away.")
@click.option("--relation", "-r", "relations", multiple=True, type=_relation_choice(),
              help="Follow only this relation (repeatable).")
@click.option("--direction", type=click.Choice(["out", "in", "both"]), default="both", show_default=True,
              help="Follow outgoing edges, incoming ones, or both.")
@rows_format_option
@store_option
@one_line_errors
def neighbors(key: str, depth: int, relations: tuple[str, ...], direction: str, fmt: str | None,
              store_path: str) -> None:
    """List the entities linked to KEY, up to --depth edges away, with the relation that links them.

    `→` is an edge from `via` to the neighbour, `←` one from the neighbour to `via`. Exit 1 when there is none.

    \b
    Examples:
      vbkg neighbors "Bộ Chính trị"
      vbkg neighbors "Chính phủ" --depth 2 --relation issued_by --relation guides
    """
    from graph.inspect import neighbors as around

    corpus = open_corpus(store_path)
    node = resolve_key(corpus, key)
    rows = around(corpus, node, depth, relations, direction)
    if not rows:
        nothing_found(f"{corpus.name(node)} has no neighbours" + (" along those relations" if relations else ""))
    emit_rows(rows, fmt)


@main.command()
@click.argument("start", metavar="A", shell_complete=complete_key)
@click.argument("end", metavar="B", shell_complete=complete_key)
@click.option("--relation", "-r", "relations", multiple=True, type=_relation_choice(),
              help="Use only this relation (repeatable).")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=5, show_default=True,
              help="At most this many shortest paths.")
@rows_format_option
@store_option
@one_line_errors
def path(start: str, end: str, relations: tuple[str, ...], limit: int, fmt: str | None, store_path: str) -> None:
    """Show the shortest paths between A and B, one row per step, with the relations along them.

    Edges are followed either way; `issued_by →` points from the step's `from` to its `to`, `←` back.
    Exit 1 when no path joins them.

    \b
    Examples:
      vbkg path 102/2024/NĐ-CP "Quốc hội"
      vbkg path 39-KL/TW 71-NQ/TW --format json
    """
    from graph.inspect import paths as between

    corpus = open_corpus(store_path)
    a, b = resolve_key(corpus, start), resolve_key(corpus, end)
    rows = between(corpus, a, b, relations, limit)
    if not rows:
        nothing_found(f"no path between {corpus.name(a)} and {corpus.name(b)}")
    emit_rows(rows, fmt)


@main.command()
@click.option("--issuer", "-i", shell_complete=complete_key, help="Only documents issued by this entity (a KEY).")
@click.option("--type", "-t", "types", multiple=True, type=_type_choice(), help="Only this document type (repeatable).")
@click.option("--since", help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--undated", is_flag=True, help="Also list documents with no known date (last).")
@rows_format_option
@store_option
@one_line_errors
def timeline(issuer: str | None, types: tuple[str, ...], since: str | None, until: str | None, undated: bool,
             fmt: str | None, store_path: str) -> None:
    """List documents by date, with their issuers. Exit 1 when none matches.

    \b
    Examples:
      vbkg timeline
      vbkg timeline --issuer "Bộ Chính trị" --type Resolution --type Conclusion
      vbkg timeline --since 2020 --until 2022-06 --format csv
    """
    import re

    from graph.inspect import timeline as by_date

    for name, value in (("--since", since), ("--until", until)):
        if value and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise click.BadParameter(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD", param_hint=name)
    corpus = open_corpus(store_path)
    issuer_node = resolve_key(corpus, issuer) if issuer else None
    rows = by_date(corpus, issuer_node, types, since, until, undated)
    if not rows:
        nothing_found("no dated document matches" + ("" if undated else " (--undated lists undated ones)"))
    emit_rows(rows, fmt)
# -- RDF and SPARQL: query, validate, push ---------------------------------------------------------------


def _query_errors(func):
    """QueryError → one line on stderr and its exit code (2 bad query, 1 server or data trouble)."""
    @wraps(func)
    def wrapper(*args, **kwargs):
        from graph.sparql import QueryError

        try:
            return func(*args, **kwargs)
        except QueryError as error:
            if click.get_current_context().find_root().params.get("debug"):
                raise
            click.echo(f"vbkg: {error}", err=True)
            sys.exit(error.exit_code)
    return wrapper


@main.command()
@click.argument("query", required=False)
@click.argument("params", nargs=-1)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"),
              help="Read the SPARQL query from a file (`-` for standard input).")
@click.option("--list", "list_queries", is_flag=True, help="List the bundled named queries and their parameters.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml", "ttl", "nt"]),
              default="table", show_default=True,
              help="json/csv/tsv/xml: the SPARQL 1.1 result formats; ttl/nt for CONSTRUCT and DESCRIBE.")
@click.option("--endpoint", metavar="URL", help="Query a SPARQL 1.1 endpoint (e.g. http://host:7878/query) "
              "instead of the store; it must show the named graphs as its default graph (Oxigraph: "
              "`oxigraph serve --union-default-graph`).")
@click.option("-o", "--output", default="-", show_default=True, help="File to write, `-` for standard output.")
@store_option
@one_line_errors
@_query_errors
def query(query: str | None, params: tuple[str, ...], query_file, list_queries: bool, fmt: str,
          endpoint: str | None, output: str, store_path: str) -> None:
    """Run a SPARQL query, or a bundled named query with its arguments.

    Every text's named graph is part of the default graph, so queries need no GRAPH clause.

    \b
    Examples:
      vbkg query --list
      vbkg query issued-by "Bộ Chính trị"
      vbkg query evidence 39-KL/TW "Bộ Chính trị"
      vbkg query 'SELECT ?d ?s WHERE { ?d <https://w3id.org/vbkg/ontology#symbol> ?s }' --format csv
      vbkg query -f my-query.rq --format json
      vbkg query issued-by "Chính phủ" --endpoint http://127.0.0.1:7878/query
    """
    from graph import sparql
    from ontology.vocabulary import DEFAULT_BASE

    named = sparql.named_queries()
    if list_queries:
        for name, item in named.items():
            args = " ".join(p.upper() for p, _ in item.params)
            click.echo(f"{name} {args}".rstrip())
            click.echo(f"    {item.description}")
            for param, help_text in item.params:
                click.echo(f"    {param.upper()}: {help_text}")
        return
    if query_file is not None:
        if query is not None:
            raise sparql.QueryError("give a query or -f FILE, not both")
        text = query_file.read()
    elif query is None:
        raise sparql.QueryError("no query given (a SPARQL query, -f FILE, or a name from `vbkg query --list`)")
    elif query in named:
        text = named[query].bind(params)
    elif re.fullmatch(r"[\w-]+", query):
        raise sparql.QueryError(f"no bundled query named {query!r} (see `vbkg query --list`)")
    else:
        text = query
    if params and (query_file is not None or query not in named):
        raise sparql.QueryError("arguments are only for bundled named queries")
    if endpoint:
        result = sparql.run_remote(sparql.check_endpoint(endpoint), text)
        base = DEFAULT_BASE
    else:
        store = Store(store_path)
        result = sparql.run_local(store, text)
        base = store.base
    with click.open_file(output, "wb") as out:
        sparql.write_results(result, fmt, out, base=base)


@main.command()
@store_option
@one_line_errors
def validate(store_path: str) -> None:
    """Check the store against the SHACL shapes (ontology/shapes.ttl); exit 1 when anything violates them.

    \b
    Example:
      vbkg validate --store ./vbkg-data
    """
    from ontology.validate import validate_store

    violations = validate_store(Store(store_path))
    if not violations:
        click.echo("The graph conforms to the vbkg shapes: no violations.")
        return
    from graph.sparql import _table

    rows = [[v.message, v.focus, v.path, v.value, v.shape] for v in violations]
    click.echo(_table(rows, ["problem", "node", "property", "value", "shape"], width=70), nl=False)
    click.echo(f"{len(violations)} violation{'s' if len(violations) != 1 else ''}.")
    sys.exit(1)


@main.command()
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store HTTP Protocol endpoint: Oxigraph http://host:7878/store, Fuseki http://host:3030/DS/data.")
@store_option
@click.option("--prune", is_flag=True,
              help="Also delete the server's graphs of texts no longer in the store (only graphs under the "
                   "store's <base>source/ namespace; nothing else is touched).")
@click.option("--query-endpoint", metavar="URL",
              help="SPARQL query endpoint --prune lists the server's graphs with  [default: beside --endpoint: "
                   "Oxigraph …/query, Fuseki …/DS/query, GraphDB …/repositories/REPO]")
@one_line_errors
@_query_errors
def push(endpoint: str, store_path: str, prune: bool = False, query_endpoint: str | None = None) -> None:
    """Copy every text's named graph to a SPARQL 1.1 server, replacing each graph there (idempotent).

    Graphs of texts since removed from the store stay on the server unless --prune is given.

    \b
    Example:
      oxigraph serve --location server-data --bind 127.0.0.1:7878 --union-default-graph &
      vbkg push --endpoint http://127.0.0.1:7878/store --prune
      vbkg query documents --endpoint http://127.0.0.1:7878/query
    """
    from graph.push import default_query_endpoint, prune as prune_graphs, push as push_graphs
    from graph.sparql import QueryError, check_endpoint

    if prune:
        query_endpoint = query_endpoint or default_query_endpoint(endpoint)
        if not query_endpoint:
            raise QueryError(f"--prune needs --query-endpoint: no known query endpoint beside {endpoint}", 2)
        check_endpoint(query_endpoint)
    store = Store(store_path)
    graphs, triples = push_graphs(store, check_endpoint(endpoint))
    click.echo(f"Pushed {graphs} graphs ({triples} triples) to {endpoint}.")
    if prune:
        removed = prune_graphs(store, endpoint, query_endpoint)
        click.echo(f"Removed {removed} graphs of texts no longer in the store.")


if __name__ == "__main__":
    main()
