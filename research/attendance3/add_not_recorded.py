"""Add the `not_recorded` attendance rows of issue #21 to data/event_participants.csv and their quotes to
research/evidence/not-recorded.csv (then run research/evidence/merge.py). Rerunnable: rows already present are
not added twice. Run from the repository root: .venv/bin/python research/attendance3/add_not_recorded.py"""

import csv
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEARCHED = "Searched twice without result (research/attendance/, research/attendance2/)."
ROWS = [
    ("ev_19950210_summit_kaz", "AZE", "ses_cntd_1995_concept",
     "A member on the day. The decision's signature block as read has no Azerbaijani signature, and no source read "
     "places President Aliyev or a representative at the session or reports him absent. " + SEARCHED),
    *[("ev_19990402_summit_rus", state, "att_kremlin_csto_reference",
       f"A member on the day; {name} did not sign the prolongation protocol adopted at the session, and no source read "
       "says whether its president or a representative sat in the Council session (its leaders were in Moscow for "
       "the CIS summit held alongside). Not signing is not coded as absence. " + SEARCHED)
      for state, name in (("AZE", "Azerbaijan"), ("GEO", "Georgia"), ("UZB", "Uzbekistan"))],
    ("ev_20081219_summit_kaz", "UZB", "ses_president_am_2008_borovoe",
     "A member on the day. The same-day report of the Armenian presidency names the presidents present and not "
     "Uzbekistan's; two reports written before the meeting say Karimov declined the invitation (research/attendance2/), "
     "but no report after it says he stayed away, so the row is not coded absent. " + SEARCHED),
    *[("ev_20100508_summit_rus", state, "att2_ria_2010_gorki_cis",
       f"A member on the day. A same-day report places {name} at the informal CIS summit that followed the CSTO "
       "meeting at Gorki; no source read says whether he sat in the CSTO meeting itself, so presence at the CIS "
       "meeting is not taken as attendance. " + SEARCHED)
      for state, name in (("ARM", "President Sargsyan"), ("KAZ", "President Nazarbayev"), ("TJK", "President Rahmon"))],
    *[("ev_20120515_summit_rus", state, "src_reuters_2012_putin_praised",
       "A member on the day. The report after the meeting does not separate the CSTO session from the CIS meeting "
       "held the same day, and the other sources found are previews; no source read places the state's leader at "
       "the CSTO session or reports an absence. " + SEARCHED)
      for state in ("ARM", "BLR", "KAZ", "KGZ", "TJK")],
]
QUOTES = {  # verbatim passages already in data/evidence.csv for these sources, re-used for the new rows
    "att_kremlin_csto_reference": "On April 2, 1999, the presidents of Armenia, Belarus, Kazakhstan, Kyrgyzstan, "
    "Russia, and Tajikistan signed a protocol to extend the treaty for further five years. However, Azerbaijan, "
    "Georgia, and Uzbekistan declined the treaty extension.",
    "ses_president_am_2008_borovoe": "The summit, which is attended by the Presidents of Armenia, the Russian "
    "Federation, Kazakhstan, Tajikistan, and Kyrgyzstan, is held at the Shuchini-Borovi winter resort near "
    "Kokchetau town.",
    "att2_ria_2010_gorki_cis": "The summit is attended by Russian President Dmitry Medvedev, Armenian President Serzh "
    "Sargsyan, Belarusian President Alexander Lukashenko, Kazakh President Nursultan Nazarbayev, [...] Tajik President "
    "Emomali Rakhmon, Uzbek Prime Minister Shavkat Mirzieyev and CIS Executive Committee Chairman Sergei Lebedev.",
    "src_reuters_2012_putin_praised": "At meetings of the Commonwealth of Independent States and Collective Security "
    "Treaty Organisation, two organisations that group much of former the USSR, Putin hosted his first major event "
    "as president, taking advice from some of the longest serving autocrats of the post-Soviet world.",
}


def main() -> None:
    path = ROOT / "data" / "event_participants.csv"
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        columns, rows = reader.fieldnames, list(reader)
    have = {(r["event_id"], r["state"], r["role"]) for r in rows}
    for event_id, state, source, notes in ROWS:
        if (event_id, state, "not_recorded") in have:
            continue
        last = max(i for i, r in enumerate(rows) if r["event_id"] == event_id)
        rows.insert(last + 1, {"event_id": event_id, "state": state, "role": "not_recorded", "source_ids": source,
                               "notes": notes})
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")

    existing = {}
    with (ROOT / "data" / "evidence.csv").open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            existing.setdefault(r["source_id"], set()).add(r["quote"])
    batch = []
    for event_id, state, source, _ in ROWS:
        if source not in QUOTES:
            continue
        assert QUOTES[source] in existing.get(source, set()), source  # verbatim as already checked
        batch.append({"table": "event_participants", "row": f"{event_id}|{state}|not_recorded", "field": "row",
                      "source_id": source, "quote": QUOTES[source], "quote_en": "",
                      "notes": "Re-used: the same passage as the session's other rows; shows what the source says "
                               "and that it does not settle this state's attendance."})
    out = io.StringIO()
    writer = csv.DictWriter(out, ["table", "row", "field", "source_id", "quote", "quote_en", "notes"],
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(batch)
    (ROOT / "research" / "evidence" / "not-recorded.csv").write_text(out.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main()
