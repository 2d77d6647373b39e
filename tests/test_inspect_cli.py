"""show, search, neighbors, path, timeline and stats on a store of real texts, through CliRunner and as the
installed `vbkg`; the shared --format option; exit codes; terminal versus pipe output; completion."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main

VBKG = str(Path(sys.executable).with_name("vbkg"))


@pytest.fixture
def run(small_store):
    def invoke(*args):
        return CliRunner().invoke(main, [*map(str, args), "--store", str(small_store)], catch_exceptions=False)
    return invoke


def rows(result, fmt="tsv"):
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    from exports.output import tsv_unescape

    header, *lines = [[tsv_unescape(c) for c in line.split("\t")] for line in result.stdout.split("\n") if line]
    return [dict(zip(header, line)) for line in lines]


def test_show_by_symbol_lists_attributes_mentions_and_evidence(run):
    result = run("show", "39-KL/TW", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    fields = data["entity"]
    assert fields["type"] == "Conclusion" and fields["date"] == "2022-07-18" and fields["symbol"] == "39-KL/TW"
    assert data["mentioned in"][0]["text"].endswith("000_ba266b507bcdfe8a.txt")
    assert data["mentioned in"][0]["count"] == fields["mentions"]
    issued = next(r for r in data["outgoing"] if r["relation"] == "issued_by")
    assert issued["target"] == "Bộ Chính trị" and "39-KL/TW" in issued["quote"] and "Bộ Chính trị" in issued["quote"]
    assert any("18/7/2022" in a["alias"] for a in data["aliases"])


def test_show_finds_a_label_without_diacritics_and_lists_incoming_edges(run):
    data = json.loads(run("show", "nghi quyet so 71-nq/tw", "--format", "json").stdout)
    assert data["entity"]["symbol"] == "71-NQ/TW" and data["entity"]["type"] == "Resolution"
    incoming = {(r["relation"], r["source"]) for r in data["incoming"]}
    assert ("implements", "281/NQ-CP") in incoming
    same = json.loads(run("show", "Nghị quyết số 71-NQ/TW", "--format", "json").stdout)
    assert same == data


def test_show_with_several_matches_lists_them_and_exits_1(run):
    result = run("show", "nghi quyet")
    assert result.exit_code == 1
    assert "entities match 'nghi quyet'" in result.stderr
    assert "71-NQ/TW" in result.stderr and "281/NQ-CP" in result.stderr
    assert result.stdout == ""


def test_show_of_nothing_is_one_line_and_exit_1(run):
    result = run("show", "no such thing at all")
    assert result.exit_code == 1
    assert result.stderr.strip() == "vbkg: no entity matches 'no such thing at all' (try `vbkg search`)"


def test_show_in_every_row_format(run):
    for fmt in ("csv", "tsv"):
        table = rows(run("show", "281/NQ-CP", "--format", fmt), fmt)
        assert {r["section"] for r in table} >= {"entity", "mentioned in", "outgoing"}
        assert any(r["relation"] == "implements" and r["target"] == "71-NQ/TW" for r in table)
    lines = [json.loads(line) for line in run("show", "281/NQ-CP", "--format", "jsonl").stdout.splitlines()]
    assert any(line["section"] == "outgoing" and line["relation"] == "implements" for line in lines)
    table = run("show", "281/NQ-CP", "--format", "table").stdout
    assert "outgoing" in table and "implements" in table and "---" in table


def test_search_is_diacritic_insensitive_and_ranks_by_mentions(run, small_store):
    plain = rows(run("search", "chinh phu"))
    marked = rows(run("search", "Chính phủ"))
    assert plain == marked and plain[0]["label"] == "Chính phủ"
    from graph.api import load_graph
    from graph.normalise import fold
    graph = load_graph(small_store)
    named = lambda iri: " ".join(str(graph.nodes[iri].get(k, "")) for k in ("label", "title", "symbol"))
    assert len(plain) > 1 and all("chinh phu" in fold(named(r["iri"])) for r in plain)
    mentions = [int(r["mentions"]) for r in rows(run("search", "nghi quyet", "--type", "Resolution"))]
    assert mentions == sorted(mentions, reverse=True) and len(mentions) >= 3


def test_search_formats_agree(run):
    as_json = json.loads(run("search", "71", "--format", "json").stdout)
    as_jsonl = [json.loads(line) for line in run("search", "71", "--format", "jsonl").stdout.splitlines()]
    as_csv = rows(run("search", "71", "--format", "csv"), "csv")
    assert as_json == as_jsonl
    assert [r["iri"] for r in as_json] == [r["iri"] for r in as_csv]
    assert any(r["symbol"] == "71-NQ/TW" for r in as_json)


def test_search_with_no_match_exits_1(run):
    result = run("search", "zzzz-nothing")
    assert result.exit_code == 1 and "no entity matches" in result.stderr


def test_neighbors_by_depth_and_relation(run):
    one = rows(run("neighbors", "71-NQ/TW"))
    assert {(r["relation"], r["direction"], r["neighbor"]) for r in one} >= {
        ("implements", "←", "281/NQ-CP"), ("issued_by", "→", "Ban Chấp hành Trung ương")}
    assert {r["depth"] for r in one} == {"1"}
    two = rows(run("neighbors", "71-NQ/TW", "--depth", "2"))
    assert {r["depth"] for r in two} == {"1", "2"} and len(two) > len(one)
    assert any(r["via"] == "281/NQ-CP" and r["neighbor"] == "Chính phủ" for r in two)
    only = rows(run("neighbors", "71-NQ/TW", "--relation", "implements", "--depth", "3"))
    assert {r["relation"] for r in only} == {"implements"}
    outgoing = rows(run("neighbors", "71-NQ/TW", "--direction", "out"))
    assert {r["direction"] for r in outgoing} == {"→"}


def test_neighbors_usage_errors_exit_2(run):
    assert run("neighbors", "71-NQ/TW", "--depth", "0").exit_code == 2
    assert run("neighbors", "71-NQ/TW", "--relation", "likes").exit_code == 2


def test_path_names_the_relations_along_it(run):
    steps = rows(run("path", "281/NQ-CP", "ban chap hanh trung uong"))
    assert [(s["from"], s["relation"], s["to"]) for s in steps if s["path"] == "1"] == [
        ("281/NQ-CP", "implements →", "71-NQ/TW"), ("71-NQ/TW", "issued_by →", "Ban Chấp hành Trung ương")]
    back = rows(run("path", "Ban Chấp hành Trung ương", "281/NQ-CP"))
    assert back[0]["relation"] == "issued_by ←"


def test_path_between_unconnected_entities_exits_1(run):
    result = run("path", "281/NQ-CP", "71-NQ/TW", "--relation", "amends")
    assert result.exit_code == 1 and "no path between 281/NQ-CP and 71-NQ/TW" in result.stderr


def test_timeline_is_sorted_and_filters(run):
    all_rows = rows(run("timeline"))
    dates = [r["date"] for r in all_rows]
    assert dates == sorted(dates) and all(dates) and len(dates) >= 5
    by_government = rows(run("timeline", "--issuer", "chinh phu"))
    assert by_government and all("Chính phủ" in r["issued_by"] for r in by_government)
    assert len(by_government) < len(all_rows)
    decrees = rows(run("timeline", "--type", "decree", "--since", "2020", "--until", "2022-06"))
    assert decrees and all(r["type"] == "Decree" and "2020" <= r["date"] <= "2022-06-30" for r in decrees)
    with_undated = rows(run("timeline", "--undated"))
    assert len(with_undated) > len(all_rows) and with_undated[-1]["date"] == ""


def test_timeline_bad_date_is_a_usage_error(run):
    result = run("timeline", "--since", "last year")
    assert result.exit_code == 2 and "YYYY" in result.stderr


def test_stats_summary_and_rows(run, small_store):
    summary = run("stats").stdout
    assert summary.startswith("5 texts,") and "Top issuer: " in summary
    table = {(r["what"], r["name"]): int(r["count"]) for r in rows(run("stats", "--format", "csv"), "csv")}
    assert table[("texts", "")] == 5
    from graph.api import load_graph
    graph = load_graph(small_store)
    assert table[("entities", "")] == graph.number_of_nodes()
    assert table[("relation type", "implements")] == sum(1 for *_, k in graph.edges(keys=True) if k == "implements")


@pytest.mark.parametrize("command", ["show", "search", "neighbors", "path", "timeline", "stats", "export"])
def test_help_has_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output


def test_version_and_top_level_help():
    result = subprocess.run([VBKG, "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("vbkg, version ")
    top = subprocess.run([VBKG, "--help"], capture_output=True, text=True, check=True).stdout
    assert "Exit codes" in top and "_VBKG_COMPLETE" in top


def test_shell_completion_script_and_key_completion(small_store):
    script = subprocess.run([VBKG], env={**os.environ, "_VBKG_COMPLETE": "bash_source"},
                            capture_output=True, text=True)
    assert "_vbkg_completion" in script.stdout and "complete " in script.stdout
    env = {**os.environ, "_VBKG_COMPLETE": "bash_complete", "COMP_WORDS": "vbkg show 28",
           "COMP_CWORD": "2", "VBKG_STORE": str(small_store)}
    answer = subprocess.run([VBKG], env=env, capture_output=True, text=True)
    assert "plain,281/NQ-CP" in answer.stdout.splitlines()


def _on_a_terminal(command: list[str], columns: int) -> str:
    """What `command` prints to a real terminal (a pseudo-terminal) `columns` wide."""
    import pty

    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(command, stdout=follower, stderr=follower,
                                   env={**os.environ, "COLUMNS": str(columns)})
        os.close(follower)
        output = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closes when the process ends
                break
            if not chunk:
                break
            output += chunk
        process.wait(timeout=30)
    finally:
        os.close(leader)
    return output.decode("utf-8").replace("\r\n", "\n")


def test_table_on_a_terminal_tsv_on_a_pipe(small_store):
    command = [VBKG, "search", "nghi quyet", "--store", str(small_store)]
    piped = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    assert piped.splitlines()[0].split("\t")[:3] == ["symbol", "type", "label"]
    assert "…" not in piped and "\x1b[" not in piped  # nothing cut, no colour codes on a pipe
    wide = _on_a_terminal(command, 200)
    assert "\t" not in wide and "-----" in wide and "71-NQ/TW" in wide and "https://w3id.org/vbkg/id/doc/71-nq-tw" in wide.replace("\n", "")
    assert "\x1b[1m" in wide  # bold headers on a terminal
    narrow = _on_a_terminal(command, 90)
    plain = [line for line in narrow.splitlines() if line and "\x1b" not in line]
    assert plain and all(len(line) <= 90 for line in plain) and "…" in narrow


def test_export_on_a_terminal_draws_progress_and_still_writes(small_store, tmp_path):
    output = tmp_path / "g.graphml"
    shown = _on_a_terminal([VBKG, "export", "--format", "graphml", "-o", str(output), "--store", str(small_store)], 100)
    assert "Nodes" in shown and "Wrote" in shown
    assert output.stat().st_size > 0


def test_main_flow_as_the_installed_command(seed_text, tmp_path):
    store = str(tmp_path / "store")
    subprocess.run([VBKG, "build", str(seed_text), "--store", store], capture_output=True, check=True)
    shown = subprocess.run([VBKG, "show", "57-QĐ/TW", "--format", "json", "--store", store],
                           capture_output=True, text=True, check=True)
    data = json.loads(shown.stdout)
    assert any(r["relation"] == "issued_by" and r["target"] == "Ban Bí thư" for r in data["outgoing"])
    verbose = subprocess.run([VBKG, "--verbose", "show", "57-QĐ/TW", "--store", store], capture_output=True, text=True)
    assert verbose.returncode == 0 and verbose.stderr.startswith("Loaded ") and "from 1 texts" in verbose.stderr
    quiet = subprocess.run([VBKG, "-q", "show", "57-QĐ/TW", "--store", store], capture_output=True, text=True)
    assert quiet.returncode == 0 and quiet.stderr == "" and "57-QĐ/TW" in quiet.stdout
    missing = subprocess.run([VBKG, "show", "99-XX/YY", "--store", store], capture_output=True, text=True)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1 and "Traceback" not in missing.stderr
    no_store = subprocess.run([VBKG, "show", "x", "--store", str(tmp_path / "nowhere")], capture_output=True, text=True)
    assert no_store.returncode == 1 and "no vbkg store" in no_store.stderr and no_store.stderr.count("\n") == 1


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory):
    """A store of the repository's examples/ (the texts the README and the --help examples use)."""
    from graph.extract import extract
    from graph.load import read_text
    from graph.store import Store

    path = tmp_path_factory.mktemp("examples") / "store"
    with Store(path, write=True) as store:
        for text in sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt")):
            store.put(extract(read_text(text)))
    return path


@pytest.mark.parametrize("command", ["show", "search", "neighbors", "path", "timeline", "stats"])
def test_every_help_example_runs_on_the_examples(command, examples_store):
    import shlex

    help_text = CliRunner().invoke(main, [command, "--help"]).output
    examples = [line.strip() for line in help_text.splitlines() if line.strip().startswith(f"vbkg {command}")]
    assert examples
    for example in examples:
        words = shlex.split(example.split(" > ")[0], comments=True)[1:]
        result = CliRunner().invoke(main, [*words, "--store", str(examples_store)])
        assert result.exit_code == 0, (example, result.output)
        assert result.stdout.strip(), example


def test_dash_reads_the_key_from_standard_input(small_store):
    result = CliRunner().invoke(main, ["show", "-", "--format", "json", "--store", str(small_store)],
                                input="Nghị quyết số 71-NQ/TW\n")
    assert result.exit_code == 0 and json.loads(result.stdout)["entity"]["symbol"] == "71-NQ/TW"
    empty = CliRunner().invoke(main, ["search", "-", "--store", str(small_store)], input="")
    assert empty.exit_code == 2 and "standard input is empty" in empty.stderr
