"""The chronology page (reports/chronology.html): every event of the record, by year, each with its own address.

Each event is one list item whose id is its ``event_id`` (a stable link: ``chronology.html#ev_20220106_deployment_kaz``),
with its dates at the precision the data give, type, place, status, participants and roles, the sources it cites
(publisher, title, date, link to the original, and the copy that was read) and the quotes of ``evidence.csv`` that
carry it, and a "cite this" line. The whole list is readable without JavaScript; a few lines of plain JavaScript
(inline, no library, nothing fetched) filter it by type, state, series, years and text, and say how many events
are shown.
"""

from __future__ import annotations

import html
from collections import defaultdict
from typing import Any

import pandas as pd

from site_pages import FOOTER, head, nav

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

CSS = """\
.site form.filters{display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:end;margin:.8rem 0;padding:.6rem .8rem;
  background:#f5f7fa;border:1px solid #dde3ea}
.site form.filters label{display:flex;flex-direction:column;font-size:.9rem;gap:.15rem}
.site form.filters input,.site form.filters select{font:inherit;padding:.15rem .3rem}
.site ol.events{list-style:none;padding:0;margin:0}
.site ol.events>li{border-bottom:1px solid #eee;padding:.6rem 0}
.site ol.events>li:target{background:#fff8d6}
.site .ev-head{font-weight:600}
.site .ev-meta{color:#444;font-size:.92rem}
.site .status{display:inline-block;padding:0 .4rem;border-radius:.3rem;background:#fde8d8;color:#7a2e00;font-size:.85rem}
.site details.ev-more{margin:.3rem 0 0}
.site details.ev-more ul{margin:.2rem 0;padding-left:1.2rem}
.site q.quote{font-style:italic}
.site .cite{font-size:.85rem;color:#555}
"""

SCRIPT = """\
(function () {
  var form = document.getElementById('filters');
  var items = Array.prototype.slice.call(document.querySelectorAll('ol.events > li'));
  var years = Array.prototype.slice.call(document.querySelectorAll('section.year'));
  var shown = document.getElementById('shown');
  form.hidden = false;
  function apply() {
    var type = form.type.value, state = form.state.value, series = form.series.value;
    var from = parseInt(form.from.value, 10), to = parseInt(form.to.value, 10);
    var text = form.q.value.trim().toLowerCase();
    var n = 0;
    items.forEach(function (li) {
      var year = parseInt(li.dataset.year, 10);
      var ok = (!type || li.dataset.type === type)
        && (!state || (' ' + li.dataset.states + ' ').indexOf(' ' + state + ' ') >= 0)
        && (!series || li.dataset.series === series)
        && (isNaN(from) || year >= from) && (isNaN(to) || year <= to)
        && (!text || li.textContent.toLowerCase().indexOf(text) >= 0);
      li.hidden = !ok;
      if (ok) { n += 1; }
    });
    years.forEach(function (section) {
      section.hidden = !section.querySelector('ol.events > li:not([hidden])');
    });
    shown.textContent = 'Showing ' + n + ' of ' + items.length + ' events.';
  }
  form.addEventListener('input', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
})();
"""


def when(date: Any, precision: Any) -> str:
    """A date at the precision the data give: 15 May 1992, May 1992 or 1992.

    >>> when(pd.Timestamp("1992-05-15"), "day"), when(pd.Timestamp("2010-06-01"), "month")
    ('15 May 1992', 'June 2010')
    """
    if date is None or pd.isna(date):
        return ""
    precision = str(precision)
    if precision == "year":
        return f"{date.year}"
    if precision == "month":
        return f"{MONTHS[date.month - 1]} {date.year}"
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def _text(value: Any) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def source_item(source: pd.Series) -> str:
    """A source as a list item: title linked to the original, publisher, date, the copy read if any, its id."""
    published = when(source["published"], source["published_precision"] if _text(source["published_precision"])
                     else "day")
    copy = _text(source["copy_url"])
    copy_link = (f' (read in a <a href="{html.escape(copy)}" rel="nofollow">copy</a>)'
                 if copy and copy != _text(source["url"]) else "")
    return (f'<li><a href="{html.escape(_text(source["url"]))}" rel="nofollow">{html.escape(_text(source["title"]))}'
            f'</a>, {html.escape(_text(source["publisher"]))}{", " + published if published else ""}{copy_link} '
            f'<code>{html.escape(source.name)}</code></li>')


