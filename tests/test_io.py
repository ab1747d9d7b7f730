"""Loading: types, precision kept, missing optional tables, invalid data refused, schema copies in step."""

import json

import pandas as pd
import pytest

import csto
from csto.schema import read_schema
from conftest import ROOT, edit


def test_load_types_the_fixture(nato):
    ds = csto.load(nato)
    m = ds.memberships
    assert m["start_date"].dtype.kind == "M"
    assert isinstance(m["status"].dtype, pd.CategoricalDtype)
    assert list(m["status"].cat.categories) == ["member", "observer", "suspended", "frozen"]
    assert ds.states["cow_code"].dtype == "Int64"
    assert ds["memberships"] is ds.memberships
    assert ds.coverage_end is None  # the fixture has no datapackage.json: default schema, no coverage


def test_header_only_and_missing_optional_tables_are_empty_frames(nato):
    ds = csto.load(nato)
    assert ds.appeals.empty and ds.crosswalk.empty
    assert "decision" in ds.appeals.columns


def test_precision_is_kept_not_filled(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member,1949-04-04,day", "NATO,GBR,member,1949-04-01,month")
    m = csto.load(nato).memberships.set_index("state")
    assert (m.loc["GBR", "start_date"], m.loc["GBR", "start_precision"]) == (pd.Timestamp("1949-04-01"), "month")


def test_invalid_data_is_refused_with_every_problem(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member,", "NATO,GBR,ally,")
    with pytest.raises(csto.ValidationError) as err:
        csto.load(nato)
    assert [str(p) for p in err.value.problems] == [
        f"{nato}/memberships.csv:11: status: 'ally' is not one of: member, observer, suspended, frozen"]


def test_unknown_table_attribute():
    with pytest.raises(AttributeError):
        csto.load().no_such_table


def test_data_descriptor_matches_the_package_default():
    shipped = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    assert shipped["resources"] == read_schema(ROOT / "tests" / "fixtures" / "nato")["resources"]


def test_loading_leaves_rfc3987_syntax_importable():
    """Validation hides an optional module while jsonschema is imported (for speed); it must come back."""
    import importlib.util
    import subprocess
    import sys

    if importlib.util.find_spec("rfc3987_syntax") is None:
        pytest.skip("rfc3987_syntax is not installed here")
    # find_spec is None while the module is hidden, and finds it again once it is importable; actually importing
    # it would spend the seconds of grammar building this test is about.
    code = ("import csto, sys, importlib.util; from csto.validate import check; check(csto.default_data_dir()); "
            "assert 'jsonschema' in sys.modules and 'rfc3987_syntax' not in sys.modules; "
            "assert importlib.util.find_spec('rfc3987_syntax') is not None; print('ok')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "ok", done.stderr


def test_load_skips_validation_only_for_bytes_that_already_passed(nato, monkeypatch, tmp_path):
    import csto.io
    from csto import ValidationError, load

    monkeypatch.setenv("CSTO_CACHE_DIR", str(tmp_path / "cache"))
    calls = []
    real_check = csto.io.check
    monkeypatch.setattr(csto.io, "check", lambda d: (calls.append(d), real_check(d))[1])
    load(nato)
    load(nato)
    assert len(calls) == 1  # the second load of identical bytes is not validated again
    edit(nato / "states.csv", "CAN,Canada,20", "CAN,Canada,twenty")
    with pytest.raises(ValidationError, match="cow_code"):
        load(nato)
    assert len(calls) == 2
    assert list((tmp_path / "cache" / "validated").iterdir())  # only the passing version is remembered
    assert len(list((tmp_path / "cache" / "validated").iterdir())) == 1


def test_load_parses_each_version_of_the_bytes_once_and_hands_out_copies(nato, monkeypatch, tmp_path):
    """The typed tables are cached by the data's fingerprint: a second load of the same bytes does not parse, its
    tables equal a parse's, a change to a table is read anew, a load's own edits never reach the next load, and a
    damaged cache file is parsed around, not trusted."""
    import csto.io
    from csto import load

    monkeypatch.setenv("CSTO_CACHE_DIR", str(tmp_path / "cache"))
    parsed = []
    real_read = csto.io._read_table
    monkeypatch.setattr(csto.io, "_read_table", lambda d, res: (parsed.append(res["name"]), real_read(d, res))[1])
    first = load(nato)
    n = len(parsed)
    second = load(nato)
    assert n > 0 and len(parsed) == n  # nothing parsed the second time
    for name, table in first.tables.items():
        pd.testing.assert_frame_equal(second[name], table)
    second.states.loc[0, "name"] = "changed in memory"
    assert load(nato).states.loc[0, "name"] == first.states.loc[0, "name"]
    edit(nato / "states.csv", "CAN,Canada,", "CAN,Kanada,")
    assert "Kanada" in set(load(nato).states["name"]) and len(parsed) == 2 * n
    for cached in (tmp_path / "cache" / "tables").glob("*.pickle"):
        cached.write_bytes(b"not a pickle")
    assert "Kanada" in set(load(nato).states["name"]) and len(parsed) == 3 * n
