"""Execute every notebook in place and render the HTML site into ``reports/``.

Run by ``make``. All notebooks run in this one process (nbclient), which halves the cost of one nbconvert
process per notebook. Outputs are made reproducible: no timing metadata, figures without PNG metadata
(``csto.plot.setup``), and an HTML renderer that loads nothing from the network.

Usage: python scripts/build.py [NOTEBOOK ...]   (default: notebooks/*.ipynb)
"""

from __future__ import annotations

import base64
import hashlib
import html
import os
import re
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"
FIGURES = REPORTS / "figures"
ASSETS = REPORTS / "assets"
STYLE = re.compile(r"<style[^>]*>.*?</style>\s*", re.S)
INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?![^>]*\bsrc=)[^>]*)>(?P<code>.*?)</script>", re.S)
KERNEL = "csto-in-data"
OFFLINE = {name: "" for name in ("mathjax_url", "require_js_url", "jquery_url", "mermaid_js_url",
                                 "mermaid_layout_elk_js_url", "widget_renderer_url", "jupyter_widgets_base_url")}


def execute(path: Path) -> nbformat.NotebookNode:
    """Run a notebook top to bottom in a fresh kernel from its own folder and save it in place."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name=KERNEL, timeout=600, record_timing=False,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(nb, path)
    return nb


def title_of(nb: nbformat.NotebookNode, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def shared_style(body: str) -> str:
    """Move the page's head CSS (the same few hundred kB for every notebook) to one file named by its hash.

    Only the ``<head>`` is touched: the small ``<style scoped>`` blocks pandas puts beside its tables stay.
    """
    head, sep, rest = body.partition("</head>")
    blocks = STYLE.findall(head)
    if not sep or not blocks:
        return body
    css = "\n".join(re.sub(r"</?style[^>]*>", "", block).strip() for block in blocks) + "\n"
    name = f"{hashlib.sha256(css.encode()).hexdigest()[:12]}.css"
    ASSETS.mkdir(parents=True, exist_ok=True)
    (ASSETS / name).write_text(css, encoding="utf-8")
    first = STYLE.search(head)
    head = head[:first.start()] + f'<link rel="stylesheet" href="assets/{name}">\n' + STYLE.sub("", head[first.start():])
    return shared_scripts(head) + sep + rest


def shared_scripts(head: str) -> str:
    """Move the template's inline head scripts (identical on every page) to files named by their hash."""
    def move(match: re.Match) -> str:
        code = match.group("code").strip() + "\n"
        if not code.strip() or "module" in match.group("attrs"):
            return match.group(0)  # browsers refuse module scripts from file:// pages, so those stay inline
        name = f"{hashlib.sha256(code.encode()).hexdigest()[:12]}.js"
        (ASSETS / name).write_text(code, encoding="utf-8")
        return f'<script{match.group("attrs")} src="assets/{name}"></script>'
    return INLINE_SCRIPT.sub(move, head)


def render(path: Path, nb: nbformat.NotebookNode, exporter: HTMLExporter) -> list[str]:
    """Write ``reports/<name>.html`` and every PNG figure of the notebook; return the figure file names.

    Figures are written once, as PNG files, and the page refers to them instead of embedding them again.
    """
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title_of(nb, path.stem)}})
    names = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            png = output.get("data", {}).get("image/png")
            if png:
                name = f"{path.stem}-{len(names) + 1:02d}.png"
                (FIGURES / name).write_bytes(base64.b64decode(png))
                body = body.replace(f"data:image/png;base64,{png.strip()}", f"figures/{name}", 1)
                names.append(name)
    (REPORTS / f"{path.stem}.html").write_text(shared_style(body), encoding="utf-8")
    return names


def index(entries: list[tuple[Path, str, list[str]]]) -> str:
    items = "\n".join(
        f'<li><a href="{html.escape(p.stem)}.html">{html.escape(title)}</a> '
        f'<small>({len(figs)} figure{"s" if len(figs) != 1 else ""})</small></li>'
        for p, title, figs in entries)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>CSTO in Data: analyses</title>
<style>body{{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.5}}</style></head>
<body><h1>CSTO in Data: analyses</h1>
<p>Notebooks executed on the data in <code>data/</code>; each page is a rendered notebook.
Data CC BY 4.0, code MIT.</p>
<ol>
{items}
</ol></body></html>
"""


def main(argv: list[str]) -> int:
    os.environ.pop("MPLBACKEND", None)  # an inherited Agg backend would drop inline figures
    paths = [Path(a).resolve() for a in argv] or sorted(NOTEBOOKS.glob("[0-9]*.ipynb"))
    FIGURES.mkdir(parents=True, exist_ok=True)
    for old in FIGURES.glob("*.png"):
        if any(old.name.startswith(p.stem + "-") for p in paths):
            old.unlink()
    exporter = HTMLExporter(template_name="lab", **OFFLINE)
    entries = []
    for path in paths:
        print(f"executing {path.relative_to(ROOT)}", flush=True)
        nb = execute(path)
        entries.append((path, title_of(nb, path.stem), render(path, nb, exporter)))
    if not argv:
        (REPORTS / "index.html").write_text(index(entries), encoding="utf-8")
        used = {m for page in REPORTS.glob("*.html") for m in re.findall(r"assets/([0-9a-f]+\.(?:css|js))", page.read_text())}
        for stale in [*ASSETS.glob("*.css"), *ASSETS.glob("*.js")]:
            if stale.name not in used:
                stale.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
