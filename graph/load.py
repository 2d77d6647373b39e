"""Read texts from disk into `Text`: decode, refuse what is not text, NFC-normalise.

Errors are `LoadError` with a message a researcher can act on; the CLI prints it on one line.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from .model import Text
from .normalise import nfc

TEXT_SUFFIXES = (".txt",)


class LoadError(Exception):
    """A file that cannot be read as a text; str() is one line naming the file and the reason."""


def decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise LoadError(f"{name}: empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise LoadError(f"{name}: binary file, not a text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LoadError(f"{name}: not UTF-8 text (invalid byte at offset {error.start})") from None


def read_text(path: str | os.PathLike) -> Text:
    name = str(path)
    if name == "-":
        import sys
        return Text(source="-", content=nfc(decode(sys.stdin.buffer.read(), "<stdin>")))
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise LoadError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise LoadError(f"{name}: is a folder, not a file") from None
    except PermissionError:
        raise LoadError(f"{name}: permission denied") from None
    except OSError as error:
        raise LoadError(f"{name}: cannot read ({error.strerror or error})") from None
    return Text(source=name, content=nfc(decode(data, name)))


def discover(paths: Iterable[str]) -> Iterator[Path | LoadError]:
    """Files named and the texts under folders named (recursively, sorted); a LoadError for a bad path."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            if not found:
                yield LoadError(f"{raw}: no texts ({', '.join(TEXT_SUFFIXES)}) in this folder")
            yield from found
        elif path.exists():
            yield path
        else:
            yield LoadError(f"{raw}: no such file or folder")
