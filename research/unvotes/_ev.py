"""Helper: cut verbatim evidence windows out of the record files (so quotes are exact substrings of what was read).
Usage from python: from _ev import win; win(source_id, start, end) -> text from `start` through `end`."""
import glob, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
def blocks():
    out = {}
    for p in glob.glob(os.path.join(HERE, "records", "*.txt")):
        txt = open(p, encoding="utf-8").read()
        for b in re.split(r"\n-{4,}\n", txt):
            m = re.search(r"^source_id: (\S+)\n", b, re.M)
            if m:
                out.setdefault(m.group(1), "")
                out[m.group(1)] += b[m.end():]
    return out
B = None
def win(sid, start, end=None):
    global B
    if B is None: B = blocks()
    t = B[sid]
    i = t.index(start)
    if end is None:
        s = start
    else:
        j = t.index(end, i)
        s = t[i:j+len(end)]
    assert len(s) <= 400, (sid, len(s), s[:80])
    return s
def nb(sid, needle, k=1, occurrence=0):
    """the line holding `needle` plus k lines either side (verbatim)"""
    global B
    if B is None: B = blocks()
    lines = B[sid].split("\n")
    hits = [i for i, l in enumerate(lines) if needle in l]
    i = hits[occurrence]
    s = "\n".join(lines[max(0, i-k): i+k+1])
    assert len(s) <= 400
    return s
