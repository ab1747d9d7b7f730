"""The rendered front page in a real browser, opened from disk (file://) as a reader of a download would.

Every figure loads and has alt text, every link resolves (files exist, #fragments exist in their pages), nothing
is requested from the network, and the page weight (the page plus everything it loads) is printed and kept under a
budget. Also checked: the codebook and tables pages the front page links to, and every notebook's page. A screenshot of the front page goes
to ``test-output/site/front-page.png`` (copy it to ``docs/front-page.png`` when the page changes).

Uses Debian's Chromium through Playwright, skipped with the reason when none is installed, like
``test_browser.py``; ``CSTO_REQUIRE_BROWSER=1`` turns the skip into a failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "reports"
SHOTS = ROOT / "test-output" / "site"
CHROMIUM = next((p for p in (shutil.which("chromium"), "/usr/bin/chromium") if p and Path(p).exists()), None)
BUDGET = 1_000_000  # bytes: the front page and all it loads (today ~0.6 MB, mostly the shared notebook CSS)

pytestmark = pytest.mark.browser

if CHROMIUM is None:
    if os.environ.get("CSTO_REQUIRE_BROWSER") == "1":
        raise RuntimeError("CSTO_REQUIRE_BROWSER=1 but no Chromium is installed (apt-get install chromium)")
    pytest.skip("no Chromium installed (apt-get install chromium); browser test skipped", allow_module_level=True)

from browser import browser  # noqa: E402,F401  (the module-scoped Chromium fixture)


def open_page(browser, path: Path):
    """Open a page from disk and record what it requests and its console errors: (page, requests, errors)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, requests, errors


def visit(browser, path: Path, screenshot: Path | None = None) -> dict:
    """Open a page from disk; return what it requested, its console errors, figures and links."""
    page, requests, errors = open_page(browser, path)
    try:
        images = page.eval_on_selector_all("img", """images => images.map(image => ({
            src: image.getAttribute('src'), alt: image.getAttribute('alt'), width: image.naturalWidth}))""")
        links = page.eval_on_selector_all("a[href]", "links => links.map(link => link.href)")
        if screenshot:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot), full_page=True)
    finally:
        page.close()
    return {"requests": requests, "errors": errors, "images": images, "links": links}


def unresolved(links: list[str]) -> list[str]:
    """Local links whose file, or whose #fragment in an HTML file, does not exist. Web links are not fetched
    (the site works offline); they are only required to be https."""
    bad = []
    for link in links:
        url = urlsplit(link)
        if url.scheme in ("http", "https"):
            if url.scheme != "https":
                bad.append(link)
            continue
        if url.scheme != "file":
            bad.append(link)
            continue
        target = Path(unquote(url.path))
        if not target.is_file():
            bad.append(link)
        elif url.fragment and target.suffix == ".html":
            ids = set(re.findall(r'\bid="([^"]+)"', target.read_text(encoding="utf-8")))
            if url.fragment not in ids and unquote(url.fragment) not in ids:  # nbconvert's ids stay %-encoded
                bad.append(link)
    return bad


def test_front_page_loads_offline_with_every_figure_and_link(browser):
    seen = visit(browser, REPORTS / "index.html", screenshot=SHOTS / "front-page.png")
    assert seen["errors"] == []
    assert all(url.startswith("file://") for url in seen["requests"]), seen["requests"]
    notebooks = sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9]*.ipynb"))
    shown = sorted(Path(image["src"]).name.rsplit("-", 1)[0] for image in seen["images"])
    assert shown == notebooks  # one lead figure per notebook
    assert all(image["width"] > 0 for image in seen["images"]), seen["images"]
    targets = {Path(unquote(urlsplit(link).path)).relative_to(ROOT).as_posix() for link in seen["links"]
               if link.startswith("file://")}
    assert {f"reports/{stem}.html" for stem in notebooks} <= targets
    assert {"reports/codebook.html", "reports/tables.html", "data/datapackage.json", "data/README.md"} <= targets
    package = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    assert {f"data/{res['path']}" for res in package["resources"]} <= targets  # every table of the package
    weight = sum(Path(unquote(urlsplit(url).path)).stat().st_size for url in set(seen["requests"]))
    print(f"\nfront page weight: {weight:,} bytes in {len(set(seen['requests']))} files")
    assert weight < BUDGET


