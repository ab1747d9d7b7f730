"""A page per appeal (reports/appeals/<appeal_id>.html, NATO's under reports/appeals/nato/) and per state that was
ever a party or observer (reports/states/<ISO3>.html), generated from the tables by scripts/build.py.

An appeal's case file: the request (who, to whom, when, under which article, whether the treaty was in force),
the decision and its date, what was asked beside what arrived from whom (with channel and content match), a small
timeline, sources and quotes, and a "cite this" line. A state's page: its membership spells with a timeline, the
appeals it made, the help it gave and received, the events it hosted, attended or stayed away from, and its ties
by family. Every event links to its entry in the chronology. Timelines are inline SVG drawn here (no figure files,
no script), so the pages stay small and work from disk.
"""

from __future__ import annotations

import html
from collections import defaultdict
from typing import Any

import pandas as pd
from csto.schema import enum

from chronology import source_item, when
from site_pages import FOOTER, head, nav


CSS = """\
.site table.data caption{text-align:left;font-weight:600;margin-bottom:.3rem}
.site svg.timeline{display:block;max-width:100%;height:auto;margin:.4rem 0 1rem}
.site q.quote{font-style:italic}
.site .cite{font-size:.85rem;color:#555}
.site ul.plain{padding-left:1.2rem}
"""


def _t(value: Any) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _e(value: Any) -> str:
    return html.escape(_t(value))


def timeline_svg(marks: list[tuple[pd.Timestamp, str]], spans: list[tuple[pd.Timestamp, pd.Timestamp, str, str]],
                 title: str, open_until: pd.Timestamp | None = None) -> str:
    """A small horizontal timeline: labelled marks (dates) and coloured spans, as inline SVG with a title for
    screen readers. A span without an end runs to ``open_until`` (a spell still in force at the end of coverage)
    or, without it, is drawn as a short bar at its start (the end is not recorded).

    >>> svg = timeline_svg([(pd.Timestamp("2022-01-05"), "appeal")], [], "Appeal")
    >>> svg.startswith('<svg') and "<title>Appeal</title>" in svg
    True
    """
    dates = [d for d, _ in marks] + [d for s, e, _, _ in spans for d in (s, e)]
    dates = [d for d in dates if d is not None and not pd.isna(d)]
    if not dates:
        return ""
    lo, hi = min(dates), max(dates)
    width, left, right = 720, 20, 700
    span_days = max((hi - lo).days, 1)

    def x(day: pd.Timestamp) -> float:
        return left + (right - left) * (day - lo).days / span_days

    parts = [f'<svg class="timeline" role="img" viewBox="0 0 {width} {80 + 22 * len(spans)}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{html.escape(title)}</title>',
             f'<line x1="{left}" y1="30" x2="{right}" y2="30" stroke="#999"/>']
    for i, (day, label) in enumerate(sorted(marks, key=lambda m: m[0])):
        parts.append(f'<circle cx="{x(day):.1f}" cy="30" r="5" fill="#0072B2"/>'
                     f'<text x="{x(day):.1f}" y="{18 if i % 2 == 0 else 50}" font-size="11" '
                     f'text-anchor="{"end" if x(day) > right - 60 else "start" if x(day) < left + 60 else "middle"}">'
                     f'{html.escape(label)}</text>')
    for i, (start, end, label, colour) in enumerate(spans):
        y = 82 + 22 * i
        closed = end is not None and not pd.isna(end)
        stop = end if closed else (open_until if open_until is not None else start)
        suffix = "" if closed or open_until is not None else " (end not recorded)"
        parts.append(f'<rect x="{x(start):.1f}" y="{y - 8}" width="{max(x(stop) - x(start), 4):.1f}" height="12" '
                     f'fill="{colour}"/><text x="{left}" y="{y - 10}" font-size="10">{html.escape(label + suffix)}</text>')
    parts.append(f'<text x="{left}" y="{78 + 22 * len(spans)}" font-size="10" fill="#555">{lo:%Y-%m-%d}</text>'
                 f'<text x="{right}" y="{78 + 22 * len(spans)}" font-size="10" fill="#555" text-anchor="end">'
                 f'{hi:%Y-%m-%d}</text></svg>')
    return "".join(parts)


def _sources_list(ids: list[str], sources: pd.DataFrame) -> str:
    return f'<ul class="plain">{"".join(source_item(sources.loc[sid]) for sid in ids if sid in sources.index)}</ul>'


