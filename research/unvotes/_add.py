"""Append rows to the unvotes CSVs (helper used while researching; rows passed as JSON on stdin).
Input: {"sources":[{...}], "votes":[[res,date,state,vote,source_ids,notes],...], "evidence":[[res,state,source_id,quote,notes],...]}"""
import csv, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
COLS = {
 "sources.csv": "source_id,title,publisher,published,published_precision,url,copy_url,accessed,source_type,notes".split(","),
 "votes.csv": "resolution,date,state,vote,source_ids,notes".split(","),
 "evidence.csv": "resolution,state,source_id,quote,notes".split(","),
}
def append(name, rows):
    p = os.path.join(HERE, name)
    new = not os.path.exists(p)
    with open(p, "a", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        if new: w.writerow(COLS[name])
        for r in rows:
            if isinstance(r, dict):
                r = [r.get(c, "") for c in COLS[name]]
            assert len(r) == len(COLS[name]), r
            w.writerow(r)
def add(d):
    for s in d.get("sources", []):
        s.setdefault("accessed", "2026-12-04")
    for e in d.get("evidence", []):
        assert len(e[3]) <= 400, (e[1], len(e[3]))
    append("sources.csv", d.get("sources", []))
    append("votes.csv", d.get("votes", []))
    append("evidence.csv", d.get("evidence", []))
if __name__ == "__main__":
    add(json.load(sys.stdin))
