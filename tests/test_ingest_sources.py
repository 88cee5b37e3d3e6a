"""Inputs beyond .txt and .jsonl: HTML pages, RSS and Atom feeds, and the bad ones."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from heron.cli import EXIT_INPUT, app
from heron.records import Document
from heron.sources import Meta, Problem, html_to_text, read_path, read_paths
from tests.conftest import SAMPLES

runner = CliRunner()
ARTICLE = json.loads((SAMPLES / "articles.jsonl").read_text("utf-8").splitlines()[0])
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in ARTICLE["text"].split("\n"))
PAGE = f"""<!doctype html>
<html><head><meta charset="utf-8"><title>{ARTICLE["title"]} | Meridian Wire</title>
<meta property="og:title" content="{ARTICLE["title"]}">
<meta property="og:site_name" content="{ARTICLE["outlet"]}">
<meta property="article:published_time" content="{ARTICLE["published"]}T08:00:00Z">
<link rel="canonical" href="{ARTICLE["url"]}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{ARTICLE["title"]}</h1>{PARAGRAPHS}</article>
<footer>Copyright 2025 Meridian Wire. All rights reserved.</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbor Times</title><link>https://example-harbortimes.test/</link>
<item><title>Drone strike on El Fasher market</title>
<link>https://example-harbortimes.test/a</link>
<pubDate>Tue, 05 Aug 2025 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>A drone struck a market in El Fasher on Tuesday, killing at least 20 people, volunteers said.</p><p>The RSF denied it.</p>]]></content:encoded>
</item>
<item><title>Summary only</title><link>https://example-harbortimes.test/b</link>
<pubDate>Wed, 06 Aug 2025 10:00:00 GMT</pubDate>
<description>Sudan's army said it repelled an assault on El Fasher.</description></item>
<item><title>Empty</title><link>https://example-harbortimes.test/c</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Pacific Ledger</title>
<id>urn:pacific</id><updated>2025-07-09T00:00:00Z</updated>
<entry><title>Ukraine holds another North Korean prisoner</title><id>urn:1</id>
<link href="https://example-pacific.test/p"/><published>2025-07-09T06:00:00Z</published>
<updated>2025-07-09T06:00:00Z</updated>
<summary type="html">&lt;p&gt;Ukraine has now captured three North Korean soldiers, its military intelligence said.&lt;/p&gt;</summary>
</entry></feed>"""


def _docs(items):
    return [i for i in items if isinstance(i, Document)]


def _problems(items):
    return [i for i in items if isinstance(i, Problem)]


def test_an_html_page_gives_its_article_text_title_date_url_and_outlet(tmp_path):
    path = tmp_path / "kursk.html"
    path.write_text(PAGE, encoding="utf-8")
    [doc] = list(read_path(str(path)))
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE["text"]  # no navigation, footer or repeated headline
    assert (doc.id, doc.title, doc.published) == ("kursk", ARTICLE["title"], "2025-01-07")
    assert (doc.url, doc.outlet) == (ARTICLE["url"], ARTICLE["outlet"])


def test_command_line_metadata_fills_what_a_page_lacks(tmp_path):
    path = tmp_path / "bare.htm"
    path.write_text(f"<html><body><article>{PARAGRAPHS}</article></body></html>", "utf-8")
    [doc] = list(read_path(str(path), Meta(published="2025-01-08", outlet="Wire")))
    assert (doc.published, doc.outlet) == ("2025-01-08", "Wire")


def test_a_page_in_a_declared_legacy_encoding(tmp_path):
    path = tmp_path / "latin.html"
    page = PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace("Seoul", "Séoul")
    path.write_bytes(page.encode("iso-8859-1", errors="replace"))
    [doc] = list(read_path(str(path)))
    assert isinstance(doc, Document) and "Séoul" in doc.text


def test_an_rss_feed_gives_one_document_per_item_with_text(tmp_path):
    path = tmp_path / "harbor.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_path(str(path)))
    first, second = _docs(items)
    assert first.text.splitlines() == [
        "A drone struck a market in El Fasher on Tuesday, killing at least 20 people, volunteers said.",
        "The RSF denied it.",
    ]
    assert (first.title, first.url, first.published, first.outlet) == (
        "Drone strike on El Fasher market",
        "https://example-harbortimes.test/a",
        "2025-08-05",
        "Harbor Times",
    )
    assert second.text == "Sudan's army said it repelled an assault on El Fasher."
    [problem] = _problems(items)
    assert problem.code == "E112" and f"{path}: feed item 3" in str(problem)


def test_an_atom_feed(tmp_path):
    path = tmp_path / "pacific.atom"
    path.write_text(ATOM, encoding="utf-8")
    [doc] = list(read_path(str(path)))
    assert doc.text.startswith("Ukraine has now captured three North Korean soldiers")
    assert (doc.published, doc.url, doc.outlet) == (
        "2025-07-09",
        "https://example-pacific.test/p",
        "Pacific Ledger",
    )


def test_a_feed_does_not_expand_external_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    feed = RSS.replace(
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>',
    ).replace("The RSF denied it.", "The RSF denied it. &x;")
    path = tmp_path / "xxe.xml"
    path.write_text(feed, encoding="utf-8")
    assert not any("TOP-SECRET" in d.text for d in _docs(read_path(str(path))))


def test_html_to_text_keeps_paragraphs():
    assert html_to_text("<p>One <b>two</b></p><p>three</p>") == "One two\nthree"
    assert html_to_text("plain   words") == "plain words"


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("broken.html", b"<html><head><title>x</title></head><body><script>1</script>", "E109"),
        ("binary.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E103"),
        ("latin.html", "<html><body><p>caf\xe9</p></body></html>".encode("latin-1"), "E104"),
        ("latin.txt", b"caf\xe9 au lait", "E104"),
        ("empty.rss", b"   ", "E102"),
        ("notafeed.xml", b"<?xml version='1.0'?><note><to>you</to></note>", "E111"),
        ("binary.atom", b"\x00\x01\x02\x03", "E103"),
    ],
)
def test_bad_inputs_are_one_clear_problem(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    items = list(read_path(str(path)))
    [problem] = _problems(items)
    assert problem.code == code and str(path) in str(problem)
    assert not _docs(items)


def test_a_malformed_feed_names_the_line_and_keeps_what_was_recovered(tmp_path):
    path = tmp_path / "cut.rss"
    broken = RSS.replace(
        "</title>\n<link>https://example-harbortimes.test/b",
        "\n<link>https://example-harbortimes.test/b",
    )
    path.write_text(broken.replace("</channel></rss>", "<item><title>x</titl"), encoding="utf-8")
    items = list(read_path(str(path)))
    [problem, *_rest] = _problems(items)
    assert problem.code == "E110"
    assert str(problem).startswith(f"E110 {path}:")
    last = len(path.read_text("utf-8").splitlines())
    assert str(problem).startswith(f"E110 {path}:{last}: malformed RSS/Atom feed")
    assert "the 2 item(s) with text" in str(problem)  # a lenient parse still finds both


def test_a_malformed_feed_without_xml_declaration_names_the_right_line(tmp_path):
    path = tmp_path / "nodecl.rss"
    path.write_text('<rss version="2.0"><channel>\n<title>T</title><item><title>a</ti>\n', "utf-8")
    problem = _problems(read_path(str(path)))[0]
    assert str(problem).startswith(f"E110 {path}:2: ")


def test_a_directory_walk_reads_every_kind_and_skips_readmes(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.html").write_text(PAGE, "utf-8")
    (tmp_path / "feed.xml").write_text(ATOM, "utf-8")
    (tmp_path / "note.txt").write_text("Russian forces shelled Kharkiv on Tuesday.", "utf-8")
    (tmp_path / "README.md").write_text("# notes about this corpus", "utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    ids = [d.id for d in _docs(read_paths([str(tmp_path)]))]
    assert len(ids) == 3 and "page" in ids and "note" in ids and "README" not in ids


def test_stdin_holding_a_feed(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ATOM.encode("utf-8"))))
    [doc] = _docs(read_path("-"))
    assert doc.outlet == "Pacific Ledger"


def test_cli_ingest_reports_bad_files_with_exit_3_and_stores_the_rest(pipeline, tmp_path):
    (tmp_path / "page.html").write_text(PAGE, "utf-8")
    (tmp_path / "feed.rss").write_text(RSS, "utf-8")
    (tmp_path / "bad.html").write_bytes(b"\x00\x01binary")
    db = str(tmp_path / "ledger.db")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", db, "--outlet", "Fallback"])
    assert result.exit_code == EXIT_INPUT, result.output
    stderr = " ".join(result.stderr.split())  # rich wraps long lines on stderr
    assert "E103" in stderr and "bad.html" in stderr
    assert "E112" in stderr and "feed item 3" in stderr
    assert "Traceback" not in result.output
    from heron.store import open_store

    store = open_store(db)
    assert store.counts()["documents"] == 3
    outlets = {d["outlet"] for d in store.documents()}
    assert outlets == {"Meridian Wire", "Harbor Times"}