def _quotes_list(quotes: pd.DataFrame) -> str:
    items = "".join(f'<li><q class="quote">{_e(q["quote"])}</q>'
                    + (f' <span lang="en">({_e(q["quote_en"])})</span>' if _t(q.get("quote_en")) else "")
                    + f' <span class="cite">{_e(q["table"])} <code>{_e(q["row"])}</code>, {_e(q["field"])}, '
                      f'<code>{_e(q["source_id"])}</code></span></li>' for _, q in quotes.iterrows())
    return f'<ul class="plain">{items}</ul>' if items else "<p>No quotes recorded.</p>"


def _ids(*cells: Any) -> list[str]:
    out: list[str] = []
    for cell in cells:
        for sid in _t(cell).split(";"):
            if sid and sid not in out:
                out.append(sid)
    return out


def appeal_page(ds: Any, appeal: pd.Series, version: str, css: list[str], prefix: str, chronology: str,
                label: str) -> str:
    """One appeal's case file."""
    aid = str(appeal["appeal_id"])
    names = ds.states.set_index("iso3")["name"].astype(str).to_dict()
    rows = ds.assistance[ds.assistance["appeal_id"].astype(str) == aid]
    sources = ds.sources.set_index("source_id")
    asked = rows[rows["side"].astype(str) == "requested"]
    got = rows[rows["side"].astype(str) == "delivered"]
    has = {c for c in ("treaty_in_force", "addressee", "threat", "article_invoked") if c in appeal and _t(appeal[c])}

    def table(part: pd.DataFrame, caption: str, match: bool) -> str:
        cols = ["category", "contributor", "quantity", "unit", "dates", "channel"] + (["match", "why"] if match else [])
        head = "".join(f"<th>{c}</th>" for c in cols)
        body = []
        for _, r in part.iterrows():
            dates = when(r["start_date"], r["start_precision"])
            if _t(r.get("end_date")):
                dates += f" to {when(r['end_date'], r['end_precision'])}"
            quantity = "" if pd.isna(r["quantity"]) else f"{r['quantity']:,.0f}"
            if "quantity_low" in r and not pd.isna(r.get("quantity_low")):
                quantity += f" ({r['quantity_low']:,.0f}-{r['quantity_high']:,.0f})"
            cells = [_e(r["category"]).replace("_", " "), _e(names.get(_t(r["contributor"]), _t(r["contributor"]))),
                     quantity, _e(r["unit"]), html.escape(dates), _e(r.get("delivery_channel", "")).replace("_", " ")]
            if match:
                cells += [_e(r.get("content_match", "")).replace("_", " "), _e(r.get("match_reason", ""))]
            body.append(f'<tr id="{_e(r.get("assistance_id", ""))}">' + "".join(f"<td>{c}</td>" for c in cells)
                        + "</tr>")
        return (f'<table class="data"><caption>{caption}</caption><thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(body)}</tbody></table>' if body else f"<p>{caption}: none recorded.</p>")

    marks = [(appeal["date"], "appeal")]
    if not pd.isna(appeal["decision_date"]):
        marks.append((appeal["decision_date"], "decision"))
    spans = [(r["start_date"], r["end_date"], f"{_t(r['category']).replace('_', ' ')} "
              f"{names.get(_t(r['contributor']), _t(r['contributor']))}".strip(), "#009E73")
             for _, r in got.iterrows() if not pd.isna(r["start_date"])]
    evidence = ds.evidence if "evidence" in ds.tables else pd.DataFrame(columns=["table", "row"])
    keys = {("appeals", aid)} | {("assistance", _t(a)) for a in rows.get("assistance_id", pd.Series(dtype=str))}
    quotes = evidence[[(str(t), str(r)) in keys for t, r in zip(evidence["table"], evidence["row"])]]
    facts = [("Requester", _e(names.get(_t(appeal["requester"]), appeal["requester"]))),
             ("Date", html.escape(when(appeal["date"], appeal["date_precision"]))),
             ("Crisis", _e(appeal["crisis"])), ("Legal basis", _e(appeal["legal_basis"]))]
    facts += [(c.replace("_", " ").capitalize(), _e(appeal[c]).replace("_", " ")) for c in
              ("treaty_in_force", "addressee", "threat", "article_invoked") if c in has]
    facts += [("Request", _e(appeal["request"])), ("Decision", _e(appeal["decision"]).replace("_", " ")),
              ("Decision date", html.escape(when(appeal["decision_date"], appeal["decision_precision"])) or "none")]
    if _t(appeal.get("outcome_summary")):
        facts.append(("Outcome", _e(appeal["outcome_summary"])))
    if _t(appeal.get("notes")):
        facts.append(("Notes", _e(appeal["notes"])))
    dl = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in facts)
    return (head(f"{aid}: appeal case file", css, prefix, style=CSS) + '<body class="site">\n'
            + f"<header><h1>{html.escape(aid)}: {_e(names.get(_t(appeal['requester']), appeal['requester']))} asks "
              f"the {html.escape(label)} for help</h1></header>\n" + nav("appeals/index.html", prefix) + "<main>\n"
            + f'<table class="data"><tbody>{dl}</tbody></table>\n'
            + timeline_svg(marks, spans, f"Timeline of appeal {aid}: request, decision and deliveries")
            + table(asked, "What was asked for", False) + table(got, "What arrived", True)
            + "<h2>Sources</h2>" + _sources_list(_ids(appeal["source_ids"], *rows["source_ids"]), sources)
            + "<h2>Quotes</h2>" + _quotes_list(quotes)
            + f'<p class="cite">Cite: CSTO in Data {html.escape(version)}, <code>appeals.csv</code> row '
              f"<code>{html.escape(aid)}</code>, reports/appeals/{'nato/' if label == 'NATO' else ''}"
              f"{html.escape(aid)}.html</p>\n"
            + (f'<p>See the <a href="{prefix}{chronology}">chronology</a> for the events around it.</p>' if chronology else "")
            + "</main>\n" + FOOTER)


