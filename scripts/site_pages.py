"""The site's front page, codebook page and tables page, generated from the notebooks and the data.

Nothing on these pages is typed by hand here: a notebook's question, findings and lead figure come from its own
cells, and every count from the tables (``csto.overview``). Two markers in the notebooks' markdown are relied on,
and a notebook without them stops the build with a message naming it:

- the question: a paragraph that starts with ``**Question.**`` (in the notebook's opening cell);
- the findings: a ``## Findings`` heading followed by a bulleted list, up to the next heading of level 1 or 2.
  A paragraph between the heading and the list is the summary the front page leads with; without one, the first
  bullet leads and the others fold away under "more findings".

Markdown is rendered with mistune (a dependency of nbconvert), so no hand-written markdown parser.
"""

from __future__ import annotations

import ast
import html
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import mistune
import nbformat
import pandas as pd

QUESTION = "**Question.**"
FINDINGS = re.compile(r"^##\s+Findings\s*$")
SECTION_END = re.compile(r"^#{1,2}\s")  # a heading of level 1 or 2 closes the findings section
HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
BULLET = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
FENCE = re.compile(r"^\s*(```|~~~)")

SITE_CSS = """\
body.site{margin:0;background:var(--jp-layout-color0,#fff);color:var(--jp-content-font-color1,#1a1a1a);
  font-family:var(--jp-content-font-family,system-ui,sans-serif);font-size:16px;line-height:1.55}
.site main,.site header,.site footer,.site nav.top{max-width:70rem;margin:0 auto;padding:0 1.25rem}
.site header{padding-top:1.5rem}
.site h1{font-size:2rem;margin:.2rem 0 .4rem}
.site h2{font-size:1.45rem;margin:2.2rem 0 .6rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.site h3{font-size:1.15rem;margin:0 0 .35rem}
.site a{color:#0b57a4;text-decoration:underline;text-underline-offset:2px}
.site a:hover{color:#063a6e}
.site .lede{font-size:1.1rem;max-width:52rem;margin:.2rem 0}
.site .meta{color:#555;font-size:.95rem}
.site nav.top ul{list-style:none;margin:.6rem 0 0;padding:.4rem 0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;
  border-top:1px solid #ddd;border-bottom:1px solid #ddd}
.site .card{display:grid;grid-template-columns:minmax(0,22rem) minmax(0,1fr);gap:1.2rem;align-items:start;
  padding:1rem 0;border-bottom:1px solid #eee}
.site .card figure{margin:0}
.site .card img{width:100%;height:auto;border:1px solid #ddd;background:#fff}
.site .card figcaption{font-size:.85rem;color:#555;margin-top:.2rem}
.site .card p{margin:.3rem 0}
.site .label{font-weight:600}
.site details{margin-top:.4rem}
.site details ul{margin:.3rem 0 0;padding-left:1.2rem}
.site details li{margin:.25rem 0}
.site .missing{color:#a00;font-weight:600}
.site table.data{border-collapse:collapse;margin:.6rem 0;font-size:.95rem}
.site table.data th,.site table.data td{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left;
  vertical-align:top}
.site table.data td.n,.site table.data th.n{text-align:right;font-variant-numeric:tabular-nums}
.site table.data tfoot td{font-weight:600;border-top:2px solid #999}
.site blockquote{margin:.6rem 0;padding:.2rem 1rem;border-left:4px solid #ccc;background:#f7f7f7}
.site code{font-family:var(--jp-code-font-family,monospace);font-size:.9em;background:#f3f3f3;padding:0 .2em}
.site footer{margin-top:2.5rem;padding-bottom:2rem;color:#555;font-size:.9rem}
.site .codebook table{border-collapse:collapse;font-size:.92rem}
.site .codebook th,.site .codebook td{border:1px solid #ddd;padding:.2rem .45rem;vertical-align:top}
@media (max-width:44rem){.site .card{grid-template-columns:1fr}}
"""


class MarkerError(ValueError):
    """A notebook lacks a marker the front page relies on (its question or its findings)."""


@dataclass(frozen=True)
class Summary:
    """What the front page shows of one notebook."""

    stem: str
    title: str
    question: str  # HTML
    lead: str  # HTML: the summary paragraph, or the first finding
    more: tuple[str, ...]  # HTML list items: the other findings
    figure: str | None  # file name in reports/figures
    alt: str
    figures: int


