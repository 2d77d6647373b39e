"""The main content of an HTML page as plain text: menus, headers, footers, sidebars and scripts dropped.

lxml parses the page; the article is the `<article>`/`<main>` (or content-named) block holding most of
the text, else the body. Blocks become lines, table cells are separated by tabs.
"""
from __future__ import annotations

import re

from ..encodings import decode
from ..errors import LoadError

_DROP_TAGS = {"script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "svg", "button",
              "select", "option", "menu", "dialog", "head", "object", "embed", "canvas", "video", "audio"}
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
_DROP_WORDS = {"nav", "navbar", "navigation", "menu", "mainmenu", "megamenu", "footer", "sidebar", "breadcrumb",
               "breadcrumbs", "share", "sharing", "social", "comment", "comments", "related", "advert", "ads",
               "advertisement", "banner", "cookie", "cookies", "topbar", "toolbar", "pagination", "copyright",
               "subscribe", "newsletter", "widget", "popup", "modal", "skip"}
_CONTENT_WORDS = {"content", "article", "main", "post", "entry", "detail", "story", "body", "news", "text"}
_BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
           "dt", "dd", "tr", "table", "thead", "tbody", "tfoot", "blockquote", "pre", "figure", "figcaption",
           "address", "center", "hr", "header", "footer", "caption", "summary", "details"}
_CELLS = {"td", "th"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Code pages that legacy Vietnamese pages (TCVN3/VNI fonts) wrongly declare: detect instead of trusting.
_UNTRUSTED = {"iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "us-ascii", "ascii"}


def _tokens(element) -> set[str]:
    words = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return set(re.split(r"[\s_\-]+", words)) - {""}


def html_text(data: bytes, name: str) -> str:
    from lxml import etree, html

    page = _decoded(data, name)
    try:
        root = html.document_fromstring(_XML_DECLARATION.sub("", page))
    except (etree.ParserError, ValueError) as error:
        raise LoadError(f"{name}: not a readable HTML page ({error})") from None
    for element in list(root.iter()):
        if not isinstance(element.tag, str):  # comments, processing instructions
            if element.getparent() is not None:
                element.drop_tree()
            continue
        if element.getparent() is None:
            continue
        tag = element.tag.lower()
        in_article = any(a.tag in ("article", "main") for a in element.iterancestors())
        if (tag in _DROP_TAGS or (tag in ("header", "footer") and not in_article)
                or (element.get("role") or "").lower() in _DROP_ROLES
                or (tag not in ("body", "html", "article", "main") and _tokens(element) & _DROP_WORDS)
                or element.get("hidden") is not None or element.get("aria-hidden") == "true"):
            element.drop_tree()
    body = root.find("body") if root.find("body") is not None else root
    content = _main_block(body)
    text = _plain(content)
    if not text.strip():
        raise LoadError(f"{name}: no text in this HTML page")
    return text


def _decoded(data: bytes, name: str) -> str:
    match = _CHARSET.search(data[:4096])
    if match and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        charset = match.group(1).decode("ascii").lower()
        if charset not in _UNTRUSTED:
            try:
                return data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass
    return decode(data, name)[0]


def _text_length(element) -> int:
    return len("".join(element.itertext()).split())


def _main_block(body):
    total = _text_length(body)
    candidates = [e for e in body.iter() if isinstance(e.tag, str)
                  and (e.tag in ("article", "main") or (e.get("role") or "").lower() == "main"
                       or _tokens(e) & _CONTENT_WORDS)]
    if not candidates:
        return body
    best = max(candidates, key=_text_length)
    return best if _text_length(best) >= 0.25 * total else body


def _plain(element) -> str:
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag == "br":
            parts.append("\n")
        elif tag in _BLOCKS:
            parts.append("\n")
        elif tag in _CELLS:
            parts.append("\t")
        if node.text and isinstance(node.tag, str):
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in _BLOCKS:
            parts.append("\n")

    walk(element)
    lines = (re.sub(r"[ \u00a0\r\f\v]+", " ", line).strip(" ") for line in "".join(parts).split("\n"))
    lines = (re.sub(r" ?\t[ \t]*", "\t", line).strip("\t ") for line in lines)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