def state_page(ds: Any, iso3: str, version: str, css: list[str], prefix: str) -> str:
    """One state's page."""
    names = ds.states.set_index("iso3")["name"].astype(str).to_dict()
    name = names.get(iso3, iso3)
    m = ds.memberships[ds.memberships["state"].astype(str) == iso3].sort_values("start_date")
    colours = {"member": "#0072B2", "observer": "#56B4E9", "suspended": "#E69F00", "frozen": "#D55E00"}
    spans = [(r["start_date"], r["end_date"], f"{r['organization']} {r['status']}", colours.get(str(r["status"]), "#999"))
             for _, r in m.iterrows()]
    end = ds.coverage_end
    svg = timeline_svg([(end, "end of coverage")], spans, f"Membership spells of {name}", open_until=end)
    spell_rows = "".join(
        f"<tr><td>{_e(r['organization'])}</td><td>{_e(r['status'])}</td><td>{html.escape(when(r['start_date'], r['start_precision']))}"
        f"</td><td>{html.escape(when(r['end_date'], r['end_precision'])) or 'still'}</td><td>{_e(r['end_reason'])}</td>"
        f"<td>{_e(r['notes'])}</td></tr>" for _, r in m.iterrows())
    appeals = ds.appeals[ds.appeals["requester"].astype(str) == iso3]
    appeal_items = "".join(f'<li><a href="{prefix}appeals/{_e(a["appeal_id"])}.html">{_e(a["appeal_id"])}</a>: '
                           f'{_e(a["crisis"])} ({_e(a["decision"]).replace("_", " ")})</li>' for _, a in appeals.iterrows())
    gave = ds.assistance[(ds.assistance["contributor"].astype(str) == iso3)
                         & (ds.assistance["side"].astype(str) == "delivered")]
    gave_items = "".join(
        f'<li><a href="{prefix}appeals/{_e(r["appeal_id"])}.html#{_e(r.get("assistance_id", ""))}">{_e(r["appeal_id"])}</a>: '
        f'{_e(r["category"]).replace("_", " ")}{" " + format(r["quantity"], ",.0f") + " " + _t(r["unit"]) if not pd.isna(r["quantity"]) else ""}'
        f' ({_e(r.get("delivery_channel", "")).replace("_", " ")})</li>' for _, r in gave.iterrows())
    own = set(appeals["appeal_id"].astype(str))
    received = ds.assistance[ds.assistance["appeal_id"].astype(str).isin(own)
                             & (ds.assistance["side"].astype(str) == "delivered")]
    received_items = "".join(
        f'<li><a href="{prefix}appeals/{_e(r["appeal_id"])}.html#{_e(r.get("assistance_id", ""))}">{_e(r["appeal_id"])}</a>: '
        f'{_e(r["category"]).replace("_", " ")} from {_e(names.get(_t(r["contributor"]), _t(r["contributor"])) or "the organization")}'
        f' ({_e(r.get("delivery_channel", "")).replace("_", " ")}; {_e(r.get("content_match", "")).replace("_", " ")})</li>'
        for _, r in received.iterrows())
    roles = ds.event_participants[ds.event_participants["state"].astype(str) == iso3]
    ev = ds.events.set_index("event_id")
    counts = roles["role"].astype(str).value_counts().to_dict()
    hosted = ds.events[ds.events["location"].astype(str) == iso3]
    role_items = []
    # every role the schema knows, in its order, then any other: a role left out here would vanish from the page
    # (observer rows once did)
    known = list(enum(ds.schema, "event_participants", "role"))
    for role in known + sorted(set(counts) - set(known)):
        chosen = roles[roles["role"].astype(str) == role]
        if chosen.empty:
            continue
        links = ", ".join(f'<a href="{prefix}chronology.html#{_e(e)}">{html.escape(when(ev.loc[e, "start_date"], ev.loc[e, "start_precision"]))}</a>'
                          for e in sorted(chosen["event_id"].astype(str), key=lambda x: ev.loc[x, "start_date"]) if e in ev.index)
        role_items.append(f"<li><strong>{html.escape(role.replace('_', ' '))}</strong> ({counts[role]}): {links}</li>")
    from csto.relations import family

    rel = ds.relations[(ds.relations["source"].astype(str) == iso3) | (ds.relations["target"].astype(str) == iso3)]
    rel = rel.assign(family=family(rel)).sort_values(["family", "start_date"])
    def tie_id(r: pd.Series) -> str:
        # A relation's address is on its source state's page: states/<source>.html#rel-<target>-<type>-<start>-<n>.
        return (f' id="{_e(relation_anchor(r))}"' if _t(r["source"]) == iso3 else "")

    tie_rows = "".join(
        f"<tr{tie_id(r)}><td>{_e(r['family'])}</td><td>{_e(r['relation']).replace('_', ' ')}</td>"
        f"<td>{_e(names.get(_t(r['target']) if _t(r['source']) == iso3 else _t(r['source']), ''))}</td>"
        f"<td>{_e(r['label'])}</td><td>{html.escape(when(r['start_date'], r['start_precision']))}</td>"
        f"<td>{html.escape(when(r['end_date'], r['end_precision'])) or 'still'}</td></tr>" for _, r in rel.iterrows())
    votes = ds.un_votes[ds.un_votes["state"].astype(str) == iso3].sort_values(["date", "resolution"])
    vote_rows = "".join(
        f'<tr id="vote-{_e(str(r["resolution"]).replace("/", "-"))}"><td>{r["date"]:%Y-%m-%d}</td>'
        f"<td>{_e(r['resolution'])}</td><td>{_e(r['subject']).replace('_', ' ')}</td><td>{_e(r['vote'])}</td>"
        f"<td>{_e(str(r['source_ids']).replace(';', ', '))}</td><td>{_e(r['notes'])}</td></tr>"
        for _, r in votes.iterrows())
    return (head(f"{name}: state page", css, prefix, style=CSS) + '<body class="site">\n'
            + f"<header><h1>{html.escape(name)} ({html.escape(iso3)})</h1></header>\n"
            + nav("states/index.html", prefix) + "<main>\n<h2>Membership</h2>" + svg
            + ('<table class="data"><thead><tr><th>body</th><th>status</th><th>from</th><th>to</th><th>how it ended</th>'
               f"<th>notes</th></tr></thead><tbody>{spell_rows}</tbody></table>" if spell_rows else "<p>No spells.</p>")
            + f"<h2>Appeals it made</h2>{'<ul class=plain>' + appeal_items + '</ul>' if appeal_items else '<p>None.</p>'}"
            + f"<h2>Help it received</h2>{'<ul class=plain>' + received_items + '</ul>' if received_items else '<p>None recorded.</p>'}"
            + f"<h2>Help it gave</h2>{'<ul class=plain>' + gave_items + '</ul>' if gave_items else '<p>None recorded.</p>'}"
            + f"<h2>Events</h2><p>Hosted {len(hosted)} event(s) in the record. By role (links go to the chronology):</p>"
            + f"<ul class=plain>{''.join(role_items)}</ul>"
            + ("<h2>Ties by family</h2><table class=\"data\"><thead><tr><th>family</th><th>type</th><th>with</th>"
               f"<th>what</th><th>from</th><th>to</th></tr></thead><tbody>{tie_rows}</tbody></table>" if tie_rows else "")
            + ("<h2>Votes in the UN General Assembly</h2><p>Recorded votes on the resolutions about Ukraine, Georgia's "
               "displaced persons and Crimea (<code>un_votes.csv</code>; absent = a UN member that did not vote).</p>"
               '<table class="data"><thead><tr><th>date</th><th>resolution</th><th>subject</th><th>vote</th>'
               f"<th>sources</th><th>notes</th></tr></thead><tbody>{vote_rows}</tbody></table>" if vote_rows else "")
            + f'<p class="cite">Cite: CSTO in Data {html.escape(version)}, <code>states.csv</code> row '
              f"<code>{html.escape(iso3)}</code>, reports/states/{html.escape(iso3)}.html</p>\n</main>\n" + FOOTER)


