"""What the organization did: events per year and type, exercises by series and host, who came to the Council
sessions, and the events recorded as responses to each crisis.

**What counts.** An event *took place* when its ``status`` is empty. ``announced`` (only a pre-event
announcement was found), ``postponed`` and ``cancelled`` rows are never counted as activity; they are listed
apart by :func:`not_held`, and :func:`exercises` keeps them with their status so a chart can show them hollow.
A directory without the project's ``status``, ``series`` or ``format`` columns (another alliance's tables) reads
as if every cell were empty: every event took place, no series, no format.

**Dates.** Events are counted in the year of ``start_date``, which is right at every precision (a month- or
year-precise date is stored as the 1st of its month or year, in the right year).
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .membership import _in_lineage, status_on

ATTENDED_ROLES = ("host", "chair", "participant", "signatory", "non_signatory")
"""Roles that put a state at a session. The host counts: the sources name the host's head of state as present."""
EXPECTED_STATUSES = ("member", "frozen")
"""Statuses whose holders are expected at a Council session: ``frozen`` Armenia is still a member in law."""
ATTENDANCE = ("attended", "absent", "not recorded")


def _column(events: pd.DataFrame, name: str) -> pd.Series:
    """A project column as text, empty where missing or absent from the table."""
    if name not in events:
        return pd.Series("", index=events.index, dtype="object")
    return events[name].astype("object").where(events[name].notna(), "").astype(str)


def took_place(events: pd.DataFrame) -> pd.Series:
    """Boolean mask: True for the events that took place (empty ``status``, or no ``status`` column at all).

    >>> ev = pd.DataFrame({"event_id": ["a", "b", "c"], "status": [None, "announced", "cancelled"]})
    >>> took_place(ev).tolist()
    [True, False, False]
    >>> took_place(ev.drop(columns="status")).tolist()
    [True, True, True]
    """
    return _column(events, "status") == ""


def not_held(events: pd.DataFrame) -> pd.DataFrame:
    """The events with a status (announced only, postponed, cancelled): year, type, status and title, by date.

    >>> ev = pd.DataFrame({"event_id": ["a", "b"], "event_type": ["exercise", "summit"],
    ...     "start_date": pd.to_datetime(["2022-10-10", "2023-05-01"]), "title": ["Drill", "Summit"],
    ...     "status": ["cancelled", None]})
    >>> not_held(ev)
      event_id  year event_type     status  title
    0        a  2022   exercise  cancelled  Drill
    """
    rows = events[~took_place(events)].sort_values(["start_date", "event_id"])
    return pd.DataFrame({"event_id": rows["event_id"].astype(str).to_numpy(),
                         "year": rows["start_date"].dt.year.astype(int).to_numpy(),
                         "event_type": rows["event_type"].astype(str).to_numpy(),
                         "status": _column(rows, "status").to_numpy(),
                         "title": rows["title"].astype(str).to_numpy()})


def _year_index(years: pd.Series, start: int | None, end: int | None) -> pd.RangeIndex:
    first = start if start is not None else (int(years.min()) if len(years) else None)
    last = end if end is not None else (int(years.max()) if len(years) else None)
    if first is None or last is None:
        return pd.RangeIndex(0, 0, name="year")
    return pd.RangeIndex(first, last + 1, name="year")


CONTEXT_TYPES = ("crisis", "member_statement")
"""Event types that record what happened around the organization (crises, members' statements about it), not its
own acts; counts of the organization's activity leave them out (:func:`own_acts`)."""


def own_acts(events: pd.DataFrame) -> pd.DataFrame:
    """The events that are the organization's own acts: every type but :data:`CONTEXT_TYPES` (sessions,
    meetings, exercises, operations, deployments, missions, institutions, agreements, appointments, its
    statements and decisions, the treaty's life).

    >>> ev = pd.DataFrame({"event_type": ["summit", "crisis", "member_statement", "statement"]})
    >>> own_acts(ev)["event_type"].tolist()
    ['summit', 'statement']
    """
    return events[~events["event_type"].astype("object").isin(CONTEXT_TYPES)]


