"""JSON and JSON Lines corpora: each record is one text, its source `path#id`.

`text_field` names the record's text (dots reach into nested objects: `body.text`); `id_field` its id
(default: the record's `id` when it has one, else its 1-based position). JSON Lines are streamed.
"""
from __future__ import annotations

import json
from typing import IO, Iterator

from ..errors import LoadError


def _field(record, dotted: str):
    value = record
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _record_text(record, position: int, name: str, text_field: str, id_field: str | None,
                 seen: set[str]) -> tuple[str, str] | LoadError:
    if not isinstance(record, dict):
        return LoadError(f"{name}#{position}: not a JSON object")
    ident = _field(record, id_field or "id")
    if ident is None or isinstance(ident, (dict, list)) or str(ident) == "":
        if id_field:
            return LoadError(f"{name}#{position}: no id in field {id_field!r}")
        ident = position
    ident = str(ident)
    if ident in seen:
        return LoadError(f"{name}#{ident}: duplicate id (record {position})")
    seen.add(ident)
    text = _field(record, text_field)
    if not isinstance(text, str) or not text.strip():
        return LoadError(f"{name}#{ident}: no text in field {text_field!r}")
    return f"{name}#{ident}", text


def jsonl_records(stream: IO[bytes], name: str, text_field: str, id_field: str | None,
                  max_bytes: int) -> Iterator[tuple[str, str] | LoadError]:
    seen: set[str] = set()
    position = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            break
        if len(line) > max_bytes and not line.endswith(b"\n"):
            position += 1
            yield LoadError(f"{name}#{position}: record larger than {max_bytes // 2**20} MB; skipped")
            while line and not line.endswith(b"\n"):  # skip the rest of that line without holding it
                line = stream.readline(max_bytes)
            continue
        if not line.strip():
            continue
        position += 1
        try:
            record = json.loads(line.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as error:
            yield LoadError(f"{name}#{position}: not valid JSON ({error})"[:300])
            continue
        yield _record_text(record, position, name, text_field, id_field, seen)


def json_records(data: bytes, name: str, text_field: str,
                 id_field: str | None) -> Iterator[tuple[str, str] | LoadError]:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise LoadError(f"{name}: not valid JSON ({error})"[:300]) from None
    if isinstance(document, dict) and _field(document, text_field) is None:
        lists = [value for value in document.values() if isinstance(value, list)]
        if len(lists) == 1:  # {"data": [...]} and the like
            document = lists[0]
    records = document if isinstance(document, list) else [document]
    if not records:
        raise LoadError(f"{name}: no records in this JSON file")
    seen: set[str] = set()
    for position, record in enumerate(records, 1):
        yield _record_text(record, position, name, text_field, id_field, seen)
