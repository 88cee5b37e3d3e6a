"""The dashboard in headless Chromium (Debian's, driven by Playwright), against a live server.

Every test fails on a request to any host but the app's, and on a console
message about the Content-Security-Policy. Skipped when /usr/bin/chromium or
Playwright is missing (`apt-get install -y chromium`; Playwright is in the dev extras).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from test_api_corpus import build_store

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    # CI sets HERON_TEST_REQUIRE_BROWSER, so a missing chromium fails there instead of skipping
    pytest.mark.skipif(
        not CHROMIUM.exists() and not os.environ.get("HERON_TEST_REQUIRE_BROWSER"),
        reason="needs Debian's chromium: apt-get install -y chromium",
    ),
]
playwright = pytest.importorskip("playwright.sync_api", reason="needs playwright (the dev extras)")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    from heron.api.server import bind, make_server

    store = build_store(tmp_path_factory.mktemp("browser") / "ledger.db")
    bound = bind("127.0.0.1", 0)
    server = make_server(store, bound)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [bound.sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started, "the server did not start"
    yield bound.url.rstrip("/")
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Watch:
    def __init__(self) -> None:
        self.outside: list[str] = []
        self.csp: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    tab = context.new_page()
    watch = Watch()
    origin = urlsplit(base_url).netloc

    def guard(route):
        url = route.request.url
        if url.startswith("data:") or urlsplit(url).netloc == origin:
            route.continue_()
        else:
            watch.outside.append(url)
            route.abort()

    tab.route("**/*", guard)
    tab.on(
        "console",
        lambda m: watch.csp.append(m.text) if "Content Security Policy" in m.text else None,
    )
    tab.on("pageerror", lambda e: watch.errors.append(str(e)))

    def on_dialog(dialog):
        watch.dialogs.append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    tab.watch = watch  # type: ignore[attr-defined]
    yield tab
    context.close()
    assert watch.outside == [], "requests left the app"
    assert watch.csp == [], "Content-Security-Policy violations"
    assert watch.errors == [], "script errors"


def open_view(page, base_url, query=""):
    page.goto(f"{base_url}/{query}")
    page.wait_for_selector("body[data-ready]", timeout=15_000)


def test_map_clusters_markers(page, base_url):
    open_view(page, base_url)
    page.wait_for_function("() => window.heron.bordersDrawn > 100")
    assert page.locator("#map .leaflet-marker-icon").count() >= 2
    assert page.locator("#map .place.quad-4").count() >= 1  # Kursk: mostly material conflict
    page.evaluate("() => window.heron.map.setZoom(1, {animate: false})")
    cluster = page.locator("#map .heron-cluster")
    cluster.first.wait_for(timeout=5_000)
    assert "5" in cluster.all_inner_texts()  # Kursk (3 reports) and Paris (2) in one cluster


def test_brushing_the_timeline_filters_the_events(page, base_url):
    open_view(page, base_url)
    assert page.get_attribute("#events", "data-total") == "6"
    over = page.locator("#timeline .u-over").bounding_box()
    assert over is not None
    y = over["y"] + over["height"] / 2
    page.mouse.move(over["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(over["x"] + over["width"] * 0.3, y, steps=5)
    page.mouse.up()
    page.wait_for_function(
        "() => document.body.dataset.ready && location.search.includes('until=')"
    )
    params = parse_qs(urlsplit(page.url).query)
    since, until = params["since"][0], params["until"][0]
    total = int(page.get_attribute("#events", "data-total") or 0)
    assert 0 < total < 6
    dates = page.locator("#events tbody tr").evaluate_all("rows => rows.map(r => r.dataset.date)")
    assert len(dates) == total and all(since <= d <= until for d in dates)
    assert page.input_value("#f-until") == until  # the filter form follows the URL
    assert f"until={until}" in page.input_value("#cite-text")


def test_estimate_chart_draws_every_report(page, base_url):
    open_view(page, base_url, "?view=estimates&series=PRK:deployed")
    chart = page.locator("#estimate-chart")
    assert chart.get_attribute("data-figures") == "2"
    assert chart.get_attribute("data-reports") == "2"
    assert page.locator("#estimate-chart canvas").count() == 1
    assert page.locator("#figures tbody tr").count() == 2
    assert "best 11500" in page.inner_text("#estimate-summary")


def test_network_draws(page, base_url):
    open_view(page, base_url, "?view=network")
    assert int(page.get_attribute("#network", "data-nodes") or 0) >= 3
    assert page.evaluate("() => window.heron.network.nodes().length") >= 3
    assert page.evaluate("() => window.heron.network.edges().length") >= 2
    assert page.locator("#network canvas").count() >= 1


def test_document_view_highlights_evidence(page, base_url):
    open_view(page, base_url, "?view=document&doc=kursk-jan")
    marks = page.locator("#doc-text mark").all_inner_texts()
    text = page.inner_text("#doc-text")
    assert "North Korean soldiers were sent to Russia's Kursk region" in "".join(marks)
    assert "about 600 were killed" in marks
    assert text.startswith("About 11,000 North Korean soldiers")
    page.locator("#doc-records li").first.click()
    assert page.locator("#doc-text mark.flash").count() >= 1


def test_hostile_article_runs_nothing(page, base_url):
    open_view(page, base_url, "?view=document")
    open_view(page, base_url, "?view=document&doc=hostile")
    page.wait_for_timeout(300)
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    assert page.watch.dialogs == []  # type: ignore[attr-defined]
    article = page.locator("#doc-text")
    assert "<script>window.__xss = 'script'</script>" in article.inner_text()
    assert article.locator("script, img, a").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.inner_text("#doc-title").startswith("<script>")
    assert page.locator("#doc-text mark").count() >= 2  # highlighted, still as text
