"""The `vbkg` command line: a thin layer over graph/, ontology/ and exports/.

Exit codes: 0 success, 1 partial success or nothing found (some inputs skipped), 2 usage error or
nothing could be done.
"""
from __future__ import annotations

import contextlib
import json
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


def progress(items, label: str):
    """A progress bar on a terminal; on a pipe, the items alone (nothing printed)."""
    if sys.stderr.isatty():
        return click.progressbar(items, label=label, file=sys.stderr, show_pos=True,
                                 item_show_func=lambda p: getattr(p, "name", None))
    return contextlib.nullcontext(items)


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
def main(debug: bool) -> None:
    """vbkg: a knowledge graph of Vietnamese Party and State documents, extracted from text.

    \b
    Example:
      vbkg build ../shared/seed && vbkg stats
    """


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True)
def extract(files: tuple[str, ...], fmt: str) -> None:
    """Extract documents, bodies and relations from FILES and print them as JSON.

    One object for one file, a JSON array for several, one line each with --format jsonl.
    `-` reads standard input.

    \b
    Example:
      vbkg extract ../shared/seed/000_ba266b507bcdfe8a.txt | head
    """
    from graph.extract import extract as run_extract
    from graph.load import LoadError, read_text
    from ontology.vocabulary import iri_for_key

    results, failed = [], 0
    for path in files:
        try:
            text = read_text(path)
        except LoadError as error:
            click.echo(f"vbkg: {error}", err=True)
            failed += 1
            continue
        results.append(run_extract(text).to_json(lambda e: iri_for_key(e.key)))
    if fmt == "jsonl":
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
@one_line_errors
def build(paths: tuple[str, ...], store_path: str) -> None:
    """Extract every text under PATHS and store the result.

    Folders are read recursively. A text already stored with the same content is skipped; a changed text
    replaces what it contributed before.

    \b
    Example:
      vbkg build ../shared/corpus/news --store ./vbkg-data
    """
    from graph.corpus import load_graph
    from graph.extract import extract as run_extract
    from graph.load import LoadError, discover, read_text

    started = time.perf_counter()
    items = list(discover(paths))
    files = [item for item in items if not isinstance(item, LoadError)]
    skipped = [str(item) for item in items if isinstance(item, LoadError)]
    for message in skipped:
        click.echo(f"vbkg: {message}", err=True)
    if not files:
        click.echo("vbkg: nothing to build", err=True)
        sys.exit(2)
    changed = 0
    with Store(store_path, write=True) as store:
        with progress(files, "Extracting") as bar:
            for path in bar:
                try:
                    text = read_text(path)
                except LoadError as error:
                    click.echo(f"\nvbkg: {error}", err=True)
                    skipped.append(str(error))
                    continue
                changed += store.put(run_extract(text))
        graph = load_graph(store)
        stored = len(store.sources())
    click.echo(_summary(graph, stored, time.perf_counter() - started))
    click.echo(f"{len(files) - len(skipped)} texts read, {changed} changed"
               + (f", {len(skipped)} skipped." if skipped else "."))
    if skipped:
        sys.exit(1)


@main.command()
@store_option
@one_line_errors
def stats(store_path: str) -> None:
    """Summarise what the store holds: texts, entities and relations by type.

    \b
    Example:
      vbkg stats --store ./vbkg-data
    """
    from graph.corpus import load_graph

    store = Store(store_path)
    click.echo(_summary(load_graph(store), len(store.sources())))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "nq", "trig", "xml", "graphml", "json"]),
              default="ttl", show_default=True)
@click.option("-o", "--output", default="-", show_default=True, help="File to write, `-` for standard output.")
@store_option
@one_line_errors
def export(fmt: str, output: str, store_path: str) -> None:
    """Export the whole graph.

    \b
    Examples:
      vbkg export --format ttl -o graph.ttl
      vbkg export --format graphml -o graph.graphml   # for Gephi, Cytoscape
    """
    from exports import rdf, tables

    store = Store(store_path)
    with click.open_file(output, "wb") as out:
        if fmt in rdf.FORMATS:
            rdf.write_rdf(store, fmt, out)
        else:
            from graph.corpus import load_graph

            graph = load_graph(store)
            if fmt == "graphml":
                tables.write_graphml(graph, out)
            else:
                import io

                wrapper = io.TextIOWrapper(out, encoding="utf-8")
                tables.write_json(graph, wrapper)
                wrapper.flush()
                wrapper.detach()
    if output != "-":
        click.echo(f"Wrote {output}", err=True)


@main.command()
@click.option("-o", "--output", default="graph.html", show_default=True, help="HTML file to write.")
@store_option
@one_line_errors
def viz(output: str, store_path: str) -> None:
    """Write an interactive HTML view of the graph that opens in any browser.

    \b
    Example:
      vbkg viz -o graph.html && xdg-open graph.html
    """
    from exports.html import render_html
    from graph.corpus import load_graph

    page = render_html(load_graph(Store(store_path)))
    with open(output, "w", encoding="utf-8") as out:
        out.write(page)
    click.echo(f"Wrote {output}", err=True)


if __name__ == "__main__":
    main()
