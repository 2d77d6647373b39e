"""The text of a Word .docx file: body paragraphs and tables in document order (python-docx)."""
from __future__ import annotations

import io

from ..errors import LoadError


def docx_text(data: bytes, name: str) -> str:
    import zipfile

    if not data.startswith(b"PK"):
        raise LoadError(f"{name}: not a DOCX file (not a zip archive)")
    try:
        from docx import Document

        document = Document(io.BytesIO(data))
        lines = list(_blocks(document.element.body, document))
    except zipfile.BadZipFile:
        raise LoadError(f"{name}: truncated or damaged DOCX (the zip archive is incomplete)") from None
    except LoadError:
        raise
    except Exception as error:  # python-docx raises many kinds on a damaged package
        raise LoadError(f"{name}: not a readable DOCX ({type(error).__name__}: {error})"[:300]) from None
    text = "\n".join(lines).strip()
    if not text:
        raise LoadError(f"{name}: no text in this DOCX")
    return text + "\n"


def _blocks(container, parent):
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, parent).text
        elif child.tag == qn("w:tbl"):
            table = Table(child, parent)
            for row in table.rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell is listed once per grid column it spans
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" ".join(line for line in _blocks(cell._tc, cell) if line.strip()))
                yield "\t".join(cells)
            yield ""
        elif child.tag == qn("w:sdt"):  # content controls wrap ordinary paragraphs
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content, parent)
