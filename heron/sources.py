"""Reading input documents: .txt, .jsonl, HTML pages, RSS/Atom feeds, directories, stdin.

Readers never raise for bad input: they yield `Problem`s (what is wrong and
where) beside the documents they could read, so a caller reports them and
goes on with the rest.
"""

from __future__ import annotations

import io
import json
import re
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from heron.analyze import document_id
from heron.errors import Code, message
from heron.records import Document

TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES

# an encoding the file declares: <?xml ... encoding="..."?> or <meta charset=...>
DECLARED_ENCODING = re.compile(
    rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']"""
    rb"""|<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._-]+)""",
    re.IGNORECASE,
)
PROJECT_FILES = {"README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "NOTICE"}
FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
# block elements whose text starts a new paragraph when feed HTML is turned into text
BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}


@dataclass(frozen=True)
class Problem:
    code: Code
    text: str  # the full message, with file and line

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Meta:
    """Metadata given on the command line for plain text inputs."""

    published: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None


def _problem(code: Code, **values: object) -> Problem:
    return Problem(code, message(code, **values))


def decode(data: bytes, path: str, *, markup: bool = False) -> str | Problem:
    """UTF-8 text; HTML and XML (`markup`) may declare another encoding instead."""
    if not data.strip():
        return _problem(Code.E102, path=path)
    if b"\x00" in data[:8192]:
        return _problem(Code.E103, path=path)
    encoding = _declared_encoding(data) if markup else None
    try:
        return data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as err:
        where = f"bad byte at offset {err.start}"
        detail = f"declared {encoding}, {where}" if encoding else where
        return _problem(Code.E104, path=path, detail=detail)


def _declared_encoding(data: bytes) -> str | None:
    found = DECLARED_ENCODING.search(data[:4096])
    if not found:
        return None
    name = (found.group(1) or found.group(2)).decode("ascii").lower()
    try:
        "".encode(name)
    except LookupError:
        return None  # an unknown name: fall back to UTF-8
    return None if name.replace("-", "").replace("_", "") == "utf8" else name


def read_jsonl(text: str, path: str) -> Iterator[Document | Problem]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            yield _problem(Code.E105, path=path, line=number, detail=err.msg)
            continue
        if not isinstance(data, dict):
            yield _problem(
                Code.E105, path=path, line=number, detail=f"a JSON {type(data).__name__}"
            )
            continue
        body = data.get("text")
        if not isinstance(body, str) or not body.strip():
            yield _problem(Code.E106, path=path, line=number)
            continue
        yield Document.from_dict(data, default_id=document_id(body))


def read_text(text: str, path: str, meta: Meta) -> Document:
    stem = Path(path).stem if not path.startswith("<") else None
    return Document(
        id=stem or document_id(text),
        text=text,
        published=meta.published,
        title=meta.title,
        url=meta.url,
        outlet=meta.outlet,
    )


def looks_jsonl(text: str) -> bool:
    return text.lstrip().startswith("{")