def relation_anchor(row: pd.Series) -> str:
    """The id of a relation on its source state's page: target, type, start date and a short digest of the label
    (two sites created by one agreement share the first three).

    >>> relation_anchor(pd.Series({"source": "RUS", "target": "TJK", "relation": "military_base",
    ...     "start_date": pd.Timestamp("2004-10-16"), "label": "201st military base"}))
    'rel-TJK-military_base-2004-10-16-6bb29'
    """
    import hashlib

    digest = hashlib.sha1(_t(row["label"]).encode("utf-8")).hexdigest()[:5]
    return f"rel-{_t(row['target'])}-{_t(row['relation'])}-{row['start_date']:%Y-%m-%d}-{digest}"


def index_page(title: str, items: list[tuple[str, str]], css: list[str], current: str, intro: str) -> str:
    lis = "".join(f'<li><a href="{html.escape(href)}">{html.escape(label)}</a></li>' for href, label in items)
    return (head(title, css, "../", style=CSS) + '<body class="site">\n' + f"<header><h1>{html.escape(title)}</h1>"
            f'<p class="lede">{intro}</p></header>\n' + nav(current, "../")
            + f'<main><ul class="plain">{lis}</ul></main>\n' + FOOTER)


def write_all(ds: Any, nato: Any, reports: Any, css: list[str]) -> list[str]:
    """Write every appeal and state page and their index pages; return the paths written (relative to reports)."""
    version = str(ds.schema.get("version", ""))
    written = []
    (reports / "appeals" / "nato").mkdir(parents=True, exist_ok=True)
    (reports / "states").mkdir(parents=True, exist_ok=True)
    items = []
    for _, appeal in ds.appeals.sort_values("date").iterrows():
        path = f"appeals/{appeal['appeal_id']}.html"
        (reports / path).write_text(appeal_page(ds, appeal, version, css, "../", "chronology.html", "CST/CSTO"),
                                    encoding="utf-8")
        written.append(path)
        items.append((f"{appeal['appeal_id']}.html", f"{appeal['appeal_id']}: {appeal['crisis']}"))
    for _, appeal in nato.appeals.sort_values("date").iterrows():
        path = f"appeals/nato/{appeal['appeal_id']}.html"
        (reports / path).write_text(appeal_page(nato, appeal, version, css, "../../", "", "NATO"), encoding="utf-8")
        written.append(path)
        items.append((f"nato/{appeal['appeal_id']}.html", f"NATO {appeal['appeal_id']}: {appeal['crisis']}"))
    (reports / "appeals" / "index.html").write_text(index_page(
        "Appeals", items, css, "appeals/index.html",
        "Every request for help to the CST/CSTO, and NATO's calls for comparison: each has a case file."),
        encoding="utf-8")
    parties = sorted(set(ds.memberships["state"].astype(str)))
    others = sorted(set(ds.states["iso3"].astype(str)) - set(parties))
    names = ds.states.set_index("iso3")["name"].astype(str).to_dict()
    for iso3 in parties + others:
        path = f"states/{iso3}.html"
        (reports / path).write_text(state_page(ds, iso3, version, css, "../"), encoding="utf-8")
        written.append(path)
    (reports / "states" / "index.html").write_text(index_page(
        "States", [(f"{s}.html", f"{names.get(s, s)} ({s})") for s in parties]
        + [(f"{s}.html", f"{names.get(s, s)} ({s}), never a party: its ties and events") for s in others],
        css, "states/index.html",
        "Every state that was ever a party to the treaty, a member of the organization or an observer, then the "
        "other states the record ties to them (each relation's address is on its first state's page)."),
        encoding="utf-8")
    return written + ["appeals/index.html", "states/index.html"]