def markdown(text: str, escape: bool = True) -> str:
    """Markdown to HTML with mistune; ``escape`` turns raw HTML in the text into visible text."""
    return mistune.create_markdown(escape=escape, plugins=["table", "strikethrough"])(text).strip()


def inline(text: str) -> str:
    """Markdown of one paragraph to HTML without the surrounding ``<p>``."""
    out = markdown(text)
    return out[3:-4] if out.startswith("<p>") and out.endswith("</p>") and out.count("<p>") == 1 else out


def plain(text: str) -> str:
    """Markdown to plain text (for alt attributes)."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", markdown(text))).split())


def _markdown_lines(nb: nbformat.NotebookNode) -> list[list[str]]:
    return [cell.source.splitlines() for cell in nb.cells if cell.cell_type == "markdown"]


def question_of(nb: nbformat.NotebookNode) -> str | None:
    """The paragraph that starts with ``**Question.**``, without the marker (markdown), or None."""
    for lines in _markdown_lines(nb):
        for i, line in enumerate(lines):
            if line.startswith(QUESTION):
                para = [line[len(QUESTION):]]
                for more in lines[i + 1:]:
                    if not more.strip():
                        break
                    para.append(more)
                return " ".join(p.strip() for p in para).strip()
    return None


def findings_of(nb: nbformat.NotebookNode) -> tuple[str, list[str]] | None:
    """The findings section as (summary paragraph or "", bullets), all markdown; None without the heading."""
    for lines in _markdown_lines(nb):
        start = next((i for i, line in enumerate(lines) if FINDINGS.match(line)), None)
        if start is None:
            continue
        body, fenced = [], False
        for line in lines[start + 1:]:
            fenced ^= bool(FENCE.match(line))
            if not fenced and SECTION_END.match(line):
                break
            body.append(line)
        intro: list[str] = []
        items: list[list[str]] = []
        for line in body:
            if BULLET.match(line):
                items.append([BULLET.sub("", line, count=1)])
            elif items and (line.startswith((" ", "\t")) or not line.strip()):
                items[-1].append(line)
            elif items:
                break  # the list is over: prose after it (e.g. caveats without a heading) is not a finding
            else:
                intro.append(line)
        return " ".join(" ".join(intro).split()), [" ".join(" ".join(i).split()) for i in items]
    return None


def figure_alts(nb: nbformat.NotebookNode, title: str) -> list[str]:
    """Alt text for each PNG output, in order: the chart's ``title=`` argument when the code gives it as a
    string, else the section heading above the figure and the first paragraph under it."""
    alts, heading, text = [], title, ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for i, line in enumerate(lines := cell.source.splitlines()):
                if m := HEADING.match(line):
                    heading = plain(m.group(1))
                    para = []
                    for more in lines[i + 1:]:
                        if para and not more.strip() or HEADING.match(more):
                            break
                        if more.strip():
                            para.append(more)
                    text = plain(" ".join(para))
            continue
        pngs = sum("image/png" in o.get("data", {}) for o in cell.get("outputs", []))
        titles = _chart_titles(cell.source)
        for k in range(pngs):
            alts.append(titles[k] if k < len(titles) else f"{heading}. {text}".strip(" ."))
    return alts


def _chart_titles(code: str) -> list[str]:
    try:
        tree = ast.parse(code)
    except SyntaxError:  # IPython magics
        return []
    return [kw.value.value for node in ast.walk(tree) if isinstance(node, ast.Call) for kw in node.keywords
            if kw.arg == "title" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str)]


def summarize(path: Path, nb: nbformat.NotebookNode, title: str, figures: list[str],
              draft: bool = False) -> Summary:
    """What the front page says about one notebook. Raises :class:`MarkerError` naming the notebook when its
    question or findings cannot be found (``draft``: show a visible placeholder instead)."""
    question, findings = question_of(nb), findings_of(nb)
    problems = []
    if not question:
        problems.append(f"{path}: no question: the opening cell needs a paragraph starting with '{QUESTION}'")
    if not findings or not (findings[0] or findings[1]):
        problems.append(f"{path}: no findings: add a markdown cell with a '## Findings' heading followed by a "
                        "bulleted list (an optional one- or two-sentence paragraph before the list leads)")
    if problems and not draft:
        raise MarkerError("\n".join(problems))
    missing = '<span class="missing">(no {} marked in this notebook yet)</span>'
    intro, items = findings if findings else ("", [])
    if intro:
        lead, more = inline(intro), items
    elif items:
        lead, more = inline(items[0]), items[1:]
    else:
        lead, more = missing.format("findings"), []
    alts = figure_alts(nb, title)
    return Summary(stem=path.stem, title=title, question=inline(question) if question else missing.format("question"),
                   lead=lead, more=tuple(inline(m) for m in more), figure=figures[0] if figures else None,
                   alt=alts[0] if alts else "", figures=len(figures))


def section(text: str, heading: str) -> str | None:
    """The markdown under a ``## heading`` of a document, up to the next heading of level 1 or 2."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if re.fullmatch(rf"##\s+{re.escape(heading)}\s*", line.strip()):
            body = []
            for more in lines[i + 1:]:
                if SECTION_END.match(more):
                    break
                body.append(more)
            return "\n".join(body).strip()
    return None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", html.unescape(re.sub(r"<[^>]+>", "", text)).lower()).strip("-") or "section"


