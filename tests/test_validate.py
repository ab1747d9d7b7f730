"""One test per validation rule: a broken copy of the NATO fixture and the exact message it must produce."""

from pathlib import Path

import pytest

from csto import Problem, ValidationError, check, validate
from conftest import edit


def messages(data_dir: Path) -> list[str]:
    return [str(p).replace(str(data_dir), "D") for p in validate(data_dir)]


def test_fixture_is_valid(nato):
    assert validate(nato) == []


def test_shipped_data_is_valid():
    assert validate() == []


def test_missing_required_table(nato):
    (nato / "appeals.csv").unlink()
    assert messages(nato) == ["D/appeals.csv:0: *: required table is missing"]


def test_missing_optional_table_is_fine(nato):
    (nato / "organizations.csv").unlink()
    assert validate(nato) == []


def test_missing_column(nato):
    edit(nato / "states.csv", "iso3,name,cow_code,cow_abbrev,gw_code,source_ids,notes",
         "iso3,name,cow_code,cow_abbrev,source_ids,notes")
    assert "D/states.csv:1: gw_code: column is missing from the header" in messages(nato)


def test_unknown_column(nato):
    edit(nato / "sources.csv", "source_type,notes\n", "source_type,notes,extra\n")
    assert messages(nato) == ["D/sources.csv:1: extra: column is not in datapackage.json"]


def test_column_order(nato):
    edit(nato / "organizations.csv", "organization,name,", "name,organization,")
    assert messages(nato)[0].startswith("D/organizations.csv:1: *: columns must be in the order: organization, name,")


def test_crlf_line_endings(nato):
    path = nato / "states.csv"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert messages(nato) == ["D/states.csv:1: *: line ends with CR; use LF line endings"]


def test_not_utf8(nato):
    path = nato / "states.csv"
    path.write_bytes(path.read_bytes().replace(b"Turkey", b"T\xfcrkiye"))
    assert messages(nato) == ["D/states.csv:7: *: not valid UTF-8 (byte 0xfc)"]


def test_bad_date(nato):
    edit(nato / "memberships.csv", "NATO,CAN,member,1949-04-04", "NATO,CAN,member,1949-04-31")
    assert messages(nato) == ["D/memberships.csv:2: start_date: '1949-04-31' is not a valid date (YYYY-MM-DD)"]


def test_bad_integer(nato):
    edit(nato / "states.csv", "CAN,Canada,20,", "CAN,Canada,twenty,")
    assert messages(nato) == ["D/states.csv:2: cow_code: 'twenty' is not a valid integer (integer)"]


def test_required_cell_empty(nato):
    edit(nato / "states.csv", "TUR,Turkey,640,TUR,,cow_states,", "TUR,Turkey,640,TUR,,,")
    assert messages(nato) == ["D/states.csv:7: source_ids: is required but empty"]


