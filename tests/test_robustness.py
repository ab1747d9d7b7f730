"""csto.robustness: each alternative coding changes what it names and nothing else; the table is measure x coding."""

from __future__ import annotations

import pandas as pd
import pytest

import csto
from csto import robustness

DATA = csto.load()
BASE = robustness.headlines(DATA)


def _moved(alternative: str) -> set[str]:
    recoded = robustness.headlines(robustness.ALTERNATIVES[alternative](DATA))
    return {m for m in BASE.index if not (pd.isna(BASE[m]) and pd.isna(recoded[m])) and BASE[m] != recoded[m]}


@pytest.mark.parametrize("alternative, measures", [
    ("uzbekistan_exit_2012", {"exits of full members", "state-years in the alliance to 2025"}),
    ("tajikistan_1993_collective", {"troop deployments of the organization"}),
    ("without_pre_1994_appeals", {"appeals", "appeals asking for material help"}),
    ("without_karabakh_2023", {"crises", "crises no act of the organization answered"}),
])
def test_an_alternative_moves_only_its_own_measures(alternative, measures):
    assert _moved(alternative) == measures


def test_the_alternatives_leave_the_data_on_disk_and_in_memory_alone():
    before = {name: frame.copy() for name, frame in DATA.tables.items()}
    for recode in robustness.ALTERNATIVES.values():
        recode(DATA)
    for name, frame in DATA.tables.items():
        pd.testing.assert_frame_equal(frame, before[name])


def test_uzbekistan_exit_adds_one_exit_and_removes_its_suspended_years():
    recoded = robustness.headlines(robustness.uzbekistan_exit_2012(DATA))
    assert recoded["exits of full members"] == BASE["exits of full members"] + 1
    assert BASE["state-years in the alliance to 2025"] - recoded["state-years in the alliance to 2025"] == 13  # 2013-2025


def test_requests_to_russia_are_what_only_requests_to_the_organization_drops():
    kept = robustness.only_requests_to_the_organization(DATA).appeals
    assert set(DATA.appeals["appeal_id"]) - set(kept["appeal_id"]) == {"KGZ-1999-08", "KGZ-2010-06"}


def test_another_alliance_is_left_as_it_is():
    nato = csto.load(csto.default_data_dir() / "nato")
    base = robustness.headlines(nato)
    for name, recode in robustness.ALTERNATIVES.items():
        if name in ("without_karabakh_2023",):
            continue
        pd.testing.assert_series_equal(robustness.headlines(recode(nato)), base, check_names=False)


def test_table_is_measures_by_codings():
    t = robustness.table(DATA)
    assert list(t.columns) == ["baseline", *robustness.ALTERNATIVES]
    assert list(t.index) == list(BASE.index)
    assert t["baseline"].equals(BASE.astype("float64").rename("baseline"))
