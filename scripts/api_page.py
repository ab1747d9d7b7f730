"""The API reference (reports/api.html), generated at build time from the docstrings of the ``csto`` package.

Every public function and class of every module, with its signature and docstring (examples included, as the
doctests run them), in module order. Nothing is typed by hand: a docstring changed in the code changes the page.
"""

from __future__ import annotations

import html
import importlib
import inspect
import re

from site_pages import FOOTER, head, nav

MODULES = ["io", "validate", "schema", "membership", "compare", "assistance", "alliances", "activity", "relations",
           "evidence", "robustness", "alignment", "overview", "diff", "plot", "cli", "notebook"]


def _doc(text: str) -> str:
    """Docstring to HTML: paragraphs, ``code``, and the doctest examples as preformatted blocks."""
    text = inspect.cleandoc(text or "")
    blocks, out = re.split(r"\n\s*\n", text), []
    for block in blocks:
        if block.lstrip().startswith(">>>"):
            out.append(f"<pre><code>{html.escape(block)}</code></pre>")
        else:
            escaped = html.escape(block)
            escaped = re.sub(r"``(.+?)``", r"<code>\1</code>", escaped)
            escaped = re.sub(r":(?:func|class|data|mod):`~?([^`]+)`", r"<code>\1</code>", escaped)
            if re.match(r"^\s*[-*] ", block):
                items = re.split(r"\n(?=\s*[-*] )", escaped)
                bullet = re.compile(r"^\s*[-*] ")
                out.append("<ul>" + "".join(f"<li>{bullet.sub('', i)}</li>" for i in items) + "</ul>")
            else:
                out.append(f"<p>{escaped}</p>")
    return "".join(out)


def _members(module) -> list[tuple[str, object]]:
    names = getattr(module, "__all__", None) or [n for n in vars(module) if not n.startswith("_")]
    out = []
    for name in names:
        obj = getattr(module, name, None)
        if (inspect.isfunction(obj) or inspect.isclass(obj)) and getattr(obj, "__module__", "") == module.__name__:
            out.append((name, obj))
    return sorted(out, key=lambda item: inspect.getsourcelines(item[1])[1])


def api_page(css: list[str]) -> str:
    sections, toc = [], []
    for short in MODULES:
        module = importlib.import_module(f"csto.{short}")
        entries = []
        for name, obj in _members(module):
            anchor = f"csto.{short}.{name}"
            try:
                signature = str(inspect.signature(obj))
            except (TypeError, ValueError):
                signature = ""
            kind = "class" if inspect.isclass(obj) else "def"
            entries.append(f'<section id="{anchor}"><h3><code>{kind} {html.escape(name)}'
                           f"{html.escape(signature)}</code></h3>{_doc(obj.__doc__ or '')}</section>")
        toc.append(f'<li><a href="#csto.{short}">csto.{short}</a> ({len(entries)})</li>')
        sections.append(f'<section id="csto.{short}"><h2><code>csto.{short}</code></h2>'
                        f"{_doc(module.__doc__ or '')}{''.join(entries)}</section>\n")
    return (head("API reference: the csto package", css) + '<body class="site">\n<header><h1>API reference</h1>'
            '<p class="lede">The public functions and classes of the <code>csto</code> package, generated from their '
            "docstrings when the site is built. Every example below is run by the test suite (doctests).</p>"
            "</header>\n" + nav("api.html") + f'<main>\n<ul class="plain">{"".join(toc)}</ul>\n{"".join(sections)}'
            "</main>\n" + FOOTER)