def with_ids(body: str) -> tuple[str, list[tuple[int, str, str]]]:
    """Give every heading a unique id; return the HTML and (level, id, inner HTML) of each heading."""
    seen: dict[str, int] = {}
    toc = []

    def add(m: re.Match) -> str:
        level, inner = int(m.group(1)), m.group(2)
        base = slug(inner)
        seen[base] = seen.get(base, 0) + 1
        ident = base if seen[base] == 1 else f"{base}-{seen[base]}"
        toc.append((level, ident, inner))
        return f'<h{level} id="{ident}">{inner}</h{level}>'
    return re.sub(r"<h([1-6])>(.*?)</h\1>", add, body, flags=re.S), toc


def relative_links(body: str, prefix: str) -> str:
    """Point the relative links of a document moved from ``data/`` to ``reports/`` back at their files."""
    return re.sub(r'(href|src)="(?![a-z][a-z0-9+.-]*:|#|/)([^"]*)"', rf'\1="{prefix}/\2"', body)


PAGES = [("index.html", "Analyses and data"), ("chronology.html", "Chronology"), ("states/index.html", "States"),
         ("appeals/index.html", "Appeals"), ("codebook.html", "Codebook"), ("tables.html", "Tables"),
         ("changes.html", "What changed"), ("api.html", "API")]
"""The site's navigation, the same on every page (paths relative to reports/)."""


def head(title: str, css: list[str], prefix: str = "", style: str = "") -> str:
    """The page head: the shared stylesheets (``prefix`` leads from a subfolder back to reports/) and, if given, the
    page's own CSS."""
    links = "".join(f'<link rel="stylesheet" href="{prefix}assets/{html.escape(name)}">\n' for name in css)
    own = f"<style>{style}</style>\n" if style else ""
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(title)}</title>\n{links}{own}</head>\n")


def nav(current: str, prefix: str = "") -> str:
    current_mark = ' aria-current="page"'
    items = "".join(f'<li><a href="{prefix}{href}"{current_mark if href == current else ""}>{label}</a></li>'
                    for href, label in PAGES)
    return f'<nav class="top" aria-label="site"><ul>{items}</ul></nav>\n'


FOOTER = ('<footer>Generated by <code>scripts/build.py</code> from <code>notebooks/</code> and <code>data/</code>; '
          "rerun <code>make</code> to refresh.</footer>\n</body>\n</html>\n")


def _share(value: float) -> str:
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.0%}"


def _date(value: str | None) -> str:
    if not value:
        return "?"
    day = pd.Timestamp(value)
    return f"{day.day} {day:%B %Y}"


def data_summary(counts: pd.DataFrame) -> dict[str, Any]:
    """Totals of ``csto.overview.tables``: tables, rows, dated rows and the share of those known to the day."""
    day = (counts["share_day_precision"].fillna(0) * counts["dated_rows"]).round().sum()
    dated = int(counts["dated_rows"].sum())
    return {"tables": len(counts), "rows": int(counts["rows"].sum()), "dated": dated,
            "day": int(day), "share": day / dated if dated else float("nan")}


THUMBS = "thumbs"  # reduced copies of the lead figures (reports/figures/thumbs), written by the build