def activity_by_year(events: pd.DataFrame, types: Iterable[str] | None = None, start: int | None = None,
                     end: int | None = None) -> pd.DataFrame:
    """Events that took place, counted per year (index, every year from ``start`` to ``end``) and type (columns).

    ``types`` chooses and orders the columns; the other types are summed in a last column ``other`` (only when
    there are some). Without ``types`` every type present is a column, in alphabetical order. ``start`` and
    ``end`` default to the first and last year with an event; years without one are rows of zeros.

    >>> ev = pd.DataFrame({"event_type": ["summit", "exercise", "summit", "crisis"],
    ...     "start_date": pd.to_datetime(["2001-05-01", "2001-09-01", "2003-01-01", "2003-02-01"]),
    ...     "status": [None, None, None, "announced"]})
    >>> activity_by_year(ev, types=["summit"])
          summit  other
    year               
    2001       1      1
    2002       0      0
    2003       1      0
    """
    held = events[took_place(events)]
    kinds = held["event_type"].astype("object").astype(str)
    chosen = list(types) if types is not None else sorted(set(kinds))
    kinds = kinds.where(kinds.isin(chosen), "other")
    years = held["start_date"].dt.year
    index = _year_index(years, start, end)
    columns = [*chosen, "other"] if (kinds == "other").any() else chosen
    counts = pd.crosstab(years, kinds) if len(held) else pd.DataFrame()
    counts = counts.reindex(index=index, columns=columns, fill_value=0).fillna(0).astype(int)
    counts.columns.name = None
    return counts


def sessions_per_year(events: pd.DataFrame, start: int, end: int, event_type: str = "summit") -> pd.DataFrame:
    """Council sessions (``event_type``, default ``summit``) that took place, per year and ``format``.

    One row per year from ``start`` to ``end``; one column per format found (an empty format is ``unspecified``)
    and ``sessions``, the total. A year with ``sessions`` = 0 has no session in the record.

    >>> ev = pd.DataFrame({"event_type": ["summit", "summit", "summit"],
    ...     "start_date": pd.to_datetime(["2001-05-25", "2001-12-01", "2003-04-28"]),
    ...     "format": ["regular", "informal", None]})
    >>> sessions_per_year(ev, 2001, 2003)
          informal  regular  unspecified  sessions
    year                                          
    2001         1        1            0         2
    2002         0        0            0         0
    2003         0        0            1         1
    """
    sessions = events[took_place(events) & (events["event_type"].astype("object") == event_type)]
    formats = _column(sessions, "format").replace("", "unspecified")
    table = activity_by_year(sessions.assign(event_type=formats), start=start, end=end)
    table["sessions"] = table.sum(axis=1).astype(int)
    return table


def exercises(events: pd.DataFrame, participants: pd.DataFrame | None = None,
              types: Iterable[str] = ("exercise",)) -> pd.DataFrame:
    """One row per exercise (or other ``types``, e.g. ``operation``), with series, host, status and who took part.

    ``host`` is the event's ``location`` (empty if none); ``series`` is empty when the table has none.
    Every status is kept (use :func:`took_place` or the ``status`` column to drop announced or cancelled ones).
    With ``participants``, ``participants`` lists the states coded ``participant`` or ``host`` and ``absent``
    those coded ``absent``, comma-separated and sorted.

    >>> ev = pd.DataFrame({"event_id": ["x1", "x2", "s1"], "event_type": ["exercise", "exercise", "summit"],
    ...     "start_date": pd.to_datetime(["2004-08-02", "2022-10-10", "2004-06-18"]), "title": ["R", "IB", "S"],
    ...     "location": ["KAZ", "KGZ", "KAZ"], "series": ["Rubezh", "IB", None],
    ...     "status": [None, "cancelled", None]})
    >>> exercises(ev)[["event_id", "year", "series", "host", "status"]]
      event_id  year  series host     status
    0       x1  2004  Rubezh  KAZ           
    1       x2  2022      IB  KGZ  cancelled
    """
    wanted = events[events["event_type"].astype("object").isin(list(types))].sort_values(["start_date", "event_id"])
    table = pd.DataFrame({"event_id": wanted["event_id"].astype(str).to_numpy(),
                          "event_type": wanted["event_type"].astype(str).to_numpy(),
                          "start_date": wanted["start_date"].to_numpy(),
                          "year": wanted["start_date"].dt.year.astype(int).to_numpy(),
                          "series": _column(wanted, "series").to_numpy(),
                          "host": _column(wanted, "location").to_numpy(),
                          "status": _column(wanted, "status").to_numpy(),
                          "title": wanted["title"].astype(str).to_numpy()})
    if participants is not None:
        roles = participants.assign(role=participants["role"].astype("object").astype(str),
                                    state=participants["state"].astype("object").astype(str))

        def states(kinds: tuple[str, ...]) -> pd.Series:
            chosen = roles[roles["role"].isin(kinds)]
            joined = chosen.groupby("event_id")["state"].agg(lambda s: ", ".join(sorted(set(s))))
            return table["event_id"].map(joined).fillna("")

        table["participants"] = states(("participant", "host"))
        table["absent"] = states(("absent",))
    return table


