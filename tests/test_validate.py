"""One test per validation rule: a broken copy of the NATO fixture and the exact message it must produce.

The fixture is written with the data contract's columns only (plus ``organizations.csv``) and with ids such as
``nato-founding-treaty``: another alliance's data as the contract allows it.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from csto import Problem, ValidationError, check, validate
from conftest import edit

GBR = "NATO,GBR,member,1949-04-04,day,,,,nato-founding-treaty"  # memberships.csv line 11
TUR = "TUR,Turkey,640,cow-states"  # states.csv line 24


def messages(data_dir: Path) -> list[str]:
    return [str(p).replace(str(data_dir), "D") for p in validate(data_dir)]


def test_fixture_is_valid(nato):
    assert validate(nato) == []


def test_shipped_data_is_valid():
    assert validate() == []


def test_missing_required_table(nato):
    (nato / "appeals.csv").unlink()
    assert messages(nato) == ["D/appeals.csv:0: *: required table is missing"]


def test_organizations_table_is_part_of_the_contract(nato):
    (nato / "organizations.csv").unlink()
    assert messages(nato) == ["D/organizations.csv:0: *: required table is missing"]


def test_project_table_may_be_absent(nato):
    assert not (nato / "crosswalk.csv").exists()
    assert validate(nato) == []


def test_missing_contract_column(nato):
    edit(nato / "states.csv", "iso3,name,cow_code,source_ids", "iso3,name,source_ids")
    edit(nato / "states.csv", TUR, "TUR,Turkey,cow-states")
    assert "D/states.csv:1: cow_code: column is missing from the header" in messages(nato)


def test_project_columns_may_be_absent_or_empty(nato):
    edit(nato / "states.csv", "iso3,name,cow_code,source_ids", "iso3,name,cow_code,cow_abbrev,gw_code,source_ids,notes")
    path = nato / "states.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0]] + [line.replace(",cow-states", ",,,cow-states,") for line in lines[1:]]) + "\n",
                    encoding="utf-8")
    assert validate(nato) == []


def test_project_column_keeps_its_rules_when_present(nato):
    edit(nato / "states.csv", "iso3,name,cow_code,source_ids", "iso3,name,cow_code,gw_code,source_ids")
    path = nato / "states.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",cow-states", ",,cow-states").replace(
        "TUR,Turkey,640,,", "TUR,Turkey,640,x,"), encoding="utf-8")
    assert messages(nato) == ["D/states.csv:24: gw_code: 'x' is not a valid integer (a whole number such as 42)"]


def test_unknown_column(nato):
    edit(nato / "sources.csv", "url,accessed\n", "url,accessed,extra\n")
    path = nato / "sources.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0]] + [line + "," for line in lines[1:]]) + "\n", encoding="utf-8")
    assert messages(nato) == ["D/sources.csv:1: extra: column is not in datapackage.json"]


def test_repeated_column(nato):
    edit(nato / "organizations.csv", "organization,name,source_ids\n", "organization,name,name,source_ids\n")
    edit(nato / "organizations.csv", "Organization,nato", "Organization,x,nato")
    assert messages(nato) == ["D/organizations.csv:1: name: column appears more than once in the header"]


def test_columns_in_any_order(nato):
    edit(nato / "organizations.csv", "organization,name,source_ids\n", "name,organization,source_ids\n")
    edit(nato / "organizations.csv", "NATO,North Atlantic Treaty Organization,",
         "North Atlantic Treaty Organization,NATO,")
    assert validate(nato) == []


@pytest.mark.parametrize("value", ["nato-founding-treaty", "NATO 1949", "a.b/c", "ÉTAT_1"])
def test_any_id_without_separators_is_valid(nato, value):
    for name in ("sources.csv", "memberships.csv", "organizations.csv", "events.csv", "event_participants.csv"):
        path = nato / name
        path.write_text(path.read_text(encoding="utf-8").replace("nato-founding-treaty", value), encoding="utf-8")
    assert validate(nato) == []


@pytest.mark.parametrize("value", ["a,b", "a;b", "'a'", " a", "a "])
def test_ids_with_separators_quotes_or_surrounding_spaces_are_rejected(nato, value):
    edit(nato / "events.csv", "nato-1949-signing,NATO", f'"{value}",NATO')
    assert (f"D/events.csv:2: event_id: {value!r} is not a valid id (an id is text without "
            "';', commas, quotes or surrounding spaces)") in messages(nato)


def test_crlf_line_endings(nato):
    path = nato / "states.csv"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert messages(nato) == ["D/states.csv:1: *: line ends with CR; use LF line endings"]


def test_not_utf8_names_the_column(nato):
    path = nato / "states.csv"
    path.write_bytes(path.read_bytes().replace(b"Turkey", b"T\xfcrkiye"))
    assert messages(nato) == ["D/states.csv:24: name: not valid UTF-8 (byte 0xfc)"]


def test_not_utf8_in_the_header(nato):
    path = nato / "states.csv"
    path.write_bytes(path.read_bytes().replace(b"iso3,name", b"iso3,n\xe4me"))
    assert messages(nato) == ["D/states.csv:1: *: not valid UTF-8 (byte 0xe4)"]


def test_nul_character_in_a_cell(nato):
    path = nato / "states.csv"
    path.write_bytes(path.read_bytes().replace(b"Turkey", b"Tur\x00key"))
    assert messages(nato) == ["D/states.csv:24: name: contains a NUL character (byte 0x00)"]


def test_oversized_cell(nato):
    edit(nato / "sources.csv", "The North Atlantic Treaty,", "x" * 200_000 + ",")
    assert messages(nato) == ["D/sources.csv:3: title: cell is 200,000 characters long, more than the limit "
                              "of 100,000 (an unclosed quote?)"]


def test_unclosed_quote_is_reported_not_a_traceback(nato):
    path = nato / "states.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("CAN,Canada", 'CAN,"Canada') + "x" * 100_001,
                    encoding="utf-8")
    [message] = messages(nato)  # the quote opened in "Canada swallows the rest of the file into one cell
    assert message.startswith("D/states.csv:4: name: cell is 100,")
    assert message.endswith(" characters long, more than the limit of 100,000 (an unclosed quote?)")


@pytest.mark.parametrize("damage", [b"Tur\x00key", b"T\xfcrkiye", b"Turkey" + b"y" * 200_000])
def test_bad_bytes_give_one_line_and_no_traceback_on_the_command_line(nato, damage):
    path = nato / "states.csv"
    path.write_bytes(path.read_bytes().replace(b"Turkey", damage))
    before = {p.name: p.read_bytes() for p in nato.iterdir()}
    done = subprocess.run([sys.executable, "-m", "csto", "validate", str(nato)], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stdout.startswith(f"{nato}/states.csv:24: name: ") and done.stdout.count("\n") == 1
    assert "Traceback" not in done.stderr
    assert before == {p.name: p.read_bytes() for p in nato.iterdir()}


def test_bad_date(nato):
    edit(nato / "memberships.csv", "NATO,CAN,member,1949-04-04", "NATO,CAN,member,1949-04-31")
    assert messages(nato) == ["D/memberships.csv:4: start_date: '1949-04-31' is not a valid date (YYYY-MM-DD)"]


def test_bad_integer(nato):
    edit(nato / "states.csv", "CAN,Canada,20,", "CAN,Canada,twenty,")
    assert messages(nato) == ["D/states.csv:4: cow_code: 'twenty' is not a valid integer (a whole number such as 42)"]


def test_required_cell_empty(nato):
    edit(nato / "states.csv", TUR, "TUR,Turkey,640,")
    assert messages(nato) == ["D/states.csv:24: source_ids: is required but empty"]


def test_project_columns_are_never_required(nato):
    edit(nato / "sources.csv", "url,accessed\n", "url,accessed,source_type\n")
    path = nato / "sources.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0]] + [line + "," for line in lines[1:]]) + "\n", encoding="utf-8")
    assert validate(nato) == []


def test_vocabulary(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member,", "NATO,GBR,ally,")
    assert messages(nato) == ["D/memberships.csv:11: status: 'ally' is not one of: member, observer, suspended, frozen"]


def test_precision_vocabulary(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member,1949-04-04,day", "NATO,GBR,member,1949-04-04,days")
    assert messages(nato) == ["D/memberships.csv:11: start_precision: 'days' is not one of: day, month, year"]


def test_iso3_pattern(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member", "NATO,gbr,member")
    assert "D/memberships.csv:11: state: 'gbr' does not match the pattern ^[A-Z]{3}$" in messages(nato)


def test_duplicate_primary_key(nato):
    edit(nato / "states.csv", "USA,United States of America,2,cow-states\n",
         "USA,United States of America,2,cow-states\nUSA,United States,2,cow-states\n")
    assert messages(nato) == ["D/states.csv:26: iso3: duplicate key (same as line 25)"]


def test_foreign_key(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member", "NATO,ITA,member")
    assert messages(nato) == ["D/memberships.csv:11: state: 'ITA' not found in states.csv column iso3"]


def test_unknown_source_id(nato):
    edit(nato / "memberships.csv", "NATO,TUR,member,1952-02-18,day,,,,nato-member-countries",
         "NATO,TUR,member,1952-02-18,day,,,,nato-member-countries;nowhere")
    assert messages(nato) == ["D/memberships.csv:24: source_ids: 'nowhere' not found in sources.csv"]


def test_source_ids_format(nato):
    edit(nato / "memberships.csv", "NATO,TUR,member,1952-02-18,day,,,,nato-member-countries",
         '"NATO",TUR,member,1952-02-18,day,,,,"nato-member-countries; cow-states"')
    assert messages(nato) == [
        "D/memberships.csv:24: source_ids: 'nato-member-countries; cow-states' is not a list of ids separated by ';' "
        "(an id is text without ';', commas, quotes or surrounding spaces)"]


def test_end_before_start(nato):
    edit(nato / "memberships.csv", GBR, "NATO,GBR,member,1949-04-04,day,1948-01-01,day,withdrew,nato-founding-treaty")
    assert messages(nato) == ["D/memberships.csv:11: end_date: '1948-01-01' is before start_date '1949-04-04'"]


def test_overlapping_spells(nato):
    usa = "NATO,USA,member,1949-04-04,day,,,,nato-founding-treaty\n"
    edit(nato / "memberships.csv", usa, usa + "NATO,USA,observer,1960-01-01,year,,,,nato-founding-treaty\n")
    assert messages(nato) == ["D/memberships.csv:26: start_date: USA observer spell in NATO starting 1960-01-01 "
                              "overlaps the member spell of line 25 (ends never)"]


def test_touching_spells_are_fine(nato):
    edit(nato / "memberships.csv", "NATO,USA,member,1949-04-04,day,,,,nato-founding-treaty\n",
         "NATO,USA,member,1949-04-04,day,1960-01-01,year,suspended,nato-founding-treaty\n"
         "NATO,USA,suspended,1960-01-01,year,,,,nato-founding-treaty\n")
    assert validate(nato) == []


def test_precision_without_date(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member,1949-04-04,day,,,", "NATO,GBR,member,1949-04-04,day,,day,")
    assert messages(nato) == ["D/memberships.csv:11: end_precision: is 'day' but end_date is empty"]


def test_date_without_precision(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member,1949-04-04,day", "NATO,GBR,member,1949-04-04,")
    assert messages(nato) == ["D/memberships.csv:11: start_precision: is empty but start_date is '1949-04-04'"]


def test_month_precision_is_first_of_month(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member,1949-04-04,day", "NATO,GBR,member,1949-04-04,month")
    assert messages(nato) == ["D/memberships.csv:11: start_date: '1949-04-04' has precision month; "
                              "store it as the 1st of the month"]


def test_year_precision_is_first_of_january(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member,1949-04-04,day", "NATO,GBR,member,1949-04-01,year")
    assert messages(nato) == ["D/memberships.csv:11: start_date: '1949-04-01' has precision year; "
                              "store it as 1 January"]


APPEALS = "appeal_id,organization,requester,date,date_precision,crisis,legal_basis,request,decision,decision_date,decision_precision,channel,outcome_summary,source_ids,notes\n"
APPEAL = "USA-2001-09,NATO,USA,2001-09-12,day,attacks,Article 5,help,approved,2001-10-04,day,,,nato-founding-treaty,\n"
ASSISTANCE = ("appeal_id,side,category,contributor,quantity,quantity_low,quantity_high,unit,start_date,start_precision,"
              "end_date,end_precision,description,source_ids,notes\n")
ROW = "USA-2001-09,delivered,troops,CAN,{q},{lo},{hi},{unit},2001-10-01,month,,,,nato-founding-treaty,\n"


def _assistance(nato: Path, *rows: str) -> None:
    (nato / "appeals.csv").write_text(APPEALS + APPEAL, encoding="utf-8")
    (nato / "assistance.csv").write_text(ASSISTANCE + "".join(rows), encoding="utf-8")


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
    path.write_text(path.read_text(encoding="utf-8") + "USA,USA,military_base,true,1950-01-01,year,,,nato-founding-treaty\n",
                    encoding="utf-8")
    assert messages(nato) == ["D/relations.csv:2: target: 'USA' is the same state as source"]


def test_boolean(nato):
    path = nato / "relations.csv"
    path.write_text(path.read_text(encoding="utf-8") + "USA,TUR,military_base,yes,1950-01-01,year,,,nato-founding-treaty\n",
                    encoding="utf-8")
    assert messages(nato) == ["D/relations.csv:2: directed: 'yes' is not a valid boolean (true or false)"]


def test_short_row(nato):
    edit(nato / "states.csv", TUR, "TUR,Turkey,640")
    assert "D/states.csv:24: source_ids: row has fewer cells than the header" in messages(nato)


def test_line_numbers_follow_multiline_cells(nato):
    edit(nato / "states.csv", "CAN,Canada,20,", 'CAN,"Can\nada",20,')
    edit(nato / "states.csv", "TUR,Turkey,640,", "TUR,Turkey,x640,")
    assert messages(nato) == ["D/states.csv:25: cow_code: 'x640' is not a valid integer (a whole number such as 42)"]


def test_several_problems_all_reported_and_files_untouched(nato):
    edit(nato / "states.csv", "CAN,Canada,20,", "CAN,Canada,twenty,")
    edit(nato / "memberships.csv", "NATO,GBR,member,", "NATO,GBR,ally,")
    before = {p.name: p.read_bytes() for p in nato.iterdir()}
    with pytest.raises(ValidationError) as err:
        check(nato)
    assert [p.line for p in err.value.problems] == [11, 4]
    assert str(err.value).startswith("2 problems in the data:\n")
    assert before == {p.name: p.read_bytes() for p in nato.iterdir()}


def test_problem_format():
    assert str(Problem("data/x.csv", 4, "state", "bad")) == "data/x.csv:4: state: bad"


def test_relation_key_includes_label_only_where_the_file_has_it(nato):
    path = nato / "relations.csv"
    base = "USA,TUR,military_facility,true,1955-01-01,year,,,nato-founding-treaty\n"
    path.write_text(path.read_text(encoding="utf-8") + base + base, encoding="utf-8")
    assert messages(nato) == ["D/relations.csv:3: source,target,relation,start_date: duplicate key (same as line 2)"]
    header = "source,target,relation,directed,start_date,start_precision,end_date,end_precision,label,source_ids\n"
    path.write_text(header + "USA,TUR,military_facility,true,1955-01-01,year,,,Incirlik,nato-founding-treaty\n"
                    "USA,TUR,military_facility,true,1955-01-01,year,,,Izmir,nato-founding-treaty\n", encoding="utf-8")
    assert validate(nato) == []


# Exactly the contract's formats (issue #25): what Frictionless alone would read as something else.
@pytest.mark.parametrize("value", ["1949-4-04", "1949-04-4", "49-04-04", "1949/04/04", "19490404", " 1949-04-04",
                                   "1949-04-04 ", "1949-04-04T00:00", "1949-02-30", "+1949-04-04", "１９４９-04-04"])
def test_dates_are_exactly_yyyy_mm_dd(nato, value):
    edit(nato / "memberships.csv", "NATO,CAN,member,1949-04-04", f'NATO,CAN,member,"{value}"')
    assert messages(nato) == [f"D/memberships.csv:4: start_date: {value!r} is not a valid date (YYYY-MM-DD)"]


@pytest.mark.parametrize("value", ["+20", "020", " 20", "20 ", "2e1", "20.0", "-0x14", "٢٠"])
def test_integers_are_plain_digits(nato, value):
    edit(nato / "states.csv", "CAN,Canada,20,", f'CAN,Canada,"{value}",')
    assert messages(nato) == [f"D/states.csv:4: cow_code: {value!r} is not a valid integer (a whole number such as 42)"]


@pytest.mark.parametrize("value", ["1e3", "NaN", "inf", "+5", "05", ".5", "5.", " 5", "1_000"])
def test_numbers_are_plain_decimals(nato, value):
    _assistance(nato, ROW.format(q=value, lo="", hi="", unit="personnel"))
    assert messages(nato) == [
        f"D/assistance.csv:2: quantity: {value!r} is not a valid number (a decimal number such as 2030 or 2.5)"]


@pytest.mark.parametrize("value", ["2030", "2.5", "0", "0.25"])
def test_plain_decimals_are_numbers(nato, value):
    _assistance(nato, ROW.format(q=value, lo="", hi="", unit="personnel"))
    assert messages(nato) == []


@pytest.mark.parametrize("value", ["True", "TRUE", "1", "false "])
def test_booleans_are_the_schemas_words(nato, value):
    path = nato / "relations.csv"
    path.write_text(path.read_text(encoding="utf-8")
                    + f'USA,TUR,military_base,"{value}",1950-01-01,year,,,nato-founding-treaty\n', encoding="utf-8")
    assert messages(nato) == [f"D/relations.csv:2: directed: {value!r} is not a valid boolean (true or false)"]


def test_pattern_matches_the_whole_cell(nato):
    """A Python ``$`` also matches before a final newline: 'CAN\\n' is not an ISO3 code."""
    edit(nato / "event_participants.csv", "nato-1949-signing,CAN,", 'nato-1949-signing,"CAN\n",')
    assert messages(nato) == ["D/event_participants.csv:2: state: 'CAN\\n' does not match the pattern ^[A-Z]{3}$"]


def test_held_event_after_coverage_end(nato):
    """Only a directory whose datapackage.json states coverage has an end to be after."""
    import json

    from csto.schema import read_schema
    schema = read_schema(nato)
    schema["coverage"] = {"start": "1949-04-04", "end": "2026-11-30"}
    (nato / "datapackage.json").write_text(json.dumps(schema), encoding="utf-8")
    path = nato / "events.csv"
    path.write_text(path.read_text(encoding="utf-8")
                    + "nato-2050-summit,NATO,summit,2050-01-01,day,,,A summit,USA,nato-founding-treaty\n", encoding="utf-8")
    assert messages(nato) == ["D/events.csv:3: start_date: '2050-01-01' is after the end of coverage 2026-11-30 "
                              "(datapackage.json) but status is empty (a held event); an event still to come has "
                              "status announced"]
    edit(path, "location,source_ids\n", "location,status,source_ids\n")
    edit(path, "Washington,USA,nato", "Washington,USA,,nato")
    edit(path, "A summit,USA,nato", "A summit,USA,announced,nato")
    assert messages(nato) == []


def test_assistance_id_is_the_key_where_the_file_has_it(nato):
    header = "assistance_id," + ASSISTANCE
    row = ROW.format(q=100, lo="", hi="", unit="personnel")
    (nato / "appeals.csv").write_text(APPEALS + APPEAL, encoding="utf-8")
    (nato / "assistance.csv").write_text(header + "USA-2001-09-d01," + row
                                         + "USA-2001-09-d01," + row.replace("CAN", "GBR"), encoding="utf-8")
    assert messages(nato) == ["D/assistance.csv:3: assistance_id: duplicate key (same as line 2)"]
    (nato / "assistance.csv").write_text(header + "," + row, encoding="utf-8")
    assert messages(nato) == ["D/assistance.csv:2: assistance_id: key is empty (every row needs one)"]


EVIDENCE = "table,row,field,source_id,quote\n"


@pytest.mark.parametrize("line, message", [
    ("memberships,NATO|CAN|member|1949-04-04,start_date,nato-founding-treaty,signed at Washington", None),
    ("events,nato-1949-signing,row,nato-founding-treaty,Done at Washington", None),
    ("states,CAN,row,cow-states,Canada 20", None),
    ("memberships,NATO|CAN|member|1949-04-05,start_date,nato-founding-treaty,x",
     "row: 'NATO|CAN|member|1949-04-05' is not a row of memberships.csv (key organization|state|status|start_date)"),
    ("events,nato-1949-signing,venue,nato-founding-treaty,x",
     "field: 'venue' is not a column of events.csv (nor 'row', the row as a whole)"),
    ("events,nato-1949-signing,row,cow-states,x",
     "source_id: 'cow-states' is not one of the sources that row cites (nato-founding-treaty)"),
    ("events,nato-1949-signing,row,no-such-source,x",
     "source_id: 'no-such-source' not found in sources.csv column source_id"),
    ("treaties,x,row,cow-states,x", "table: 'treaties' is not one of: organizations, states, memberships, events, "
     "event_participants, appeals, assistance, relations, personnel, event_sizes, un_votes, sources"),
    ("events,nato-1949-signing,row,nato-founding-treaty," + "x" * 401,
     "quote: is 401 characters long, more than the limit of 400"),
    ('events,nato-1949-signing,row,nato-founding-treaty," "', "quote: is only whitespace"),
    ("events,nato-1949-signing,row,nato-founding-treaty,", "quote: is required but empty"),
])
def test_evidence_points_at_a_row_a_column_and_a_source_the_row_cites(nato, line, message):
    (nato / "evidence.csv").write_text(EVIDENCE + line + "\n", encoding="utf-8")
    assert messages(nato) == ([] if message is None else [f"D/evidence.csv:2: {message}"])


def test_evidence_duplicate_quote_key(nato):
    line = "events,nato-1949-signing,row,nato-founding-treaty,Done at Washington\n"
    (nato / "evidence.csv").write_text(EVIDENCE + line + line, encoding="utf-8")
    assert messages(nato) == ["D/evidence.csv:3: table,row,field,source_id: duplicate key (same as line 2)"]


def test_evidence_for_a_table_without_its_key_column(nato):
    """The fixture's assistance.csv has no assistance_id (the contract does not ask for it): not quotable."""
    _assistance(nato, ROW.format(q=100, lo="", hi="", unit="personnel"))
    (nato / "evidence.csv").write_text(EVIDENCE + "assistance,x,row,nato-founding-treaty,x\n", encoding="utf-8")
    assert messages(nato) == ["D/evidence.csv:2: table: 'assistance' has no primary key in this directory, so its rows "
                              "cannot be quoted"]
