"""The text layer of a PDF (pypdf), pages separated by a blank line; a scan without one is refused."""
from __future__ import annotations

import io
import logging

from ..errors import LoadError


def pdf_text(data: bytes, name: str) -> str:
    if b"%PDF-" not in data[:1024]:
        raise LoadError(f"{name}: not a PDF file")
    if b"%%EOF" not in data[-2048:]:
        raise LoadError(f"{name}: truncated PDF (no end-of-file marker)")
    logging.getLogger("pypdf").setLevel(logging.CRITICAL + 1)  # damaged files are reported by us, once
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError(f"{name}: encrypted PDF (needs a password)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except LoadError:
        raise
    except Exception as error:  # pypdf raises many kinds on a damaged file
        raise LoadError(f"{name}: not a readable PDF ({type(error).__name__}: {error})"[:300]) from None
    text = "\n\n".join(page.strip() for page in pages).strip()
    if not text:
        raise LoadError(f"{name}: no text layer (a scanned PDF? run OCR on it first)")
    return text + "\n"