def exercise_counts(table: pd.DataFrame, by: str = "series") -> pd.DataFrame:
    """Exercises that took place, counted by ``by`` (``series`` or ``host``; rows) and year (columns, every year).

    ``table`` is the output of :func:`exercises`. Empty series or hosts are counted as ``(none)``; rows are
    sorted by total, largest first, then by name; a ``total`` column ends the table.

    >>> ev = pd.DataFrame({"event_id": ["a", "b", "c"], "event_type": ["exercise"] * 3,
    ...     "start_date": pd.to_datetime(["2004-08-02", "2006-08-24", "2006-10-01"]), "title": ["a", "b", "c"],
    ...     "location": ["KAZ", "KAZ", "TJK"], "series": ["Rubezh", "Rubezh", "Rubezh"],
    ...     "status": [None, None, "announced"]})
    >>> exercise_counts(exercises(ev), by="host")
          2004  2005  2006  total
    host                         
    KAZ      1     0     1      2
    """
    held = table[table["status"] == ""]
    keys = held[by].where(held[by] != "", "(none)")
    index = _year_index(held["year"], None, None)
    counts = pd.crosstab(keys, held["year"]) if len(held) else pd.DataFrame(index=pd.Index([], name=by))
    counts = counts.reindex(columns=index, fill_value=0).astype(int)
    counts["total"] = counts.sum(axis=1)
    counts.columns.name = None
    counts.index.name = by
    order = sorted(counts.index, key=lambda k: (-int(counts.loc[k, "total"]), str(k)))
    return counts.loc[order]


