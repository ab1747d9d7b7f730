"""Merge duplicate (resolution, state) rows in votes.csv (union of source_ids, joined notes); fail on conflicting votes."""
import csv, os
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "votes.csv")
rows = list(csv.reader(open(p, encoding="utf-8")))
out = [rows[0]]; seen = {}
for r in rows[1:]:
    k = (r[0], r[2])
    if k in seen:
        o = seen[k]
        if o[3] != r[3]:
            raise SystemExit(f"conflict {k}: {o[3]} vs {r[3]}")
        for s in r[4].split(";"):
            if s not in o[4].split(";"): o[4] += ";" + s
        if r[5] and r[5] not in o[5]: o[5] = (o[5] + " | " + r[5]).strip(" |")
    else:
        seen[k] = r; out.append(r)
csv.writer(open(p, "w", newline="", encoding="utf-8")).writerows(out)
print(len(out) - 1, "vote rows")
