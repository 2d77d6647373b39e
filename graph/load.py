"""Read inputs into `Text`s: find the files, read each safely, turn its format into plain text.

Every failure is a `LoadError` whose str() is one line naming the input and the reason. Offsets of
everything vbkg finds index `Text.content`, the plain text `vbkg extract --text` prints.
"""
from __future__ import annotations

import errno
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from . import formats
from .encodings import decode as _decode
from .errors import LoadError
from .model import Text

__all__ = ["LoadError", "ReadOptions", "Found", "decode", "read_text", "read_texts", "discover", "discover_files",
           "TEXT_SUFFIXES"]

TEXT_SUFFIXES = tuple(formats.SUFFIXES)
MB = 2**20


@dataclass(frozen=True)
class ReadOptions:
    """How to read inputs: record fields of JSON corpora, size limits, a forced format."""

    text_field: str = "text"
    id_field: str | None = None
    max_text_bytes: int = 8 * MB    # one text; larger ones are refused, never half-read
    max_file_bytes: int = 256 * MB  # a DOCX, PDF or JSON file read whole
    format: str | None = None       # None: by suffix (files) or by content (standard input)
    json_in_folders: bool = False   # read .json/.jsonl found in folders (they may be metadata, not corpora)


DEFAULT_OPTIONS = ReadOptions()


@dataclass(frozen=True)
class Found:
    """A file to read and what discovery saw of it (size, mtime), to notice a file changing mid-build."""

    path: str
    size: int = -1
    mtime_ns: int = -1


class ChangedError(LoadError):
    """The file changed between discovery and reading, or while it was read."""


def decode(data: bytes, name: str) -> str:
    """Bytes of a plain text → NFC Unicode (UTF-8/16, Windows-1258, TCVN3 and VNI detected)."""
    return _decode(data, name)[0]


# -- reading one file -------------------------------------------------------------------------------------

def _stat(name: str) -> os.stat_result:
    try:
        return os.stat(name)
    except FileNotFoundError:
        if os.path.islink(name):
            raise LoadError(f"{name}: broken symbolic link (its target does not exist)") from None
        raise LoadError(f"{name}: no such file") from None
    except PermissionError:
        raise LoadError(f"{name}: permission denied") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise LoadError(f"{name}: symbolic link loop") from None
        raise LoadError(f"{name}: cannot read ({error.strerror or error})") from None


