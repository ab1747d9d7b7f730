"""Support for the browser tests (test_browser*.py): a JupyterLab server on a copy of the notebooks and data,
Debian's Chromium through Playwright, and the steps a user takes (open from the file browser, Run All).

The tests are split over two modules so that a parallel run (`make test`, one module per worker) drives two
browsers at once; each module starts its own server from these fixtures and keeps one JupyterLab page open,
in which it opens its notebooks one after another from the file browser, as a user would.

Uses Debian's Chromium through Playwright (no browser download). Skipped, with the reason, when no Chromium
is installed; ``CSTO_REQUIRE_BROWSER=1`` (set by .ci/run) turns the skip into a failure. Screenshots go to
``test-output/browser/``. The server runs on a copy of the notebooks and of the data, so nothing in the
repository changes.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
SHOTS = ROOT / "test-output" / "browser"
CHROMIUM = next((p for p in (shutil.which("chromium"), "/usr/bin/chromium") if p and Path(p).exists()), None)
TOKEN = "csto-browser-test"

if CHROMIUM is None:
    if os.environ.get("CSTO_REQUIRE_BROWSER") == "1":
        raise RuntimeError("CSTO_REQUIRE_BROWSER=1 but no Chromium is installed (apt-get install chromium)")
    pytest.skip("no Chromium installed (apt-get install chromium); browser test skipped", allow_module_level=True)

from playwright.sync_api import Page, sync_playwright  # noqa: E402
from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402

# Each test module runs half of the notebooks in the browser (see the module docstring).
FIRST_HALF = NOTEBOOKS[: (len(NOTEBOOKS) + 1) // 2]
SECOND_HALF = NOTEBOOKS[(len(NOTEBOOKS) + 1) // 2:]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """A copy of the notebooks and the data that the server may change freely."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", root / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copytree(ROOT / "data", root / "data")
    settings = root / "settings" / "@jupyterlab" / "notebook-extension"
    settings.mkdir(parents=True)
    # Render every cell (no virtual scrolling) so the page shows every output we check.
    (settings / "tracker.jupyterlab-settings").write_text(json.dumps({"windowingMode": "none"}))
    # No "get notified about Jupyter news?" pop-up (it would ask to reach the network and cover the page).
    news = root / "settings" / "@jupyterlab" / "apputils-extension"
    news.mkdir(parents=True)
    (news / "notification.jupyterlab-settings").write_text(json.dumps({"fetchNews": "false"}))
    return root


@pytest.fixture(scope="module")
def server(workspace: Path):
    port = free_port()
    env = {**os.environ, "CSTO_DATA_DIR": str(workspace / "data"), "JUPYTER_CONFIG_DIR": str(workspace / "config")}
    env.pop("MPLBACKEND", None)
    log = (workspace / "server.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
         f"--ServerApp.token={TOKEN}", f"--ServerApp.root_dir={workspace}",
         f"--LabApp.user_settings_dir={workspace / 'settings'}",
         f"--LabApp.workspaces_dir={workspace / 'workspaces'}", "--ServerApp.open_browser=False",
         # CI containers run as root; Jupyter refuses that without the flag.
         *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else [])],
        stdout=log, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/status?token={TOKEN}", timeout=2)
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("JupyterLab did not start:\n" + (workspace / "server.log").read_text())
                time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def lab(server: str, browser) -> Page:
    """One JupyterLab page for the module, as a user keeps one tab open: each notebook opens in it in turn.

    Loading JupyterLab itself is the costly part of a page; loading it once per module instead of once per
    notebook is most of what makes the browser tests quick."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{server}/lab?reset&token={TOKEN}")  # reset: file browser at the root, no restored tabs
    try:
        yield page
    finally:
        page.close()


def open_from_file_browser(page: Page, url: str, name: str) -> None:
    """Go to the top folder with the file browser's home crumb, then double-click ``notebooks`` and the notebook
    (which switches to its tab if it is open already), and wait for its kernel.

    If the file browser cannot be used (once, in a full run on a loaded machine, it never showed the top
    folder), the page is reloaded, as a user would, and the steps are tried again; the reload is reported as a
    warning with a screenshot and the text of any dialog that was open."""
    try:
        _click_through(page, name, timeout=45_000)
    except PlaywrightTimeout as error:
        dialogs = page.locator(".jp-Dialog").all_inner_texts()
        page.screenshot(path=str(SHOTS / f"open-{Path(name).stem}-retried.png"))
        warnings.warn(f"JupyterLab reloaded before opening {name} ({str(error).splitlines()[0]}); "
                      f"dialogs open: {dialogs or 'none'}", stacklevel=2)
        page.goto(f"{url}/lab?reset&token={TOKEN}")
        _click_through(page, name, timeout=120_000)
    page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook").wait_for(timeout=60_000)
    page.wait_for_function("name => [...document.querySelectorAll('.lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel')]"
                           ".some(tab => tab.textContent === name)", arg=name, timeout=60_000)
    wait_for_kernel(url, name, "idle", timeout=180)


def _click_through(page: Page, name: str, timeout: float) -> None:
    page.locator(".jp-FileBrowser .jp-BreadCrumbs-home").first.click(timeout=timeout)
    listing = page.locator(".jp-DirListing-content")
    listing.get_by_text("notebooks", exact=True).dblclick(timeout=timeout)
    listing.get_by_text(name, exact=True).dblclick(timeout=timeout)


def kernel_state(url: str, name: str) -> str:
    """The execution state the server reports for the notebook's kernel ('missing' before a session exists)."""
    with urllib.request.urlopen(f"{url}/api/sessions?token={TOKEN}", timeout=10) as reply:
        sessions = json.load(reply)
    states = [s["kernel"].get("execution_state", "unknown") for s in sessions if s["path"].endswith(name)]
    return states[0] if states else "missing"