def front_page(summaries: list[Summary], schema: dict[str, Any], counts: pd.DataFrame, readme: str,
               data_href: str, root_href: str, code_licence: str, css: list[str]) -> str:
    """The front page: each notebook's question, findings and lead figure; the data; how to cite."""
    title = schema.get("title", "Data")
    coverage = schema.get("coverage", {})
    total = data_summary(counts)
    cards = []
    for s in summaries:
        page = f"{html.escape(s.stem)}.html"
        figure = (f'<figure><a href="{page}"><img src="figures/{THUMBS}/{html.escape(s.figure)}" alt="{html.escape(s.alt)}">'
                  f'</a><figcaption>Figure 1 of {s.figures}; click for the full analysis.</figcaption></figure>'
                  if s.figure else "<div></div>")
        more = (f'<details><summary>{len(s.more)} more finding{"s" if len(s.more) != 1 else ""}</summary><ul>'
                + "".join(f"<li>{m}</li>" for m in s.more) + "</ul></details>") if s.more else ""
        cards.append(f'<article class="card" id="nb-{html.escape(s.stem)}">{figure}<div>'
                     f'<h3><a href="{page}">{html.escape(s.title)}</a></h3>'
                     f'<p><span class="label">Question.</span> {s.question}</p>'
                     f'<p><span class="label">Main finding.</span> {s.lead}</p>{more}</div></article>')
    rows = "".join(
        f'<tr><td><a href="tables.html#{html.escape(r.table)}">{html.escape(r.table)}</a></td>'
        f'<td><a href="{data_href}/{html.escape(path)}">{html.escape(path)}</a></td>'
        f'<td class="n">{r.rows:,}</td><td class="n">{r.columns}</td><td class="n">{r.dated_rows:,}</td>'
        f'<td class="n">{_share(r.share_day_precision)}</td></tr>'
        for r, path in zip(counts.itertuples(), [res["path"] for res in schema["resources"]]))
    licences = "; ".join(
        f'<a href="{html.escape(lic["path"])}">{html.escape(lic.get("title") or lic["name"])}</a>' if lic.get("path")
        else html.escape(lic.get("title") or lic["name"]) for lic in schema.get("licenses", []))
    cite = section(readme, "How to cite") or ""
    quoted = "\n".join(line for line in cite.splitlines() if line.startswith(">"))  # the citation itself
    version = html.escape(str(schema.get("version", "unversioned")))
    period = f"{_date(coverage.get('start'))} to {_date(coverage.get('end'))}"
    return (head(f"{title}: analyses and data", css) + '<body class="site">\n<header>'
            f"<h1>{html.escape(title)}</h1>"
            f'<p class="lede">{html.escape(schema.get("description", ""))}</p>'
            f'<p class="meta">Data version {version} · {period} · {total["tables"]} tables, {total["rows"]:,} rows · '
            f'{len(summaries)} analyses</p></header>\n{nav("index.html")}<main>\n'
            f'<h2 id="analyses">Analyses</h2>\n<p>Each analysis is a notebook executed on the tables below; the '
            "question and findings are the notebook's own words. Click a title or figure for the full page.</p>\n"
            + "\n".join(cards) +
            f'\n<h2 id="data">The data</h2>\n<p>{total["tables"]} tables with {total["rows"]:,} rows cover '
            f"{period}. Of the {total['dated']:,} rows with a main date, {total['day']:,} "
            f"({_share(total['share'])}) are known to the day; the others to the month or year. "
            "Every row cites its sources.</p>\n"
            f'<p>Schema: <a href="{data_href}/datapackage.json">datapackage.json</a> (Frictionless data package: '
            f'types, allowed values, keys) · Codebook: <a href="codebook.html">read online</a> '
            f'(<a href="{data_href}/README.md">markdown source</a>) · '
            f'<a href="tables.html">every table with its columns</a></p>\n'
            '<table class="data"><thead><tr><th>table</th><th>file</th><th class="n">rows</th>'
            '<th class="n">columns</th><th class="n">dated rows</th><th class="n">known to the day</th></tr></thead>'
            f'<tbody>{rows}</tbody><tfoot><tr><td>{total["tables"]} tables</td><td></td>'
            f'<td class="n">{total["rows"]:,}</td><td></td><td class="n">{total["dated"]:,}</td>'
            f'<td class="n">{_share(total["share"])}</td></tr></tfoot></table>\n'
            '<p class="meta">"Known to the day": share of each table\'s main date (spell start, event start, appeal '
            "date...) recorded with day precision.</p>\n"
            f'<h2 id="cite">How to cite, licences, version</h2>\n'
            + (markdown(quoted or cite)) +
            f'\n<p>Machine-readable citation: <a href="{root_href}/CITATION.cff">CITATION.cff</a>. For a single '
            f'fact, cite as well the original source listed for its row in <a href="{data_href}/sources.csv">'
            "sources.csv</a>. "
            f"Data version <strong>{version}</strong> (<code>datapackage.json</code>).</p>\n"
            f"<p>Licences: data {licences or 'not stated'}; code {html.escape(code_licence)} "
            f'(<a href="{root_href}/LICENSE">LICENSE</a>).</p>\n</main>\n' + FOOTER)