def _checked_stat(name: str, found: Found | None) -> os.stat_result:
    info = _stat(name)
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(f"{name}: is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(f"{name}: not a regular file (a device, pipe or socket)")
    if found is not None and found.size >= 0 and (info.st_size, info.st_mtime_ns) != (found.size, found.mtime_ns):
        raise ChangedError(f"{name}: changed during the build (still being written?); run the build again")
    return info


def _too_large(name: str, size: int, limit: int) -> LoadError:
    return LoadError(f"{name}: too large ({size / MB:.1f} MB; the limit is {limit / MB:.0f} MB, "
                     "see --max-size); split it into smaller texts")


def _open(name: str):
    try:
        return open(name, "rb")
    except PermissionError:
        raise LoadError(f"{name}: permission denied") from None
    except OSError as error:
        raise LoadError(f"{name}: cannot read ({error.strerror or error})") from None


def read_bytes(name: str, limit: int, found: Found | None = None) -> bytes:
    """The bytes of file `name`, refusing what is not a regular file, too large, or changing under us."""
    info = _checked_stat(name, found)
    if info.st_size > limit:
        raise _too_large(name, info.st_size, limit)
    with _open(name) as stream:
        try:
            data = stream.read(limit + 1)
        except OSError as error:
            raise LoadError(f"{name}: cannot read ({error.strerror or error})") from None
        after = os.fstat(stream.fileno())
    if len(data) > limit:
        raise _too_large(name, after.st_size, limit)
    if (after.st_size, after.st_mtime_ns) != (info.st_size, info.st_mtime_ns) or len(data) != info.st_size:
        raise ChangedError(f"{name}: changed while being read (still being written?); run the build again")
    return data


def _stdin_bytes(limit: int) -> bytes:
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise _too_large("<stdin>", len(data), limit)
    return data


# -- formats → texts ----------------------------------------------------------------------------------------

def plain_text(data: bytes, fmt: str, name: str) -> str:
    """The plain text of one single-text input in format `fmt`."""
    if fmt == "html":
        return formats.html_text(data, name)
    if fmt == "docx":
        return formats.docx_text(data, name)
    if fmt == "pdf":
        return formats.pdf_text(data, name)
    text = decode(data, name)
    return formats.plain_markdown(text) if fmt == "markdown" else text


def _make_text(source: str, content: str, options: ReadOptions) -> Text:
    import unicodedata

    if not unicodedata.is_normalized("NFC", content):  # decoded text usually is already
        content = unicodedata.normalize("NFC", content)
    if len(content) > options.max_text_bytes:
        raise _too_large(source, len(content.encode("utf-8")), options.max_text_bytes)
    return Text(source=source, content=content)


def read_texts(path: str | os.PathLike, options: ReadOptions = DEFAULT_OPTIONS,
               found: Found | None = None) -> Iterator[Text | LoadError]:
    """Every text of one input (one for most formats, one per record for JSON corpora).

    A whole-input failure is raised as LoadError; a bad record of a corpus is yielded as a LoadError
    so the other records still go in.
    """
    name = str(path)
    stdin = name == "-"
    shown = "<stdin>" if stdin else name
    fmt = options.format or (None if stdin else formats.format_of(name))
    if fmt == "jsonl" and not stdin:
        yield from _records(name, options, found)
        return
    container = fmt in formats.CONTAINERS or fmt is None
    limit = options.max_file_bytes if container else options.max_text_bytes
    data = _stdin_bytes(limit) if stdin else read_bytes(name, limit, found)
    if fmt is None:
        fmt = formats.sniff(data)
    if fmt in ("json", "jsonl"):
        from .formats.records import json_records, jsonl_records

        if fmt == "json":
            records = json_records(data, shown if not stdin else "-", options.text_field, options.id_field)
        else:
            import io

            records = jsonl_records(io.BytesIO(data), "-" if stdin else name, options.text_field,
                                    options.id_field, options.max_text_bytes)
        for record in records:
            yield record if isinstance(record, LoadError) else _record_text(record, options)
        return
    yield _make_text("-" if stdin else name, plain_text(data, fmt, shown), options)


def _record_text(record: tuple[str, str], options: ReadOptions) -> Text | LoadError:
    source, content = record
    try:
        return _make_text(source, content, options)
    except LoadError as error:
        return error


def _records(name: str, options: ReadOptions, found: Found | None) -> Iterator[Text | LoadError]:
    """A JSON Lines corpus, streamed record by record (the file may be far larger than memory)."""
    from .formats.records import jsonl_records

    _checked_stat(name, found)
    with _open(name) as stream:
        for record in jsonl_records(stream, name, options.text_field, options.id_field, options.max_text_bytes):
            yield record if isinstance(record, LoadError) else _record_text(record, options)


def read_text(path: str | os.PathLike, options: ReadOptions = DEFAULT_OPTIONS) -> Text:
    """The one text of a single-text input (raises LoadError; for a corpus, its first good record)."""
    errors = []
    for item in read_texts(path, options):
        if isinstance(item, Text):
            return item
        errors.append(item)
    raise errors[0] if errors else LoadError(f"{path}: no text")


# -- discovery ----------------------------------------------------------------------------------------------

def _found(path: str) -> Found:
    try:
        info = os.stat(path)
        return Found(path, info.st_size, info.st_mtime_ns)
    except OSError:
        return Found(path)  # reading it will say what is wrong


def _walk(folder: str, visited: set[tuple[int, int]], suffixes: frozenset[str]) -> Iterator[Found | LoadError]:
    """Texts under `folder`, sorted, following folder links once each (a link loop is reported)."""
    try:
        info = os.stat(folder)
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except PermissionError:
        yield LoadError(f"{folder}: permission denied")
        return
    except OSError as error:
        yield LoadError(f"{folder}: cannot read this folder ({error.strerror or error})")
        return
    key = (info.st_dev, info.st_ino)
    if key in visited:
        yield LoadError(f"{folder}: symbolic link loop (this folder was already read)")
        return
    visited.add(key)
    for entry in entries:
        path = os.path.join(folder, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, visited, suffixes)
        elif Path(entry.name).suffix.lower() in suffixes and not entry.name.startswith((".", "~$")):
            yield _found(path)


def folder_suffixes(json_too: bool) -> frozenset[str]:
    return frozenset(s for s, fmt in formats.SUFFIXES.items() if json_too or fmt not in ("json", "jsonl"))


def discover_files(paths: Iterable[str], json_in_folders: bool = False) -> Iterator[Found | LoadError]:
    """Files named and the texts under folders named (recursively, sorted); a LoadError for a bad path.

    JSON files inside folders are taken only with `json_in_folders` (they are often metadata); a JSON
    file named directly always is."""
    suffixes = folder_suffixes(json_in_folders)
    for raw in paths:
        raw = str(raw)
        if raw == "-":
            yield Found("-")
            continue
        if os.path.isdir(raw):
            found = list(_walk(raw, set(), suffixes))
            if not found:
                yield LoadError(f"{raw}: no texts ({' '.join(sorted(suffixes))}) in this folder")
            yield from found
        elif os.path.lexists(raw):
            yield _found(raw)
        else:
            yield LoadError(f"{raw}: no such file or folder")


def discover(paths: Iterable[str]) -> Iterator[Path | LoadError]:
    """Like discover_files, as paths."""
    for item in discover_files(paths):
        yield item if isinstance(item, LoadError) else Path(item.path)