def wait_for_kernel(url: str, name: str, state: str, timeout: float) -> None:
    """Wait on the server's view of the kernel, not on the page: a busy machine slows the page far more."""
    deadline = time.monotonic() + timeout
    seen = kernel_state(url, name)
    while seen != state:
        if time.monotonic() > deadline:
            raise AssertionError(f"kernel of {name} is {seen!r} after {timeout:.0f} s, expected {state!r}")
        time.sleep(0.25)
        seen = kernel_state(url, name)


PROMPTS = """() => {
    const prompts = [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputArea-prompt')];
    return {total: prompts.length,
            done: prompts.filter(p => /\\[\\d+\\]/.test(p.textContent)).length,
            running: prompts.filter(p => p.textContent.includes('*')).length};
}"""


def click_menu(page: Page, menu: str, item: str) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
    page.locator(".lm-Menu-itemLabel", has_text=item).first.click()


def run_all_and_wait(page: Page, url: str, name: str, cells: str = "every", stall: float = 120,
                     limit: float = 900) -> list[str]:
    """Clear all outputs, Run All Cells from the menu, and wait until ``every`` code cell (``some``: a run that
    stops at an error) has run again, with the kernel idle.

    Clearing first means a cell only counts once this run has executed it. Instead of one fixed timeout, the
    wait follows progress: it fails when nothing has moved for ``stall`` seconds (and says whether the kernel
    was idle, i.e. the run never started, or busy), or after ``limit`` seconds in all. A Run All that leaves
    an idle kernel and no queued cell (a click lost on a starved page) is clicked again, once, and logged.
    Returns the log of what happened, for the failure message and the test's record.
    """
    log: list[str] = []
    started = time.monotonic()
    click_menu(page, "Edit", "Clear Outputs of All Cells")
    page.wait_for_function(f"() => ({PROMPTS})().done === 0", timeout=120_000)
    click_menu(page, "Run", "Run All Cells")
    last, moved, retried = None, time.monotonic(), False
    while True:
        now = time.monotonic()
        prompts, kernel = page.evaluate(PROMPTS), kernel_state(url, name)
        state = (prompts["done"], prompts["running"], kernel)
        if state != last:
            log.append(f"{now - started:6.1f} s: {prompts['done']}/{prompts['total']} cells run, "
                       f"{prompts['running']} queued, kernel {kernel}")
            last, moved = state, now
        finished = prompts["done"] == prompts["total"] if cells == "every" else prompts["done"] > 0
        if finished and prompts["running"] == 0 and kernel == "idle":
            return log
        if now - moved > stall:
            if prompts["done"] == 0 and prompts["running"] == 0 and kernel == "idle" and not retried:
                log.append(f"{now - started:6.1f} s: Run All had no effect; clicking it again")
                click_menu(page, "Run", "Run All Cells")
                retried, moved = True, now
                continue
            raise AssertionError(f"Run All stalled in {name} (no progress for {stall:.0f} s):\n" + "\n".join(log))
        if now - started > limit:
            raise AssertionError(f"Run All of {name} still going after {limit:.0f} s:\n" + "\n".join(log))
        time.sleep(0.25)


def visible_outputs(page: Page) -> dict[str, int | list[str]]:
    panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
    return {
        "images": panel.locator(".jp-RenderedImage img").count(),
        "errors": panel.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").all_inner_texts(),
    }


def expected_figures(path: Path) -> int:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return sum("image/png" in o.get("data", {}) for c in nb["cells"] for o in c.get("outputs", []))


def check_run_all(lab: Page, server: str, path: Path) -> None:
    """Open a notebook from the file browser, Run All, and check that every figure is shown and no error; save
    a screenshot (first chart in view) and the run's progress log in test-output/browser/."""
    open_from_file_browser(lab, server, path.name)
    log = run_all_and_wait(lab, server, path.name)
    (SHOTS / f"{path.stem}.log").write_text("\n".join(log) + "\n", encoding="utf-8")
    shown = visible_outputs(lab)
    figures = lab.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-RenderedImage img")
    if figures.count():
        figures.first.scroll_into_view_if_needed()  # the screenshot shows the first chart, not the sources
    lab.screenshot(path=str(SHOTS / f"{path.stem}.png"))
    assert shown["errors"] == []
    assert shown["images"] == expected_figures(path) > 0
