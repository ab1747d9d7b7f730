"""What the organization did when a crisis hit: the events recorded as responses to each crisis."""

from __future__ import annotations

import pandas as pd


def responses(events: pd.DataFrame, participants: pd.DataFrame | None = None) -> pd.DataFrame:
    """Pair each ``crisis`` event with the events that respond to it (their ``responds_to`` is its id).

    The link is coded in the data from the sources of the response, not guessed from dates. Crises with no
    response appear once with empty response columns, so silence shows. With ``participants``, the crisis's
    ``subject`` states are listed. ``days_after`` is empty unless the crisis date is known to the day.

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
    rows = []
    for crisis in crises.itertuples(index=False):
        base = (crisis.event_id, crisis.title, crisis.start_date, crisis.start_precision,
                subjects.get(crisis.event_id, ""))
        hits = answers[answers["_crisis"] == crisis.event_id].sort_values(["start_date", "event_id"])
        if hits.empty:
            rows.append((*base, None, None, None, pd.NaT, float("nan")))
        for hit in hits.itertuples(index=False):
            gap = float((hit.start_date - crisis.start_date).days) if crisis.start_precision == "day" else float("nan")
            rows.append((*base, hit.event_id, hit.title, str(hit.event_type), hit.start_date, gap))
    table = pd.DataFrame(rows, columns=columns)
    table["response_date"] = pd.to_datetime(table["response_date"])
    return table


__all__ = ["responses"]
