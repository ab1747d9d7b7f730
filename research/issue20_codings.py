"""Issue #20: the codings added to appeals.csv, assistance.csv and the crisis rows of events.csv, in one place.

Each value rests on the row's own cited sources and notes (quotes in research/evidence/csto-core-NOTES.md,
section "Issue 20"); the rules are in the codebook (data/README.md, "What counts as an appeal" and
"Assistance"). Rerunnable: it sets the columns (inserted in datapackage.json's order) and leaves the rest of each
row as it is. Run from the repository root: .venv/bin/python research/issue20_codings.py
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

APPEALS = {  # appeal_id: (treaty_in_force, addressee, threat, article_invoked)
    "ARM-1992-06": ("false", "treaty_parties", "other", "none"),  # the June 1992 offensive was in Karabakh
    "ARM-1992-08": ("false", "treaty_parties", "external_attack", "none"),
    "KGZ-1999-08": ("true", "russia", "external_attack", "none"),
    "KGZ-2010-06": ("true", "russia", "internal_unrest", "none"),
    "ARM-2021-05": ("true", "organization", "external_attack", "article_2"),
    "TJK-2021-07": ("true", "organization", "other", "other_instrument"),
    "KAZ-2022-01": ("true", "organization", "internal_unrest", "article_4"),
    "ARM-2022-09": ("true", "organization", "external_attack", "article_4"),
    "KGZ-2022-10": ("true", "organization", "member_clash", "none"),
}

# assistance_id: (delivery_channel, content_match, match_reason); requested rows have no match.
ASSISTANCE = {
    "ARM-1992-06-r01": ("collective", "", ""),
    "ARM-1992-08-r01": ("collective", "", ""),
    "ARM-1992-08-r02": ("collective", "", ""),
    "ARM-2021-05-r01": ("collective", "", ""),
    "ARM-2021-05-r02": ("collective", "", ""),
    "ARM-2021-05-d01": ("collective", "partly", "The foreign ministers discussed the border, as Article 2 consultations; they issued no joint statement in support of Armenia."),
    "ARM-2021-05-d02": ("collective", "not_met", "A call for political-diplomatic measures and border demarcation, not measures to remove Azerbaijani troops; Pashinyan called the response 'zero'."),
    "ARM-2022-09-r01": ("collective", "", ""),
    "ARM-2022-09-r02": ("collective", "", ""),
    "ARM-2022-09-d01": ("collective", "not_met", "Sessions held, but no assessment of the attack and no military help; members 'effectively declined' the request (Azatutyun)."),
    "ARM-2022-09-d02": ("collective", "not_met", "Reviewed the mission report and asked for a draft decision that was never adopted."),
    "ARM-2022-09-d03": ("collective", "not_met", "A fact-finding mission in place of the military help and political assessment asked for."),
    "ARM-2022-09-d04": ("collective", "not_met", "A fact-finding mission in place of the military help and political assessment asked for."),
    "ARM-2022-09-d05": ("collective", "not_met", "Backed settlement by political means only; did not name Azerbaijan's attack (Armenia asked for a clear assessment of aggression)."),
    "KAZ-2022-01-r01": ("collective", "", ""),
    "KAZ-2022-01-d01": ("collective", "met", "The Council reviewed the operation it had been asked for."),
    "KAZ-2022-01-d02": ("collective", "met", "Equipment of the contingent that was asked for."),
    "KAZ-2022-01-d03": ("collective", "met", "Equipment of the contingent that was asked for."),
    "KAZ-2022-01-d04": ("collective", "met", "Airlift of the contingent that was asked for."),
    "KAZ-2022-01-d05": ("collective", "met", "The peacekeeping contingent asked for arrived within a day."),
    "KAZ-2022-01-d06": ("collective", "met", "Part of the peacekeeping contingent asked for."),
    "KAZ-2022-01-d07": ("collective", "met", "Part of the peacekeeping contingent asked for."),
    "KAZ-2022-01-d08": ("collective", "met", "Part of the peacekeeping contingent asked for."),
    "KAZ-2022-01-d09": ("collective", "met", "Part of the peacekeeping contingent asked for."),
    "KAZ-2022-01-d10": ("collective", "met", "Part of the peacekeeping contingent asked for."),
    "KGZ-1999-08-r01": ("bilateral_member", "", ""),
    "KGZ-1999-08-r02": ("bilateral_member", "", ""),
    "KGZ-1999-08-d01": ("cis", "partly", "A CIS defence ministers' meeting on the crisis; the request was for arms and air support."),
    "KGZ-1999-08-d02": ("collective", "partly", "A CST decision on arms, equipment and advisers (asked for) but no air support (also asked for); Jamestown says only Russia acted under it."),
    "KGZ-1999-08-d03": ("bilateral_member", "met", "Technical support of the kind asked for (unspecified)."),
    "KGZ-1999-08-d04": ("bilateral_member", "met", "Technical support of the kind asked for (unspecified); bilateral, outside any CIS framework (Jamestown)."),
    "KGZ-1999-08-d05": ("bilateral_member", "met", "Arms, ammunition, equipment and helicopters: the military support asked of Russia, without fighter-bombers."),
    "KGZ-1999-08-d06": ("bilateral_nonmember", "met", "Technical support of the kind asked for (unspecified), from Uzbekistan, outside the treaty since April 1999."),
    "KGZ-2010-06-r01": ("collective", "", ""),
    "KGZ-2010-06-r02": ("bilateral_member", "", ""),
    "KGZ-2010-06-d01": ("collective", "partly", "Consultations and a draft package after Moscow referred the request; no troops."),
    "KGZ-2010-06-d02": ("collective", "met", "Armoured vehicles and special means: the equipment asked for, under requests the CSTO leadership signed."),
    "KGZ-2010-06-d03": ("collective", "met", "Helicopters: the equipment asked for, lent under requests the CSTO leadership signed."),
    "KGZ-2010-06-d04": ("collective", "met", "Helicopters: the equipment asked for, lent under requests the CSTO leadership signed."),
    "KGZ-2010-06-d05": ("collective", "partly", "A working group to assess the situation and help law enforcement; not troops."),
    "KGZ-2010-06-d06": ("bilateral_member", "partly", "Humanitarian aid; the request was for troops and equipment."),
    "KGZ-2010-06-d07": ("bilateral_member", "partly", "Food, uniforms and bedding for the army; the request was for troops and equipment."),
    "KGZ-2022-10-r01": ("collective", "", ""),
    "TJK-2021-07-r01": ("collective", "", ""),
    "TJK-2021-07-d01": ("collective", "partly", "The joint session heard a draft border programme; no deliveries followed before January 2026."),
    "TJK-2021-07-d02": ("collective", "not_met", "Drills near the border, not the strengthening of border protection asked for."),
    "TJK-2021-07-d03": ("collective", "partly", "An assessment of needs on the border; no help delivered by it."),
    "TJK-2021-07-d04": ("collective", "not_met", "A pledge of help if the situation worsened, not help."),
}
CATEGORY = {"KGZ-2010-06-d07": "supplies"}  # food, uniforms and bedding are not military-technical aid

# Crisis events: (threat, help_asked_of); empty help_asked_of = the sources do not say.
CRISES = {
    "ev_19920612_crisis_aze": ("other", "treaty_parties"),
    "ev_19920801_crisis_arm": ("external_attack", "treaty_parties"),
    "ev_19960927_crisis_afg": ("other", ""),  # Tajikistan asked the UN to mediate, not the treaty partners
    "ev_20240322_crisis_rus": ("terrorism", ""),
    "ev_20240806_crisis_rus": ("external_attack", ""),  # no request to the CSTO; North Korean troops bilaterally
    "ev_19930713_crisis_tjk": ("external_attack", ""),
    "ev_19990801_crisis_kgz": ("external_attack", "russia"),
    "ev_20000801_crisis_kgz": ("external_attack", "russia"),
    "ev_20050324_crisis_kgz": ("internal_unrest", ""),
    "ev_20050513_crisis_uzb": ("internal_unrest", ""),
    "ev_20080808_crisis_geo": ("other", ""),
    "ev_20100407_crisis_kgz": ("internal_unrest", "none"),
    "ev_20100601_crisis_kgz": ("internal_unrest", "russia"),
    "ev_20100919_crisis_tjk": ("internal_unrest", "none"),
    "ev_20120724_crisis_tjk": ("internal_unrest", ""),
    "ev_20140401_crisis_ukr": ("other", ""),
    "ev_20160401_crisis_aze": ("other", ""),
    "ev_20200701_crisis_arm": ("external_attack", ""),
    "ev_20200809_crisis_blr": ("internal_unrest", "none"),
    "ev_20200901_crisis_aze": ("other", ""),
    "ev_20201005_crisis_kgz": ("internal_unrest", ""),
    "ev_20210428_crisis": ("member_clash", ""),
    "ev_20210501_crisis_arm": ("external_attack", "organization"),
    "ev_20210728_crisis_arm": ("external_attack", ""),
    "ev_20210815_crisis_afg": ("other", "organization"),
    "ev_20211116_crisis_arm": ("external_attack", "russia"),
    "ev_20220101_crisis_kaz": ("internal_unrest", "organization"),
    "ev_20220127_crisis": ("member_clash", ""),
    "ev_20220224_crisis_ukr": ("other", ""),
    "ev_20220516_crisis_tjk": ("internal_unrest", ""),
    "ev_20220701_crisis_uzb": ("internal_unrest", ""),
    "ev_20220913_crisis_arm": ("external_attack", "organization"),
    "ev_20220914_crisis": ("member_clash", "organization"),
    "ev_20230919_crisis_aze": ("other", "none"),
}


def _set(table: str, key: str, values: dict[str, dict[str, str]]) -> None:
    schema = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    order = [f["name"] for r in schema["resources"] if r["name"] == table for f in r["schema"]["fields"]]
    path = ROOT / "data" / f"{table}.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    new = {c for v in values.values() for c in v}
    header = [c for c in order if c in rows[0] or c in new]
    for row in rows:
        for c in new:
            row.setdefault(c, "")
        row.update(values.get(row[key], {}))
    out = io.StringIO()
    writer = csv.DictWriter(out, header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def main(events: bool = True) -> None:
    _set("appeals", "appeal_id", {k: dict(zip(("treaty_in_force", "addressee", "threat", "article_invoked"), v))
                                   for k, v in APPEALS.items()})
    _set("assistance", "assistance_id",
         {k: {**dict(zip(("delivery_channel", "content_match", "match_reason"), v)),
              **({"category": CATEGORY[k]} if k in CATEGORY else {})} for k, v in ASSISTANCE.items()})
    if events:
        _set("events", "event_id", {k: dict(zip(("threat", "help_asked_of"), v)) for k, v in CRISES.items()})


if __name__ == "__main__":
    import sys
    main(events="--no-events" not in sys.argv)