def test_vocabulary(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member,", "NATO,GBR,ally,")
    assert messages(nato) == ["D/memberships.csv:5: status: 'ally' is not one of: member, observer, suspended, frozen"]


def test_precision_vocabulary(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member,1949-04-04,day", "NATO,GBR,member,1949-04-04,days")
    assert messages(nato) == ["D/memberships.csv:5: start_precision: 'days' is not one of: day, month, year"]


def test_iso3_pattern(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member", "NATO,gbr,member")
    assert "D/memberships.csv:5: state: 'gbr' does not match the pattern ^[A-Z]{3}$" in messages(nato)


def test_duplicate_primary_key(nato):
    edit(nato / "states.csv", "USA,United States of America,2,USA,,cow_states,\n",
         "USA,United States of America,2,USA,,cow_states,\nUSA,United States,2,USA,,cow_states,\n")
    assert messages(nato) == ["D/states.csv:9: iso3: duplicate key (same as line 8)"]


def test_foreign_key(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member", "NATO,ITA,member")
    assert messages(nato) == ["D/memberships.csv:5: state: 'ITA' not found in states.csv column iso3"]


def test_unknown_source_id(nato):
    edit(nato / "memberships.csv", "1952-02-18,day,,,,,nato_enlargement,\nNATO,USA",
         "1952-02-18,day,,,,,nato_enlargement;nowhere,\nNATO,USA")
    assert messages(nato) == ["D/memberships.csv:7: source_ids: 'nowhere' not found in sources.csv"]


def test_source_ids_format(nato):
    edit(nato / "memberships.csv", "1952-02-18,day,,,,,nato_enlargement,\nNATO,USA",
         "1952-02-18,day,,,,,nato_enlargement; cow_states,\nNATO,USA")
    assert messages(nato) == [
        "D/memberships.csv:7: source_ids: 'nato_enlargement; cow_states' does not match the pattern "
        "^[a-z0-9_]+(;[a-z0-9_]+)*$"]


def test_end_before_start(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member,1949-04-04,day,,,,,", "NATO,GBR,member,1949-04-04,day,1948-01-01,day,withdrew,announcement,")
    assert messages(nato) == ["D/memberships.csv:5: end_date: '1948-01-01' is before start_date '1949-04-04'"]


def test_overlapping_spells(nato):
    edit(nato / "memberships.csv", "NATO,USA,member,1949-04-04,day,,,,,nato_members,\n",
         "NATO,USA,member,1949-04-04,day,,,,,nato_members,\nNATO,USA,observer,1960-01-01,year,,,,,nato_members,\n")
    assert messages(nato) == ["D/memberships.csv:9: start_date: USA observer spell in NATO starting 1960-01-01 "
                              "overlaps the member spell of line 8 (ends never)"]


def test_touching_spells_are_fine(nato):
    edit(nato / "memberships.csv", "NATO,USA,member,1949-04-04,day,,,,,nato_members,\n",
         "NATO,USA,member,1949-04-04,day,1960-01-01,year,suspended,formal_decision,nato_members,\n"
         "NATO,USA,suspended,1960-01-01,year,,,,,nato_members,\n")
    assert validate(nato) == []


def test_precision_without_date(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member,1949-04-04,day,,,", "NATO,GBR,member,1949-04-04,day,,day,")
    assert messages(nato) == ["D/memberships.csv:5: end_precision: is 'day' but end_date is empty"]


def test_date_without_precision(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member,1949-04-04,day", "NATO,GBR,member,1949-04-04,")
    assert messages(nato) == ["D/memberships.csv:5: start_precision: is empty but start_date is '1949-04-04'"]


def test_month_precision_is_first_of_month(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member,1949-04-04,day", "NATO,GBR,member,1949-04-04,month")
    assert messages(nato) == ["D/memberships.csv:5: start_date: '1949-04-04' has precision month; "
                              "store it as the 1st of the month"]


def test_year_precision_is_first_of_january(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member,1949-04-04,day", "NATO,GBR,member,1949-04-01,year")
    assert messages(nato) == ["D/memberships.csv:5: start_date: '1949-04-01' has precision year; "
                              "store it as 1 January"]


APPEALS = "appeal_id,organization,requester,date,date_precision,crisis,legal_basis,request,decision,decision_date,decision_precision,channel,outcome_summary,source_ids,notes\n"
APPEAL = "USA-2001-09,NATO,USA,2001-09-12,day,attacks,Article 5,help,approved,2001-10-04,day,,,nato_members,\n"
ROW = "USA-2001-09,delivered,troops,CAN,{q},{lo},{hi},{unit},2001-10-01,month,,,,nato_members,\n"


def _assistance(nato: Path, *rows: str) -> None:
    (nato / "appeals.csv").write_text(APPEALS + APPEAL, encoding="utf-8")
    path = nato / "assistance.csv"
    path.write_text(path.read_text(encoding="utf-8") + "".join(rows), encoding="utf-8")


def test_assistance_duplicate_row(nato):
    row = ROW.format(q=100, lo="", hi="", unit="personnel")
    _assistance(nato, row, row)
    assert messages(nato) == ["D/assistance.csv:3: appeal_id,side,category,contributor,start_date: "
                              "duplicate row (same as line 2)"]


def test_assistance_range_order(nato):
    _assistance(nato, ROW.format(q=100, lo=200, hi=50, unit="personnel"))
    assert messages(nato) == ["D/assistance.csv:2: quantity_high: 50 is below quantity_low 200"]


def test_assistance_quantity_outside_range(nato):
    _assistance(nato, ROW.format(q=300, lo=100, hi=200, unit="personnel"))
    assert messages(nato) == ["D/assistance.csv:2: quantity: 300 is outside quantity_low..quantity_high"]


def test_assistance_quantity_needs_unit(nato):
    _assistance(nato, ROW.format(q=100, lo="", hi="", unit=""))
    assert messages(nato) == ["D/assistance.csv:2: unit: is empty but a quantity is given"]


def test_negative_quantity(nato):
    _assistance(nato, ROW.format(q=-5, lo="", hi="", unit="personnel"))
    assert messages(nato) == ["D/assistance.csv:2: quantity: '-5' is below the minimum 0"]


def test_decision_before_appeal(nato):
    (nato / "appeals.csv").write_text(APPEALS + APPEAL.replace("2001-10-04", "2001-09-01"), encoding="utf-8")
    assert messages(nato) == ["D/appeals.csv:2: decision_date: '2001-09-01' is before date '2001-09-12'"]


def test_relation_self_loop(nato):
    path = nato / "relations.csv"
    path.write_text(path.read_text(encoding="utf-8") + "USA,USA,military_base,true,1950-01-01,year,,,,,nato_members,\n",
                    encoding="utf-8")
    assert messages(nato) == ["D/relations.csv:2: target: 'USA' is the same state as source"]


def test_boolean(nato):
    path = nato / "relations.csv"
    path.write_text(path.read_text(encoding="utf-8") + "USA,TUR,military_base,yes,1950-01-01,year,,,,,nato_members,\n",
                    encoding="utf-8")
    assert messages(nato) == ["D/relations.csv:2: directed: 'yes' is not a valid boolean (true or false)"]


def test_short_row(nato):
    edit(nato / "states.csv", "TUR,Turkey,640,TUR,,cow_states,", "TUR,Turkey,640")
    assert messages(nato)[0] == "D/states.csv:7: cow_abbrev: row has fewer cells than the header"


def test_line_numbers_follow_multiline_cells(nato):
    edit(nato / "states.csv", 'CAN,Canada,20,CAN,,cow_states,', 'CAN,Canada,20,CAN,,cow_states,"two\nlines"')
    edit(nato / "states.csv", "TUR,Turkey,640,", "TUR,Turkey,x640,")
    assert messages(nato) == ["D/states.csv:8: cow_code: 'x640' is not a valid integer (integer)"]


def test_several_problems_all_reported_and_files_untouched(nato):
    edit(nato / "states.csv", "CAN,Canada,20,", "CAN,Canada,twenty,")
    edit(nato / "memberships.csv", "NATO,GBR,member,", "NATO,GBR,ally,")
    before = {p.name: p.read_bytes() for p in nato.iterdir()}
    with pytest.raises(ValidationError) as err:
        check(nato)
    assert [p.line for p in err.value.problems] == [5, 2]
    assert str(err.value).startswith("2 problems in the data:\n")
    assert before == {p.name: p.read_bytes() for p in nato.iterdir()}


def test_problem_format():
    assert str(Problem("data/x.csv", 4, "state", "bad")) == "data/x.csv:4: state: bad"
