"""Do the allies act as allies? UN General Assembly votes, arms imports and armed conflicts beside the record.

The measures read two kinds of input:

- the project's own ``un_votes.csv`` (a sourced table: recorded votes on resolutions that matter to the
  alliance, coded from the UN's records and, before 2020, checked against Voeten's data), through
  :func:`csto.load`;
- the extracts in ``data/external/`` (:func:`load_external`): every General Assembly roll call 1992-2019
  (Voeten's data as packaged by ``unvotes``), UCDP/PRIO armed conflicts, and SIPRI arms deliveries summed per
  recipient, year and supplier. They are written by ``scripts/extract_alignment.py`` and described in
  ``data/external/README.md``.

Agreement between two states is measured over the roll calls in which both cast a vote (yes, no or
abstain): absence and non-membership leave a roll call out, as in Voeten's agreement scores. Two numbers
are given, the share of identical votes and Cohen's kappa, which discounts the agreement two states would
show by chance given how often each votes yes, no and abstain (near-unanimous years inflate the share, not
kappa; Häge 2011, "Choice or circumstance? Adjusting measures of foreign policy similarity for chance
agreement", Political Analysis 19(3)).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .alliances import sibling_data_dir

VOTES = ("yes", "abstain", "no")
#: The extracts :func:`load_external` reads, by attribute name.
EXTERNAL_FILES = {"roll_calls": "unga_roll_calls.csv", "votes": "unga_votes.csv",
                  "conflicts": "ucdp_conflicts.csv", "imports": "sipri_imports.csv"}
#: Periods for arms-import shares: before the 2008 Georgian war, to Crimea, to the full-scale invasion, after.
IMPORT_PERIODS = ((2000, 2007), (2008, 2013), (2014, 2021), (2022, 2023))
UCDP_SIDES = {"a": ("gwno_a", "gwno_a_2nd"), "b": ("gwno_b", "gwno_b_2nd")}


@dataclass
class External:
    """The extracts of ``data/external``: ``roll_calls``, ``votes``, ``conflicts``, ``imports``.

    >>> ext = load_external()
    >>> ext.votes.columns.tolist(), ext.roll_calls["date"].min() >= pd.Timestamp("1992-01-01")
    (['rcid', 'state', 'vote'], True)
    """

    roll_calls: pd.DataFrame
    votes: pd.DataFrame
    conflicts: pd.DataFrame
    imports: pd.DataFrame


def load_external(data_dir: str | Path | None = None) -> External:
    """Read the extracts in ``<data_dir>/external`` (default: :func:`csto.default_data_dir`).

    Another alliance's data directory need not carry them: as for :func:`csto.sibling_data_dir`, the
    checkout's own ``data/external`` is read then. Raises ``FileNotFoundError`` naming a missing file.

    >>> ext = load_external()
    >>> sorted(ext.votes["vote"].unique())
    ['abstain', 'no', 'yes']
    """
    folder = sibling_data_dir("external", data_dir)
    frames = {}
    for name, file in EXTERNAL_FILES.items():
        path = folder / file
        if not path.is_file():
            raise FileNotFoundError(f"{path}: missing; it is written by scripts/extract_alignment.py")
        frames[name] = pd.read_csv(path, dtype={"state": "string", "vote": "string", "resolution": "string",
                                                "unres": "string", "issues": "string", "short": "string",
                                                "recipient": "string", "supplier": "string"},
                                   keep_default_na=False, na_values={"session": [""], "amend": [""], "para": [""],
                                                                     "importantvote": [""]})
    frames["roll_calls"]["date"] = pd.to_datetime(frames["roll_calls"]["date"], format="%Y-%m-%d")
    return External(**frames)


def agreement(votes: pd.DataFrame, roll_calls: pd.DataFrame, a: str, b: str, *, by: str | None = "year") -> pd.DataFrame:
    """Agreement of states ``a`` and ``b`` per year (``by="year"``) or over everything (``by=None``).

    Counts the roll calls in which both voted yes, no or abstain (``votes``: columns ``rcid``, ``state``,
    ``vote``; ``roll_calls``: ``rcid``, ``date``), the share of those in which they voted alike, and Cohen's
    kappa (1 = always alike, 0 = alike only as often as chance would make them, below 0 = less; empty when
    both always cast the same single vote, since chance then explains everything).

    >>> calls = pd.DataFrame({"rcid": [1, 2, 3, 4], "date": pd.to_datetime(["2000-01-01"] * 4)})
    >>> v = pd.DataFrame({"rcid": [1, 2, 3, 4, 1, 2, 3, 4], "state": ["A"] * 4 + ["B"] * 4,
    ...                   "vote": ["yes", "yes", "no", "abstain", "yes", "yes", "no", "no"]})
    >>> agreement(v, calls, "A", "B")
       year  votes  identical  kappa
    0  2000      4       0.75    0.6
    """
    return agreement_with(votes, roll_calls, b, [a], by=by).drop(columns="state")


def agreement_with(votes: pd.DataFrame, roll_calls: pd.DataFrame, leader: str, states: list[str] | tuple[str, ...],
                   *, by: str | None = "year") -> pd.DataFrame:
    """:func:`agreement` of each of ``states`` with ``leader``, stacked (column ``state`` first).

    A state and year with no roll call in which both voted has no row (not a zero).

    >>> ext = load_external()
    >>> t = agreement_with(ext.votes, ext.roll_calls, "RUS", ["BLR", "GEO"])
    >>> means = t.groupby("state")["kappa"].mean()
    >>> bool(means["BLR"] > means["GEO"])
    True
    """
    if by not in ("year", None):
        raise ValueError(f"by must be 'year' or None, not {by!r}")
    lead = votes.loc[votes["state"] == leader, ["rcid", "vote"]].rename(columns={"vote": "lead"})
    pair = votes[votes["state"].isin(list(states))].merge(lead, on="rcid")
    pair = pair.merge(roll_calls[["rcid", "date"]], on="rcid")
    keys = ["state", "year"]
    pair = pair.assign(state=pair["state"].astype(str),
                       year=pair["date"].dt.year.astype("int64") if by == "year" else 0,
                       same=(pair["vote"] == pair["lead"]).astype(float))
    for v in VOTES:  # each side's share of each vote, to compute the agreement chance alone would give
        pair[f"a_{v}"] = (pair["vote"] == v).astype(float)
        pair[f"b_{v}"] = (pair["lead"] == v).astype(float)
    groups = pair.groupby(keys, sort=True)
    means = groups[["same", *[f"{s}_{v}" for s in "ab" for v in VOTES]]].mean()
    expected = sum(means[f"a_{v}"] * means[f"b_{v}"] for v in VOTES)
    out = pd.DataFrame({"votes": groups.size(), "identical": means["same"],
                        "kappa": ((means["same"] - expected) / (1.0 - expected)).where(expected < 1.0)})
    out = out.reset_index().astype({"votes": "int64", "identical": "float64", "kappa": "float64"})
    return out.drop(columns="year") if by is None else out


def ideal_point_distance(points: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    """Yearly distance between two states' UN ideal points: ``|point(a) - point(b)|``.

    ``points`` has columns ``state``, ``year`` and ``ideal_point`` (e.g. Bailey, Strezhnev and Voeten's
    ``IdealPointAll``, renamed). This project ships no ideal points (their terms could not be confirmed; see
    ``data/external/README.md``); the function serves a reader who has them.

    >>> p = pd.DataFrame({"state": ["RUS", "BLR", "RUS", "BLR"], "year": [2000, 2000, 2001, 2001],
    ...                   "ideal_point": [-0.5, -1.0, -0.6, -0.7]})
    >>> ideal_point_distance(p, "BLR", "RUS").round(2)
       year  distance
    0  2000       0.5
    1  2001       0.1
    """
    both = points[points["state"] == a].merge(points[points["state"] == b], on="year", suffixes=("_a", "_b"))
    out = pd.DataFrame({"year": both["year"], "distance": (both["ideal_point_a"] - both["ideal_point_b"]).abs()})
    return out.sort_values("year").reset_index(drop=True)


def import_shares(imports: pd.DataFrame, supplier: str, recipients: list[str] | tuple[str, ...],
                  periods: tuple[tuple[int, int], ...] = IMPORT_PERIODS) -> pd.DataFrame:
    """Each recipient's share of its major-arms imports (SIPRI TIV delivered) that came from ``supplier``.

    One row per recipient and period: ``tiv`` (all suppliers), ``from_supplier`` and ``share`` (NaN when the
    recipient imported nothing recorded in the period). The periods are inclusive year ranges.

    >>> imp = pd.DataFrame({"recipient": ["ARM", "ARM", "ARM"], "year": [2001, 2001, 2009],
    ...                     "supplier": ["RUS", "OTHER", "RUS"], "tiv": [30.0, 10.0, 5.0], "deliveries": [1, 1, 1]})
    >>> import_shares(imp, "RUS", ["ARM"], periods=((2000, 2007), (2008, 2013)))
      recipient     period   tiv  from_supplier  share
    0       ARM  2000-2007  40.0           30.0   0.75
    1       ARM  2008-2013   5.0            5.0   1.00
    """
    # numpy masks over the columns, not a DataFrame filter per recipient and period (~100x fewer pandas calls)
    who = imports["recipient"].to_numpy(dtype=object)
    year = imports["year"].to_numpy()
    tiv = imports["tiv"].to_numpy(dtype=float)
    from_supplier = imports["supplier"].to_numpy(dtype=object) == supplier
    rows = []
    for recipient in recipients:
        mine = who == recipient
        for first, last in periods:
            span = mine & (year >= first) & (year <= last)
            total, own = float(np.sum(tiv[span])), float(np.sum(tiv[span & from_supplier]))
            rows.append({"recipient": recipient, "period": f"{first}-{last}", "tiv": round(total, 2),
                         "from_supplier": round(own, 2), "share": own / total if total else np.nan})
    return pd.DataFrame(rows, columns=["recipient", "period", "tiv", "from_supplier", "share"])


def _codes(cell: object) -> set[int]:
    """The state codes of one UCDP side cell: ``"365;704"`` -> ``{365, 704}``; empty -> set()."""
    if cell is None or (isinstance(cell, float) and np.isnan(cell)) or cell is pd.NA:
        return set()
    return {int(c) for c in str(cell).split(";") if c.strip()}


def _side(row: pd.Series, side: str) -> tuple[set[int], set[int]]:
    primary, secondary = UCDP_SIDES[side]
    return _codes(row[primary]), _codes(row[secondary])


def ucdp_crosswalk(relations: pd.DataFrame, conflicts: pd.DataFrame, states: pd.DataFrame,
                   relation: str = "armed_conflict") -> pd.DataFrame:
    """Match each ``relation`` row (an armed conflict between two states) to UCDP conflict ids.

    A UCDP conflict-year matches when its year lies in the row's years and the two states stand on opposite
    sides, each as a primary party or as a secondary (troop-supporting) one. ``match`` says how:
    ``primary`` (both primary: an interstate conflict), ``secondary`` (at least one only supports a side,
    e.g. Armenia in Azerbaijan's conflict over Nagorno-Karabakh), or ``none`` (not in UCDP: below its
    threshold of 25 battle deaths in a year, or coded between other parties). State codes are ``gw_code``
    where ``states`` has one, else ``cow_code`` (they agree for the post-Soviet states).

    >>> rel = pd.DataFrame({"source": ["KGZ"], "target": ["TJK"], "relation": ["armed_conflict"],
    ...     "start_date": pd.to_datetime(["2021-04-28"]), "end_date": pd.to_datetime(["2021-05-01"]),
    ...     "label": ["April 2021"]})
    >>> ucdp = pd.DataFrame({"conflict_id": [13324], "year": [2021], "gwno_a": ["703"], "gwno_a_2nd": [""],
    ...     "gwno_b": ["702"], "gwno_b_2nd": [""], "type_of_conflict": ["interstate"]})
    >>> st = pd.DataFrame({"iso3": ["KGZ", "TJK"], "cow_code": [703, 702], "gw_code": [pd.NA, pd.NA]})
    >>> ucdp_crosswalk(rel, ucdp, st)[["source", "target", "ucdp_conflict_id", "ucdp_years", "match"]]
      source target  ucdp_conflict_id ucdp_years    match
    0    KGZ    TJK             13324       2021  primary
    """
    code = {iso3: int(gw) if pd.notna(gw) else int(cow)
            for iso3, gw, cow in zip(states["iso3"], states["gw_code"], states["cow_code"]) if pd.notna(cow)}
    rows = []
    for _, rel in relations[relations["relation"] == relation].iterrows():
        a, b = code.get(rel["source"]), code.get(rel["target"])
        first = rel["start_date"].year
        last = rel["end_date"].year if pd.notna(rel["end_date"]) else int(conflicts["year"].max())
        found: dict[int, dict[str, object]] = {}
        for _, c in conflicts[conflicts["year"].between(first, last)].iterrows():
            (pa, sa), (pb, sb) = _side(c, "a"), _side(c, "b")
            for x, y in ((a, b), (b, a)):
                if x in pa | sa and y in pb | sb:
                    kind = "primary" if x in pa and y in pb else "secondary"
                    hit = found.setdefault(int(c["conflict_id"]), {"years": set(), "match": kind,
                                                                   "type": c["type_of_conflict"]})
                    hit["years"].add(int(c["year"]))
                    if kind == "primary":
                        hit["match"] = "primary"
        base = {"source": rel["source"], "target": rel["target"], "label": rel.get("label", pd.NA),
                "start_date": rel["start_date"], "end_date": rel["end_date"]}
        if not found:
            rows.append({**base, "ucdp_conflict_id": pd.NA, "ucdp_years": "", "ucdp_type": "", "match": "none"})
        for cid, hit in sorted(found.items()):
            rows.append({**base, "ucdp_conflict_id": cid, "ucdp_years": ";".join(map(str, sorted(hit["years"]))),
                         "ucdp_type": hit["type"], "match": hit["match"]})
    out = pd.DataFrame(rows, columns=["source", "target", "label", "start_date", "end_date", "ucdp_conflict_id",
                                      "ucdp_years", "ucdp_type", "match"])
    out["ucdp_conflict_id"] = out["ucdp_conflict_id"].astype("Int64")
    return out


def opposed_pairs(conflicts: pd.DataFrame, states: pd.DataFrame, among: list[str] | tuple[str, ...]) -> pd.DataFrame:
    """UCDP conflict-years that set two of ``among`` (ISO3) on opposite sides, one row per pair and conflict.

    A state counts on a side as a primary or a secondary (troop-supporting) party; UCDP can list one state on
    both sides, which is not a pair. Codes are mapped as in :func:`ucdp_crosswalk`. ``years`` joins the years.

    >>> ucdp = pd.DataFrame({"conflict_id": [395, 395], "year": [1992, 1993], "gwno_a": ["702", "702"],
    ...     "gwno_a_2nd": ["704", "365"], "gwno_b": ["", ""], "gwno_b_2nd": ["704", ""], "type_of_conflict": ["II", "II"]})
    >>> st = pd.DataFrame({"iso3": ["TJK", "UZB", "RUS"], "cow_code": [702, 704, 365], "gw_code": [pd.NA] * 3})
    >>> opposed_pairs(ucdp, st, ["TJK", "UZB", "RUS"])
          pair  conflict_id type years
    0  TJK-UZB          395   II  1992
    """
    code = {int(gw) if pd.notna(gw) else int(cow): iso3
            for iso3, gw, cow in zip(states["iso3"], states["gw_code"], states["cow_code"]) if iso3 in set(among)}
    rows = []
    for _, c in conflicts.iterrows():
        sides = [{code[n] for n in _codes(c[p]) | _codes(c[s]) if n in code} for p, s in UCDP_SIDES.values()]
        rows += [{"pair": "-".join(sorted((x, y))), "conflict_id": int(c["conflict_id"]),
                  "type": c["type_of_conflict"], "year": int(c["year"])}
                 for x in sides[0] for y in sides[1] - {x}]
    frame = pd.DataFrame(rows, columns=["pair", "conflict_id", "type", "year"])
    return (frame.groupby(["pair", "conflict_id", "type"])["year"]
            .agg(lambda y: ";".join(map(str, sorted(set(y))))).rename("years").reset_index())


def key_votes(un_votes: pd.DataFrame, states: list[str] | tuple[str, ...] | None = None) -> pd.DataFrame:
    """The project's coded votes as a grid: one row per resolution (with its date), one column per state.

    >>> v = pd.DataFrame({"resolution": ["A/RES/ES-11/1", "A/RES/ES-11/1"], "date": pd.to_datetime(["2022-03-02"] * 2),
    ...                   "state": ["BLR", "KAZ"], "vote": ["no", "abstain"]})
    >>> key_votes(v)
    state     resolution       date BLR      KAZ
    0      A/RES/ES-11/1 2022-03-02  no  abstain
    """
    grid = un_votes.pivot(index=["resolution", "date"], columns="state", values="vote")
    if states is not None:
        grid = grid.reindex(columns=list(states))
    grid = grid.astype("object").reset_index().sort_values(["date", "resolution"], kind="stable")
    return grid.reset_index(drop=True)


def stood_with(un_votes: pd.DataFrame, leader: str = "RUS") -> pd.DataFrame:
    """Per state, how often it voted as ``leader`` did, abstained, stayed away, or voted otherwise.

    Counts the resolutions in ``un_votes`` on which ``leader`` cast a yes or no. ``with`` = the same vote,
    ``against`` = the opposite one.

    >>> v = pd.DataFrame({"resolution": ["r1"] * 3 + ["r2"] * 3, "state": ["RUS", "BLR", "KAZ"] * 2,
    ...                   "vote": ["no", "no", "abstain", "no", "no", "yes"]})
    >>> stood_with(v)
      state  resolutions  with  abstain  absent  against
    0   BLR            2     2        0       0        0
    1   KAZ            2     0        1       0        1
    """
    lead = un_votes.loc[(un_votes["state"] == leader) & un_votes["vote"].isin(["yes", "no"]), ["resolution", "vote"]]
    others = un_votes[un_votes["state"] != leader].merge(lead, on="resolution", suffixes=("", "_leader"))
    same = others["vote"] == others["vote_leader"]
    opposite = others["vote"].isin(["yes", "no"]) & ~same
    counts = pd.DataFrame({"state": others["state"].astype(str), "with": same, "abstain": others["vote"] == "abstain",
                           "absent": others["vote"] == "absent", "against": opposite})
    out = counts.groupby("state", sort=True).agg(resolutions=("with", "size"), **{
        k: (k, "sum") for k in ("with", "abstain", "absent", "against")}).reset_index()
    return out.astype({c: "int64" for c in ("resolutions", "with", "abstain", "absent", "against")})