def looks_markup(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def looks_feed(data: bytes) -> bool:
    return FEED_ROOT.search(data[:4096]) is not None


def _fill(doc: Document, meta: Meta) -> Document:
    """The command line's metadata where the file gives none."""
    return replace(
        doc,
        published=doc.published or meta.published,
        title=doc.title or meta.title,
        url=doc.url or meta.url,
        outlet=doc.outlet or meta.outlet,
    )


def read_html(data: bytes, path: str, meta: Meta) -> Document | Problem:
    """An article page: its main text, title, date and URL, extracted by trafilatura."""
    text = decode(data, path, markup=True)
    if isinstance(text, Problem):
        return text
    import trafilatura

    try:
        found = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken pages
        return _problem(Code.E109, path=path, detail=f"{type(exc).__name__}: {exc}")
    body = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not body:
        return _problem(Code.E109, path=path, detail="no article text found")
    title = getattr(found, "title", None) or None
    first, _, rest = body.partition("\n")
    if title and first.strip() == title.strip() and rest.strip():
        body = rest.strip()  # the page's headline, repeated at the top of the body
    stem = Path(path).stem if not path.startswith("<") else None
    doc = Document(
        id=stem or document_id(body),
        text=body,
        published=_iso_date(getattr(found, "date", None)),
        title=title,
        url=getattr(found, "url", None) or None,
        outlet=getattr(found, "sitename", None) or None,
    )
    return _fill(doc, meta)


def _iso_date(value: Any) -> str | None:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
        return value[:10]
    if isinstance(value, time.struct_time):
        return time.strftime("%Y-%m-%d", value)
    return None


def html_to_text(fragment: str) -> str:
    """Plain text of a feed item's HTML: one paragraph a line, whitespace collapsed."""
    if "<" not in fragment:
        return " ".join(fragment.split())
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml rejects some fragments outright; keep their text
        return " ".join(re.sub(r"<[^>]+>", " ", fragment).split())
    parts: list[str] = []
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCKS:
            parts.append("\n")
        if element.text:
            parts.append(element.text)
        if element is not root and element.tail:
            parts.append(element.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def read_feed(data: bytes, path: str, meta: Meta) -> Iterator[Document | Problem]:
    """Items of an RSS or Atom feed: content (or summary) as text, title, link, date.

    feedparser is given the bytes as a stream, never a string it could take
    for a URL to fetch or a file name to open, and expands no external entities.
    """
    text = decode(data, path, markup=True)
    if isinstance(text, Problem):
        yield text
        return
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    error = parsed.get("bozo_exception") if parsed.get("bozo") else None
    broken = error is not None and not isinstance(error, feedparser.CharacterEncodingOverride)
    if not parsed.get("version") and not parsed.entries:
        detail = _xml_error(error) if broken else "no <rss>, <feed> or <rdf:RDF> root"
        yield _problem(Code.E111, path=path, detail=detail)
        return
    outlet = parsed.feed.get("title") or None
    items: list[Document | Problem] = []
    for number, entry in enumerate(parsed.entries, 1):
        item = _feed_item(entry, outlet)
        if item is None:
            title = entry.get("title") or "untitled"
            items.append(_problem(Code.E112, path=path, item=number, title=title))
        else:
            items.append(_fill(item, meta))
    if broken:
        line = getattr(error, "getLineNumber", lambda: "?")()
        if isinstance(line, int) and not text.startswith("<?xml"):
            line = max(1, line - 1)  # feedparser put an XML declaration line in front
        kept = sum(isinstance(item, Document) for item in items)
        yield _problem(Code.E110, path=path, line=line, detail=_xml_error(error), kept=kept)
    yield from items


def _xml_error(error: Any) -> str:
    message = getattr(error, "getMessage", None)
    return str(message() if callable(message) else error)


def _feed_item(entry: Any, outlet: str | None) -> Document | None:
    html = ""
    for content in entry.get("content") or []:
        if content.get("value", "").strip():
            html = content["value"]
            break
    html = html or entry.get("summary") or entry.get("description") or ""
    body = html_to_text(html)
    if not body:
        return None
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    return Document(
        id=document_id(body),
        text=body,
        published=_iso_date(published),
        title=entry.get("title") or None,
        url=entry.get("link") or None,
        outlet=outlet,
    )


def read_path(path: str, meta: Meta = Meta()) -> Iterator[Document | Problem]:
    """Documents in one file, a directory (recursively) or '-' (stdin)."""
    if path == "-":
        data = sys.stdin.buffer.read()
        yield from _read_bytes(data, "<stdin>", meta, jsonl=None, sniff=True)
        return
    target = Path(path)
    if not target.exists():
        yield _problem(Code.E101, path=path)
        return
    if target.is_dir():
        files = sorted(
            p
            for p in target.rglob("*")
            if p.is_file() and p.suffix.lower() in SUFFIXES and not _is_project_file(p)
        )
        for file in files:
            yield from read_path(str(file), meta)
        return
    try:
        data = target.read_bytes()
    except OSError as err:
        yield _problem(Code.E107, path=path, detail=err.strerror or str(err))
        return
    suffix = target.suffix.lower()
    if suffix in HTML_SUFFIXES:
        yield read_html(data, path, meta)
    elif suffix in FEED_SUFFIXES:
        yield from read_feed(data, path, meta)
    else:
        yield from _read_bytes(data, path, meta, jsonl=True if suffix in JSONL_SUFFIXES else None)


def _is_project_file(path: Path) -> bool:
    """A README, licence or changelog beside the articles (a corpus's own notes), or a
    hidden file: a directory walk skips them; named on the command line, they are read."""
    return path.name.startswith(".") or path.stem.upper() in PROJECT_FILES


def _read_bytes(
    data: bytes, path: str, meta: Meta, *, jsonl: bool | None, sniff: bool = False
) -> Iterator[Document | Problem]:
    if sniff and looks_markup(data):  # stdin holding a page or a feed
        if looks_feed(data):
            yield from read_feed(data, path, meta)
        else:
            yield read_html(data, path, meta)
        return
    text = decode(data, path)
    if isinstance(text, Problem):
        yield text
        return
    if jsonl or (jsonl is None and looks_jsonl(text)):
        yield from read_jsonl(text, path)
    else:
        yield read_text(text, path, meta)


def read_paths(paths: Iterable[str], meta: Meta = Meta()) -> Iterator[Document | Problem]:
    for path in paths:
        yield from read_path(path, meta)