def codebook_page(readme: str, data_href: str, css: list[str]) -> tuple[str, set[str]]:
    """``data/README.md`` as a page, with an id on every heading; returns the page and the ids."""
    body, toc = with_ids(relative_links(markdown(readme, escape=False), data_href))
    contents = "".join(f'<li><a href="#{ident}">{inner}</a></li>' for level, ident, inner in toc if level == 2)
    h1, sep, rest = body.partition("</h1>")  # the table of contents goes under the title
    body = f'{h1}{sep}\n<nav aria-label="contents"><ul>{contents}</ul></nav>{rest}' if sep else body
    title = next((re.sub(r"<[^>]+>", "", inner) for level, _, inner in toc if level == 1), "Codebook")
    page = (head(title, css) + '<body class="site">\n' + nav("codebook.html") +
            f'<main class="codebook">\n<p class="meta">Rendered from <a href="{data_href}/README.md">'
            f"data/README.md</a>.</p>\n{body}\n</main>\n"
            + FOOTER)
    return page, {ident for _, ident, _ in toc}


def _names(fields: str | list[str]) -> str:
    return ", ".join(f"<code>{html.escape(f)}</code>" for f in ([fields] if isinstance(fields, str) else fields))


def tables_page(schema: dict[str, Any], counts: pd.DataFrame, data_href: str, codebook_ids: set[str],
                css: list[str]) -> str:
    """Every table of the data package with its row count and its columns."""
    rows = dict(zip(counts["table"], counts["rows"]))
    parts = []
    for res in schema["resources"]:
        name, path, sch = res["name"], res["path"], res["schema"]
        ref = slug(path)
        cols = []
        for f in sch["fields"]:
            c = f.get("constraints", {})
            allowed = (", ".join(f"<code>{html.escape(str(v))}</code>" for v in c["enum"]) if "enum" in c
                       else f"pattern <code>{html.escape(c['pattern'])}</code>" if "pattern" in c else "")
            cols.append(f'<tr><td><code>{html.escape(f["name"])}</code></td><td>{html.escape(f["type"])}</td>'
                        f'<td>{"yes" if c.get("required") else ""}</td><td>{allowed}</td>'
                        f'<td>{inline(f.get("description", ""))}</td></tr>')
        foreign = "".join(f"<li>{_names(fk['fields'])} refers to <code>{html.escape(fk['reference']['resource'])}"
                          f"</code> {_names(fk['reference']['fields'])}</li>" for fk in sch.get("foreignKeys", []))
        parts.append(
            f'<section id="{html.escape(name)}"><h2>{html.escape(name)}</h2>'
            f'<p><a href="{data_href}/{html.escape(path)}">{html.escape(path)}</a> · '
            f'<strong>{int(rows.get(name, 0)):,} rows</strong>, {len(sch["fields"])} columns · key: '
            + (_names(sch.get("primaryKey") or []) or "none")
            + (f' · <a href="codebook.html#{ref}">in the codebook</a>' if ref in codebook_ids else "") + "</p>"
            + (f"<p>{inline(res['description'])}</p>" if res.get("description") else "")
            + (f"<ul>{foreign}</ul>" if foreign else "")
            + '<table class="data"><thead><tr><th>column</th><th>type</th><th>required</th><th>allowed values</th>'
            f'<th>meaning</th></tr></thead><tbody>{"".join(cols)}</tbody></table></section>')
    index = " · ".join(f'<a href="#{html.escape(r["name"])}">{html.escape(r["name"])}</a>' for r in schema["resources"])
    return (head(f"{schema.get('title', 'Data')}: tables", css) + '<body class="site">\n' + nav("tables.html") +
            f'<main>\n<h1>The tables</h1>\n<p>{len(schema["resources"])} tables, from '
            f'<a href="{data_href}/datapackage.json">datapackage.json</a>; row counts from the CSV files.</p>\n'
            f"<p>{index}</p>\n" + "\n".join(parts) + "\n</main>\n" + FOOTER)
