"""Reading input documents: .txt files, .jsonl files of input documents, stdin.

Readers never raise for bad input: they yield `Problem`s (what is wrong and
where) beside the documents they could read, so a caller reports them and
goes on with the rest.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from heron.analyze import document_id
from heron.errors import Code, message
from heron.records import Document

TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


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


def decode(data: bytes, path: str) -> str | Problem:
    if not data.strip():
        return _problem(Code.E102, path=path)
    if b"\x00" in data[:8192]:
        return _problem(Code.E103, path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return _problem(Code.E104, path=path, detail=f"bad byte at offset {err.start}")


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
        published = data.get("published")
        yield Document(
            id=str(data.get("id") or document_id(body)),
            text=body,
            published=str(published) if published else None,
            title=data.get("title"),
            url=data.get("url"),
            outlet=data.get("outlet"),
            annotations=data.get("annotations"),
        )


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


def read_path(path: str, meta: Meta = Meta()) -> Iterator[Document | Problem]:
    """Documents in one file, a directory (recursively) or '-' (stdin)."""
    if path == "-":
        data = sys.stdin.buffer.read()
        yield from _read_bytes(data, "<stdin>", meta, jsonl=None)
        return
    target = Path(path)
    if not target.exists():
        yield _problem(Code.E101, path=path)
        return
    if target.is_dir():
        files = sorted(
            p
            for p in target.rglob("*")
            if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES
        )
        for file in files:
            yield from read_path(str(file), meta)
        return
    try:
        data = target.read_bytes()
    except OSError as err:
        yield _problem(Code.E107, path=path, detail=err.strerror or str(err))
        return
    jsonl = True if target.suffix.lower() in JSONL_SUFFIXES else None
    yield from _read_bytes(data, path, meta, jsonl=jsonl)


def _read_bytes(
    data: bytes, path: str, meta: Meta, *, jsonl: bool | None
) -> Iterator[Document | Problem]:
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
