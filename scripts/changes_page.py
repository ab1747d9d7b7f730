"""What changed (reports/changes.html): rows added, removed and changed per table between the previous data release
and this one, computed by ``csto.diff`` (the same as ``python -m csto diff OLD NEW``).

The previous release's tables are read from git at the commit named in ``PREVIOUS`` (the last commit of that
release), into a temporary folder; nothing is fetched. Where the checkout has no history (a source archive), the
page says so instead of guessing.
"""

from __future__ import annotations

import html
import subprocess
import tempfile
from pathlib import Path

from site_pages import FOOTER, head, nav

# The last commit of data release 0.3.0 (2026-12-04), the version before this one.
PREVIOUS = ("0.4.0", "67127add74eaa591134f783d1c1c5433eab2d13a")


def previous_tables(root: Path, commit: str, folder: Path) -> bool:
    """Write the data/ files of ``commit`` into ``folder``; False when git or the commit is not available."""
    try:
        listing = subprocess.run(["git", "-C", str(root), "ls-tree", "--name-only", f"{commit}:data"],
                                 capture_output=True, text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return False
    for name in listing:
        if name.endswith((".csv", ".json")):
            blob = subprocess.run(["git", "-C", str(root), "show", f"{commit}:data/{name}"], capture_output=True,
                                  check=True).stdout
            (folder / name).write_bytes(blob)
    return True


def changes_page(root: Path, version: str, css: list[str], limit: int = 40) -> str:
    from csto.diff import diff

    old_version, commit = PREVIOUS
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if previous_tables(root, commit, folder):
            diffs = diff(folder, root / "data")
            body = [f"<p>Data {html.escape(old_version)} (commit <code>{commit[:7]}</code>) against data "
                    f"{html.escape(version)} (this build): rows are matched on each table's key; a row with the same "
                    f"key and other values is <em>changed</em>, with the columns that differ. At most {limit} rows "
                    f"of each kind are listed per table; <code>python -m csto diff OLD_DIR NEW_DIR</code> gives all.</p>",
                    '<table class="data"><thead><tr><th>table</th><th>key</th><th class="n">added</th>'
                    '<th class="n">removed</th><th class="n">changed</th></tr></thead><tbody>']
            for d in diffs:
                name = f'<a href="#{d.table}">{d.table}.csv</a>' if d else f"{d.table}.csv"
                body.append(f'<tr><td>{name}</td><td><code>{html.escape("|".join(d.key))}'
                            f'</code></td><td class="n">{len(d.added)}</td><td class="n">{len(d.removed)}</td>'
                            f'<td class="n">{len(d.changed)}</td></tr>')
            body.append("</tbody></table>")
            for d in diffs:
                if not d:
                    continue
                parts = [f'<section id="{d.table}"><h2>{d.table}.csv</h2>']
                for label, keys in (("Added", d.added), ("Removed", d.removed)):
                    if keys:
                        shown = "".join(f"<li><code>{html.escape(k)}</code></li>" for k in keys[:limit])
                        more = f"<li>... and {len(keys) - limit} more</li>" if len(keys) > limit else ""
                        parts.append(f"<h3>{label} ({len(keys)})</h3><ul class=\"plain\">{shown}{more}</ul>")
                if d.changed:
                    items = list(d.changed.items())
                    shown = "".join(f"<li><code>{html.escape(k)}</code>: {html.escape(', '.join(c))}</li>"
                                    for k, c in items[:limit])
                    more = f"<li>... and {len(items) - limit} more</li>" if len(items) > limit else ""
                    parts.append(f"<h3>Changed ({len(items)})</h3><ul class=\"plain\">{shown}{more}</ul>")
                body.append("".join(parts) + "</section>")
        else:
            body = [f"<p>The tables of data {html.escape(old_version)} are not in this checkout (no git history), so "
                    "no comparison is shown. In a clone of the repository, <code>make</code> writes it.</p>"]
    return (head("What changed in the data", css) + '<body class="site">\n<header><h1>What changed</h1>'
            f'<p class="lede">Rows added, removed and changed in each table since data {html.escape(old_version)}. '
            "The codebook's changelog says why.</p></header>\n" + nav("changes.html")
            + "<main>\n" + "\n".join(body) + "\n</main>\n" + FOOTER)