@pytest.mark.parametrize("name", ["codebook.html", "tables.html", "api.html", "changes.html"])
def test_linked_pages_load_offline_and_their_links_resolve(browser, name):
    seen = visit(browser, REPORTS / name)
    assert seen["errors"] == []
    assert all(url.startswith("file://") for url in seen["requests"]), seen["requests"]
    assert unresolved(seen["links"]) == []


@pytest.mark.parametrize("page", sorted(REPORTS.glob("[0-9]*.html")), ids=lambda p: p.stem)
def test_notebook_pages_load_offline_with_every_figure(browser, page):
    seen = visit(browser, page)
    assert seen["errors"] == []
    assert all(url.startswith("file://") for url in seen["requests"]), seen["requests"]
    assert seen["images"] and all(image["width"] > 0 for image in seen["images"]), seen["images"]
    assert all((image["alt"] or "").strip() for image in seen["images"]), seen["images"]
    assert unresolved([link for link in seen["links"] if link.startswith("file:")]) == []  # web links: cited sources


CHRONOLOGY_BUDGET = 1_500_000  # bytes: the page and what it loads (today ~1.1 MB: 344 entries with sources and quotes)


def test_chronology_filters_count_and_find_and_every_anchor_resolves(browser):
    """The chronology lists every event with its own anchor, readable without JavaScript; the filters change the
    count line as the data say they should, a search finds a known event, and nothing leaves the page."""
    import csv

    rows = list(csv.DictReader((ROOT / "data" / "events.csv").open(encoding="utf-8")))
    path = REPORTS / "chronology.html"
    text = path.read_text(encoding="utf-8")
    ids = re.findall(r'<li id="([^"]+)" data-type=', text)
    assert sorted(ids) == sorted(r["event_id"] for r in rows)  # every event, once, with its id as anchor
    page, requests, errors = open_page(browser, path)
    try:
        shown = page.locator("#shown")
        assert shown.inner_text() == f"Showing {len(rows)} of {len(rows)} events."
        exercises = sum(r["event_type"] == "exercise" for r in rows)
        page.select_option("select[name=type]", "exercise")
        assert shown.inner_text() == f"Showing {exercises} of {len(rows)} events."
        armenia = sum(r["event_type"] == "exercise" and ("ARM" == r["location"] or any(
            p["event_id"] == r["event_id"] and p["state"] == "ARM"
            for p in csv.DictReader((ROOT / "data" / "event_participants.csv").open(encoding="utf-8"))))
            for r in rows)
        page.select_option("select[name=state]", "ARM")
        assert shown.inner_text() == f"Showing {armenia} of {len(rows)} events."
        page.click("button[type=reset]")
        page.fill("input[name=q]", "Collective Peacekeeping Forces in Kazakhstan")
        page.dispatch_event("input[name=q]", "input")
        assert page.locator("#ev_20220106_deployment_kaz").is_visible()
        assert "Showing " in shown.inner_text() and not shown.inner_text().startswith(f"Showing {len(rows)} ")
        links = page.eval_on_selector_all("a[href]", "links => links.map(link => link.href)")
    finally:
        page.close()
    assert errors == []
    assert all(url.startswith("file://") for url in requests), requests
    assert unresolved([link for link in links if link.startswith("file:")]) == []
    weight = sum(Path(unquote(urlsplit(url).path)).stat().st_size for url in set(requests))
    print(f"\nchronology weight: {weight:,} bytes in {len(set(requests))} files")
    assert weight < CHRONOLOGY_BUDGET


# In the browser, a sample of the appeal and state pages (each visit costs about a second); every page's links are
# checked without a browser in tests/test_build.py.
RECORD_SAMPLE = ["appeals/index.html", "appeals/KAZ-2022-01.html", "appeals/nato/TUR-1990-12.html", "states/index.html",
                 "states/ARM.html", "states/UZB.html"]


@pytest.mark.parametrize("name", RECORD_SAMPLE)
def test_record_pages_load_offline_and_every_local_link_resolves(browser, name):
    page = REPORTS / name
    seen = visit(browser, page)
    assert seen["errors"] == []
    assert all(url.startswith("file://") for url in seen["requests"]), seen["requests"]
    assert unresolved([link for link in seen["links"] if link.startswith("file:")]) == []
