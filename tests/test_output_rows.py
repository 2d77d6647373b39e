"""The shared row output and the XML cleaning, on real rows and on any text hypothesis can think of."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from exports.flatten import clean
from exports.output import Section, render_table, tsv_unescape, write_rows, write_sections

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
rows_strategy = st.lists(st.fixed_dictionaries({"symbol": texts, "label": texts, "count": st.integers()}), max_size=6)


def _written(rows, fmt):
    out = io.StringIO()
    write_rows(rows, fmt, out, ["symbol", "label", "count"])
    return out.getvalue()


@settings(max_examples=150, deadline=None)
@given(rows_strategy)
def test_csv_tsv_json_and_jsonl_give_back_every_value(rows):
    expected = [(r["symbol"], r["label"], r["count"]) for r in rows]
    back = list(csv.DictReader(io.StringIO(_written(rows, "csv"), newline="")))
    assert [(r["symbol"], r["label"], int(r["count"])) for r in back] == expected
    lines = _written(rows, "tsv").split("\n")
    assert lines[-1] == "" and len(lines) == len(rows) + 2  # one line per row, whatever the text holds
    cells = [[tsv_unescape(c) for c in line.split("\t")] for line in lines[1:-1]]
    assert [(c[0], c[1], int(c[2])) for c in cells] == expected
    assert json.loads(_written(rows, "json")) == rows
    # JSON Lines stay one line per row even for readers that split on U+2028 or U+0085.
    assert [json.loads(line) for line in _written(rows, "jsonl").splitlines()] == rows


@settings(max_examples=150, deadline=None)
@given(texts)
def test_clean_text_is_always_well_formed_xml_of_the_same_length(text):
    cleaned = clean(text)
    assert len(cleaned) == len(text)
    element = ET.Element("data")
    element.text = cleaned
    parsed = ET.fromstring(ET.tostring(element, encoding="unicode"))
    assert (parsed.text or "") == cleaned.replace("\r\n", "\n").replace("\r", "\n")


def test_table_cuts_cells_to_the_width_and_marks_them():
    rows = [{"symbol": "39-KL/TW", "quote": "Bộ Chính trị ban hành Kết luận số 39-KL/TW ngày 18/7/2022 về " * 3}]
    table = render_table(rows, ["symbol", "quote"], width=60)
    assert all(len(line) <= 60 for line in table.splitlines())
    assert "…" in table and "39-KL/TW" in table
    assert render_table(rows, ["symbol", "quote"]).count("…") == 0


def test_sections_in_json_keep_a_record_as_an_object():
    out = io.StringIO()
    write_sections([Section("entity", [{"field": "symbol", "value": "39-KL/TW"}, {"field": "mentions", "value": 2}],
                            record=True),
                    Section("outgoing", [{"relation": "issued_by", "target": "Bộ Chính trị"}])], "json", out)
    assert json.loads(out.getvalue()) == {"entity": {"symbol": "39-KL/TW", "mentions": 2},
                                          "outgoing": [{"relation": "issued_by", "target": "Bộ Chính trị"}]}
