"""csto.alignment: vote agreement, arms-import shares, the UCDP crosswalk, and the extracts they read."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from csto import alignment

CALLS = pd.DataFrame({"rcid": range(1, 9), "date": pd.to_datetime(["2001-03-01"] * 4 + ["2002-03-01"] * 4)})


def _votes(**by_state: str) -> pd.DataFrame:
    """Votes from one letter per roll call: y(es), n(o), a(bstain), - (no row: absent or not a member)."""
    words = {"y": "yes", "n": "no", "a": "abstain"}
    rows = [(rcid, state, words[v]) for state, votes in by_state.items()
            for rcid, v in enumerate(votes, start=1) if v != "-"]
    return pd.DataFrame(rows, columns=["rcid", "state", "vote"])


def test_identical_votes_agree_fully_and_kappa_is_one():
    v = _votes(A="ynay" "ynay", B="ynay" "ynay")
    t = alignment.agreement(v, CALLS, "A", "B")
    assert t["year"].tolist() == [2001, 2002]
    assert t["identical"].tolist() == [1.0, 1.0] and t["kappa"].tolist() == [1.0, 1.0]


def test_kappa_discounts_agreement_that_chance_alone_gives():
    # Both vote yes 3 times in 4, independently: 50 % identical, and kappa exactly 0 (po = pe = 0.5 with
    # marginals 3/4 yes and 1/4 no on both sides arranged so the joint table is the product of the margins).
    v = _votes(A="yyyn", B="yyny")
    t = alignment.agreement(v, CALLS.iloc[:4], "A", "B")
    assert t.loc[0, "identical"] == 0.5
    assert t.loc[0, "kappa"] == pytest.approx((0.5 - 0.625) / (1 - 0.625))
    assert t.loc[0, "kappa"] < 0  # less alike than chance: the measure can say so


def test_absences_are_left_out_not_counted_as_disagreement():
    v = _votes(A="yy--", B="yyyy")
    t = alignment.agreement(v, CALLS.iloc[:4], "A", "B")
    assert t.loc[0, "votes"] == 2 and t.loc[0, "identical"] == 1.0


def test_unanimous_years_have_no_kappa_rather_than_a_false_one():
    v = _votes(A="yyyy", B="yyyy")
    t = alignment.agreement(v, CALLS.iloc[:4], "A", "B")
    assert t.loc[0, "identical"] == 1.0 and np.isnan(t.loc[0, "kappa"])


def test_agreement_over_everything_and_a_bad_grouping():
    v = _votes(A="ynay" "yyyy", B="ynay" "nnnn")
    total = alignment.agreement(v, CALLS, "A", "B", by=None)
    assert total.columns.tolist() == ["votes", "identical", "kappa"] and total.loc[0, "votes"] == 8
    assert total.loc[0, "identical"] == 0.5
    with pytest.raises(ValueError, match="by must be"):
        alignment.agreement(v, CALLS, "A", "B", by="decade")


def test_agreement_with_stacks_states_and_keeps_a_state_with_no_common_vote():
    v = _votes(L="yyyy" "nnnn", A="yyyy" "nnnn", B="--------")
    t = alignment.agreement_with(v, CALLS, "L", ["A", "B"])
    assert t.columns[0] == "state" and set(t["state"]) == {"A"}  # B never voted: no rows, not zeros


def test_import_shares_leave_a_period_without_imports_empty_not_zero():
    imp = pd.DataFrame({"recipient": ["KGZ", "KGZ"], "year": [2001, 2002], "supplier": ["RUS", "USA"],
                        "tiv": [3.0, 1.0], "deliveries": [1, 1]})
    t = alignment.import_shares(imp, "RUS", ["KGZ"], periods=((2000, 2007), (2008, 2013)))
    assert t.loc[0, "share"] == 0.75 and t.loc[0, "tiv"] == 4.0
    assert t.loc[1, "tiv"] == 0.0 and np.isnan(t.loc[1, "share"])


STATES = pd.DataFrame({"iso3": ["ARM", "AZE", "KGZ", "TJK"], "cow_code": [371, 373, 703, 702],
                       "gw_code": [pd.NA] * 4})


def _relation(source, target, start, end, label):
    return {"source": source, "target": target, "relation": "armed_conflict", "start_date": pd.Timestamp(start),
            "end_date": pd.Timestamp(end) if end else pd.NaT, "label": label}


def test_crosswalk_tells_a_troop_supporter_from_a_primary_party_and_keeps_unmatched_rows():
    relations = pd.DataFrame([_relation("ARM", "AZE", "2016-04-02", "2016-04-05", "April 2016"),
                              _relation("KGZ", "TJK", "2014-01-11", "2014-01-12", "January 2014"),
                              {**_relation("ARM", "AZE", "1991-01-01", "2025-01-01", "dispute"),
                               "relation": "border_dispute"}])
    ucdp = pd.DataFrame({"conflict_id": [388, 13324], "year": [2016, 2021], "gwno_a": ["373", "703"],
                         "gwno_a_2nd": ["", ""], "gwno_b": ["", "702"], "gwno_b_2nd": ["371", ""],
                         "type_of_conflict": ["II", "interstate"]})
    out = alignment.ucdp_crosswalk(relations, ucdp, STATES)
    assert out[["label", "ucdp_conflict_id", "match"]].astype(object).values.tolist() == [
        ["April 2016", 388, "secondary"], ["January 2014", pd.NA, "none"]]


def test_stood_with_counts_only_resolutions_where_the_leader_took_a_side():
    v = pd.DataFrame({"resolution": ["r1", "r1", "r2", "r2", "r3", "r3"], "state": ["RUS", "ARM"] * 3,
                      "vote": ["no", "absent", "yes", "no", "abstain", "yes"]})
    t = alignment.stood_with(v).set_index("state")
    assert t.loc["ARM"].to_dict() == {"resolutions": 2, "with": 0, "abstain": 0, "absent": 1, "against": 1}


def test_key_votes_is_a_grid_of_resolutions_by_state():
    v = pd.DataFrame({"resolution": ["b", "a", "a"], "date": pd.to_datetime(["2022-01-02", "2022-01-01"] * 1
                                                                           + ["2022-01-01"]),
                      "state": ["RUS", "RUS", "KAZ"], "vote": ["no", "no", "abstain"]})
    grid = alignment.key_votes(v, ["RUS", "KAZ", "USA"])
    assert grid["resolution"].tolist() == ["a", "b"]
    assert grid.columns.tolist() == ["resolution", "date", "RUS", "KAZ", "USA"]
    assert grid["USA"].isna().all()


def test_load_external_falls_back_to_the_checkout_and_names_a_missing_file(tmp_path, monkeypatch):
    ext = alignment.load_external(tmp_path)  # no external/ here: the checkout's copy is read
    assert len(ext.roll_calls) and len(ext.votes)
    (tmp_path / "external").mkdir()
    (tmp_path / "external" / "unga_votes.csv").write_text("rcid,state,vote\n", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="unga_roll_calls.csv"):
        alignment.load_external(tmp_path)


# --- the extracts themselves -----------------------------------------------------------------------------------

EXT = alignment.load_external()
CST = {"ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB"}


def test_vote_extract_is_complete_for_the_covered_states_and_only_real_votes():
    assert set(EXT.votes["vote"]) == {"yes", "no", "abstain"}
    assert set(EXT.votes["rcid"]) <= set(EXT.roll_calls["rcid"])
    assert not EXT.votes.duplicated(["rcid", "state"]).any()
    assert CST | {"USA", "CHN", "UKR", "TUR", "MNE"} <= set(EXT.votes["state"])
    assert EXT.roll_calls["date"].between("1992-01-01", "2020-01-14").all()
    # Every CST state voted in most roll calls once a UN member: the ISO2 mapping lost no one.
    per_state = EXT.votes[EXT.votes["rcid"].isin(EXT.roll_calls.loc[EXT.roll_calls["date"] >= "1995-01-01", "rcid"])]
    assert per_state.groupby("state").size().loc[sorted(CST)].min() > 1500


def test_russia_votes_against_the_2014_resolution_on_ukraine_in_the_extract():
    """A/RES/68/262 (27 March 2014): Russia and Belarus and Armenia against, as the UN's record has it."""
    rcid = EXT.roll_calls.loc[EXT.roll_calls["resolution"] == "A/RES/68/262", "rcid"].item()
    votes = EXT.votes[EXT.votes["rcid"] == rcid].set_index("state")["vote"]
    assert votes.loc[["RUS", "BLR", "ARM"]].tolist() == ["no", "no", "no"]
    assert votes.loc["USA"] == "yes" and votes.loc["KAZ"] == "abstain"


def test_conflict_extract_is_one_row_per_conflict_year_with_a_cst_state():
    c = EXT.conflicts
    assert not c.duplicated(["conflict_id", "year"]).any()
    sides = c[["gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd"]].astype(str)
    cst_gw = {"365", "370", "371", "372", "373", "702", "703", "704", "705"}
    assert sides.apply(lambda col: col.map(lambda s: bool(set(s.split(";")) & cst_gw))).any(axis=1).all()
    assert c["year"].between(1989, 2024).all() and set(c["intensity_level"]) <= {1, 2}


def test_import_extract_sums_are_non_negative_per_recipient_year_and_supplier():
    i = EXT.imports
    assert not i.duplicated(["recipient", "year", "supplier"]).any()
    assert (i["tiv"] >= 0).all() and (i["deliveries"] >= 1).all() and i["year"].between(2000, 2023).all()
    assert set(i["supplier"]) - set(EXT.votes["state"]) == {"OTHER"}