def chronology_page(ds: Any, version: str, css: list[str], data_href: str) -> str:
    """The whole page, from a loaded :class:`csto.Dataset`."""
    events = ds.events.sort_values(["start_date", "event_id"], kind="stable")
    names = ds.states.set_index("iso3")["name"].astype(str).to_dict()
    sources = ds.sources.set_index("source_id")
    roles: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in ds.event_participants.itertuples(index=False):
        roles[str(row.event_id)].append((str(row.state), str(row.role)))
    quotes: dict[str, list[pd.Series]] = defaultdict(list)
    evidence = ds.evidence[ds.evidence["table"].astype(str) == "events"]
    for _, q in evidence.iterrows():
        quotes[str(q["row"])].append(q)
    types = sorted(set(events["event_type"].astype(str)))
    series = sorted({s for s in events["series"].dropna().astype(str)})
    states = sorted({s for pairs in roles.values() for s, _ in pairs} | set(events["location"].dropna().astype(str)))
    first, last = int(events["start_date"].dt.year.min()), int(events["start_date"].dt.year.max())

    def options(values: list[str], label: str, describe: dict[str, str] | None = None) -> str:
        items = "".join(f'<option value="{html.escape(v)}">{html.escape((describe or {}).get(v, v))}</option>'
                        for v in values)
        return f'<option value="">{label}</option>{items}'

    by_year: dict[int, list[str]] = defaultdict(list)
    for _, e in events.iterrows():
        eid = str(e["event_id"])
        who = roles.get(eid, [])
        state_codes = sorted({s for s, _ in who} | ({str(e["location"])} if _text(e["location"]) else set()))
        start = when(e["start_date"], e["start_precision"])
        end = when(e["end_date"], e["end_precision"])
        dates = start + (f" to {end}" if end and end != start else "")
        if _text(e.get("end_basis")) == "scheduled":
            dates += " (end as scheduled)"
        status = _text(e["status"])
        badge = f' <span class="status">{html.escape(status)}</span>' if status else ""
        place = names.get(_text(e["location"]), _text(e["location"]))
        meta = [html.escape(str(e["event_type"]).replace("_", " "))]
        if place:
            meta.append(html.escape(place))
        if _text(e["series"]):
            meta.append(f"series {html.escape(_text(e['series']))}")
        if _text(e["format"]):
            meta.append(html.escape(_text(e["format"])))
        if _text(e["responds_to"]):
            meta.append(f'responds to <a href="#{html.escape(_text(e["responds_to"]))}">'
                        f'{html.escape(_text(e["responds_to"]))}</a>')
        people = ", ".join(f"{html.escape(names.get(s, s))} ({html.escape(r.replace('_', ' '))})"
                           for s, r in sorted(who))
        cited = [s for s in _text(e["source_ids"]).split(";") if s in sources.index]
        source_items = "".join(source_item(sources.loc[s]) for s in cited)
        quote_items = "".join(
            f'<li><q class="quote">{html.escape(_text(q["quote"]))}</q>'
            + (f' <span lang="en">({html.escape(_text(q["quote_en"]))})</span>' if _text(q["quote_en"]) else "")
            + f' <span class="cite">{html.escape(_text(q["field"]))}, <code>{html.escape(_text(q["source_id"]))}'
              f"</code></span></li>" for q in quotes.get(eid, []))
        notes = _text(e["notes"])
        by_year[int(e["start_date"].year)].append(
            f'<li id="{html.escape(eid)}" data-type="{html.escape(str(e["event_type"]))}" '
            f'data-states="{html.escape(" ".join(state_codes))}" data-series="{html.escape(_text(e["series"]))}" '
            f'data-year="{int(e["start_date"].year)}">'
            f'<div class="ev-head">{html.escape(dates)}: {html.escape(str(e["title"]))}{badge}</div>'
            f'<div class="ev-meta">{" · ".join(meta)}</div>'
            + (f'<div class="ev-meta">Participants: {people}</div>' if people else "")
            + f'<details class="ev-more"><summary>Sources ({len(cited)}) and quotes ({len(quotes.get(eid, []))})'
              f'</summary>'
            + (f"<p>{html.escape(notes)}</p>" if notes else "")
            + f"<ul>{source_items}</ul>"
            + (f"<ul>{quote_items}</ul>" if quote_items else "")
            + "</details>"
            f'<div class="cite">Cite: CSTO in Data {html.escape(version)}, <code>events.csv</code> row '
            f'<code>{html.escape(eid)}</code>, <a href="#{html.escape(eid)}">chronology.html#{html.escape(eid)}</a>'
            f"</div></li>")
    sections = "".join(f'<section class="year" id="y{year}" aria-labelledby="h{year}"><h2 id="h{year}">{year}</h2>'
                       f'<ol class="events">{"".join(items)}</ol></section>\n' for year, items in sorted(by_year.items()))
    form = (f'<form id="filters" class="filters" hidden aria-label="Filter the events">'
            f'<label>Type<select name="type">{options(types, "all types")}</select></label>'
            f'<label>State<select name="state">{options(states, "all states", names)}</select></label>'
            f'<label>Series<select name="series">{options(series, "all series")}</select></label>'
            f'<label>From year<input name="from" type="number" min="{first}" max="{last}" value="{first}"></label>'
            f'<label>To year<input name="to" type="number" min="{first}" max="{last}" value="{last}"></label>'
            f'<label>Search<input name="q" type="search" placeholder="words in the entry"></label>'
            f'<button type="reset">Show all</button></form>')
    return (head(f"Chronology: {ds.schema.get('title', 'Data')}", css, style=CSS)
            + '<body class="site">\n<header><h1>Chronology</h1>'
            + f'<p class="lede">Every event in <code>events.csv</code>, {first} to {last}, by the year it began: '
              "sessions, exercises, deployments, missions, crises, statements and the treaty's life. Dates are given "
              "at the precision the sources allow; events that did not take place as recorded carry their status "
              "(announced, postponed, cancelled). Each entry has its own address (its <code>event_id</code>), its "
              "sources and the quotes that carry it.</p></header>\n"
            + nav("chronology.html")
            + f'<main>\n{form}\n<p id="shown" aria-live="polite">{len(events)} events.</p>\n{sections}</main>\n'
            + f"<script>{SCRIPT}</script>\n" + FOOTER)