def session_attendance(events: pd.DataFrame, participants: pd.DataFrame, memberships: pd.DataFrame | None = None,
                       organizations: pd.DataFrame | None = None, event_type: str = "summit",
                       statuses: Iterable[str] = EXPECTED_STATUSES) -> pd.DataFrame:
    """One row per Council session that took place and state expected there: ``attended``, ``absent`` or
    ``not recorded``.

    The states expected are those holding one of ``statuses`` (default member or frozen) in the session's
    organization or its predecessors on the session date, from ``memberships``; without ``memberships``, the
    states with any role at the session other than ``subject``. A state is ``attended`` when coded with one
    of :data:`ATTENDED_ROLES`, ``absent`` when coded ``absent`` (an explicit absence wins over a signature or
    a participants list, since the sources that note an absence are about the head of state), and
    ``not recorded`` otherwise: silence in the sources (or a row coded ``not_recorded``: searched, nothing found),
    not an absence.

    >>> ev = pd.DataFrame({"event_id": ["s1"], "organization": ["X"], "event_type": ["summit"],
    ...     "start_date": pd.to_datetime(["2023-11-23"]), "format": ["regular"]})
    >>> who = pd.DataFrame({"event_id": ["s1", "s1"], "state": ["BBB", "AAA"], "role": ["host", "absent"]})
    >>> spells = pd.DataFrame({"organization": ["X"] * 3, "state": ["AAA", "BBB", "CCC"], "status": ["member"] * 3,
    ...     "start_date": pd.to_datetime(["2000-01-01"] * 3), "end_date": pd.to_datetime([None] * 3)})
    >>> session_attendance(ev, who, spells)[["state", "attendance"]]
      state    attendance
    0   AAA        absent
    1   BBB      attended
    2   CCC  not recorded
    """
    columns = ["event_id", "start_date", "year", "format", "state", "status", "attendance"]
    sessions = events[took_place(events) & (events["event_type"].astype("object") == event_type)]
    sessions = sessions.sort_values(["start_date", "event_id"])
    coded: dict[str, dict[str, set[str]]] = {}  # event -> state -> roles; plain dicts: ~50x faster than .loc
    for event_id, state, role in zip(participants["event_id"].astype("object"), participants["state"].astype("object"),
                                     participants["role"].astype("object")):
        coded.setdefault(str(event_id), {}).setdefault(str(state), set()).add(str(role))
    wanted = set(statuses)
    attended_roles = set(ATTENDED_ROLES)
    spells: dict[object, pd.DataFrame] = {}  # per organization: its lineage's spells in a wanted status
    rows = []
    for session in sessions.itertuples(index=False):
        roles = coded.get(session.event_id, {})
        if memberships is not None:
            organization = getattr(session, "organization", None)
            if organization not in spells:
                spells[organization] = memberships[memberships["status"].astype("object").isin(wanted)
                                                   & _in_lineage(memberships, organization, organizations)]
            held = status_on(spells[organization], session.start_date).drop_duplicates("state")
            expected = dict(zip(held["state"], held["status"]))
        else:
            expected = {state: "" for state, mine in roles.items() if mine != {"subject"}}
        fmt = getattr(session, "format", "")
        fmt = "" if pd.isna(fmt) else str(fmt)
        for state in sorted(expected):
            mine = roles.get(state, set())
            verdict = "absent" if "absent" in mine else ("attended" if mine & attended_roles else "not recorded")
            rows.append((session.event_id, session.start_date, session.start_date.year, fmt, state,
                         expected[state], verdict))
    table = pd.DataFrame(rows, columns=columns)
    table["start_date"] = pd.to_datetime(table["start_date"])
    return table


def attendance(table: pd.DataFrame) -> pd.DataFrame:
    """Per state and year: sessions held while the state was expected, and how many it attended, missed, or
    has no record for. ``table`` is the output of :func:`session_attendance`.

    >>> t = pd.DataFrame({"state": ["AAA", "AAA", "BBB"], "year": [2023, 2023, 2023],
    ...     "attendance": ["absent", "attended", "not recorded"]})
    >>> attendance(t)
      state  year  sessions  attended  absent  not recorded
    0   AAA  2023         2         1       1             0
    1   BBB  2023         1         0       0             1
    """
    counts = pd.crosstab([table["state"], table["year"]], table["attendance"]).reindex(
        columns=list(ATTENDANCE), fill_value=0)
    counts.insert(0, "sessions", counts.sum(axis=1))
    counts.columns.name = None
    return counts.reset_index().astype({c: int for c in ["year", "sessions", *ATTENDANCE]})


def responses(events: pd.DataFrame, participants: pd.DataFrame | None = None) -> pd.DataFrame:
    """Pair each ``crisis`` event with the events that respond to it (their ``responds_to`` is its id).

    The link is coded in the data from the sources of the response, not guessed from dates. Crises with no
    response appear once with empty response columns, so silence shows. With ``participants``, the crisis's
    ``subject`` states are listed. ``days_after`` is empty unless both dates are known to the day.
    Responses are kept whatever their status (the shipped responses all took place).

    >>> ev = pd.DataFrame({"event_id": ["c", "d", "s"], "event_type": ["crisis", "crisis_decision", "summit"],
    ...     "start_date": pd.to_datetime(["2022-01-02", "2022-01-06", "2022-05-16"]),
    ...     "start_precision": ["day", "day", "day"], "title": ["Unrest", "Force sent", "Summit"],
    ...     "responds_to": [None, "c", None]})
    >>> responses(ev)[["crisis", "response", "response_type", "days_after"]]
       crisis    response    response_type  days_after
    0  Unrest  Force sent  crisis_decision         4.0
    """
    columns = ["crisis_id", "crisis", "crisis_date", "crisis_precision", "states", "response_id", "response",
               "response_type", "response_date", "days_after"]
    kinds = events["event_type"].astype("object")
    crises = events[kinds == "crisis"].sort_values(["start_date", "event_id"])
    link = events["responds_to"] if "responds_to" in events else pd.Series(None, index=events.index, dtype="object")
    answers = events[link.notna()].assign(_crisis=link[link.notna()].astype(str))
    subjects: dict[str, str] = {}
    if participants is not None and len(participants):
        named = participants[participants["role"].astype("object") == "subject"]
        subjects = named.groupby("event_id")["state"].agg(lambda s: ", ".join(sorted(set(s.astype(str))))).to_dict()
    by_crisis: dict[str, list] = {}  # one pass over the answers, not one filter per crisis
    ordered = answers.sort_values(["start_date", "event_id"])
    for key, hit in zip(ordered["_crisis"], ordered.itertuples(index=False)):
        by_crisis.setdefault(key, []).append(hit)
    rows = []
    for crisis in crises.itertuples(index=False):
        base = (crisis.event_id, crisis.title, crisis.start_date, crisis.start_precision,
                subjects.get(crisis.event_id, ""))
        hits = by_crisis.get(crisis.event_id, [])
        if not hits:
            rows.append((*base, None, None, None, pd.NaT, float("nan")))
        for hit in hits:
            exact = crisis.start_precision == "day" and getattr(hit, "start_precision", "day") == "day"
            gap = float((hit.start_date - crisis.start_date).days) if exact else float("nan")
            rows.append((*base, hit.event_id, hit.title, str(hit.event_type), hit.start_date, gap))
    table = pd.DataFrame(rows, columns=columns)
    table["response_date"] = pd.to_datetime(table["response_date"])
    return table


ACTION_TYPES = ("deployment", "mission", "crisis_decision")
"""Response types that are acts of the organization beyond words: a decision, a mission, a deployment."""


def response_summary(table: pd.DataFrame) -> pd.DataFrame:
    """One row per crisis: how many responses of each kind the record links to it.

    ``table`` is the output of :func:`responses`. ``action`` counts :data:`ACTION_TYPES`; ``words`` the
    organization's statements, sessions and meetings (every other type except ``member_statement``);
    ``members`` the member governments' statements; ``first_days`` the days to the first response (empty
    when the crisis is not dated to the day or has no response).

    >>> t = pd.DataFrame({"crisis_id": ["c", "c", "k"], "crisis": ["Unrest", "Unrest", "War"],
    ...     "crisis_date": pd.to_datetime(["2022-01-02"] * 2 + ["2020-09-27"]), "states": ["AAA", "AAA", ""],
    ...     "response_type": ["deployment", "statement", None], "days_after": [4.0, 8.0, float("nan")]})
    >>> response_summary(t)[["crisis", "action", "words", "members", "first_days"]]
       crisis  action  words  members  first_days
    0     War       0      0        0         NaN
    1  Unrest       1      1        0         4.0
    """
    kind = table["response_type"].astype("object")
    flags = pd.DataFrame({"action": kind.isin(ACTION_TYPES), "members": kind == "member_statement"})
    flags["words"] = kind.notna() & ~flags["action"] & ~flags["members"]
    keys = ["crisis_date", "crisis_id", "crisis", "states"]
    grouped = pd.concat([table[keys], flags.astype(int), table["days_after"]], axis=1).groupby(keys, sort=True)
    out = grouped[["action", "words", "members"]].sum()
    out["first_days"] = grouped["days_after"].min()
    return out.reset_index()[["crisis_date", "crisis_id", "crisis", "states", "action", "words", "members",
                              "first_days"]]


__all__ = ["ACTION_TYPES", "ATTENDANCE", "ATTENDED_ROLES", "EXPECTED_STATUSES", "activity_by_year", "attendance",
           "exercise_counts", "exercises", "not_held", "response_summary", "responses", "session_attendance",
           "sessions_per_year", "took_place"]
