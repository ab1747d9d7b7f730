"""Writes the CSV files of this folder from the rows below (helper; can be deleted after the merge)."""
import csv, os
HERE = os.path.dirname(os.path.abspath(__file__))
EV_COLS = open(os.path.join(HERE, '..', '..', 'data', 'events.csv'), encoding='utf-8').readline().strip().split(',')
ACC = '2026-12-04'

SOURCES = []   # dicts
EVENTS = []
PARTS = []
SIZES = []
EVID = []

def src(source_id, title, publisher, published, prec, url, copy_url, stype, notes=''):
    SOURCES.append(dict(source_id=source_id, title=title, publisher=publisher, published=published,
                        published_precision=prec, url=url, copy_url=copy_url, accessed=ACC,
                        source_type=stype, notes=notes))

def ev(**kw):
    row = {c: '' for c in EV_COLS}
    row.update(kw)
    EVENTS.append(row)

def part(event_id, state, role, source_ids, notes=''):
    PARTS.append(dict(event_id=event_id, state=state, role=role, source_ids=source_ids, notes=notes))

def size(event_id, personnel, basis, equipment, source_ids, quote, quote_en, notes=''):
    assert len(quote) <= 400, (event_id, len(quote))
    SIZES.append(dict(event_id=event_id, personnel=personnel, personnel_basis=basis, equipment=equipment,
                      source_ids=source_ids, quote=quote, quote_en=quote_en, notes=notes))

def evid(table, row, field, source_id, quote, quote_en='', notes=''):
    assert len(quote) <= 400, (row, len(quote))
    EVID.append(dict(table=table, row=row, field=field, source_id=source_id, quote=quote, quote_en=quote_en, notes=notes))

DATA_URL = {}
for r in csv.DictReader(open(os.path.join(HERE, '..', '..', 'data', 'sources.csv'), encoding='utf-8')):
    for u in (r['url'], r['copy_url']):
        if u: DATA_URL.setdefault(u.rstrip('/'), r['source_id'])

def S(new_id, title, publisher, published, prec, url, copy_url, stype, notes=''):
    """Return the data/ source id for this url if it exists, else register a new ex21_ source."""
    for u in (url, copy_url):
        if u and u.rstrip('/') in DATA_URL:
            return DATA_URL[u.rstrip('/')]
    assert new_id != 'x', ('url not in data/sources.csv', url)
    if new_id not in [x['source_id'] for x in SOURCES]:
        src(new_id, title, publisher, published, prec, url, copy_url, stype, notes)
    return new_id

exec(open(os.path.join(HERE, 'rows_a.py'), encoding='utf-8').read())
exec(open(os.path.join(HERE, 'rows_b.py'), encoding='utf-8').read())

def write(name, cols, rows):
    with open(os.path.join(HERE, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow(r)

write('events.csv', EV_COLS, EVENTS)
write('event_participants.csv', ['event_id', 'state', 'role', 'source_ids', 'notes'], PARTS)
write('sizes.csv', ['event_id', 'personnel', 'personnel_basis', 'equipment', 'source_ids', 'quote', 'quote_en', 'notes'], SIZES)
write('evidence.csv', ['table', 'row', 'field', 'source_id', 'quote', 'quote_en', 'notes'], EVID)
write('sources.csv', ['source_id', 'title', 'publisher', 'published', 'published_precision', 'url', 'copy_url', 'accessed', 'source_type', 'notes'], SOURCES)

# checks
ids = [s['source_id'] for s in SOURCES]
assert len(ids) == len(set(ids)), 'duplicate source ids'
data_ids = {r['source_id'] for r in csv.DictReader(open(os.path.join(HERE, '..', '..', 'data', 'sources.csv'), encoding='utf-8'))}
data_ev = {r['event_id'] for r in csv.DictReader(open(os.path.join(HERE, '..', '..', 'data', 'events.csv'), encoding='utf-8'))}
known = set(ids) | data_ids
used = set()
for rows in (EVENTS, PARTS, SIZES):
    for r in rows:
        for s in r['source_ids'].split(';'):
            assert s in known, ('unknown source', s)
            used.add(s)
for r in EVID:
    assert r['source_id'] in known, r
    used.add(r['source_id'])
for s in ids:
    if s not in used: print('unused source', s)
for r in SIZES:
    assert r['event_id'] in data_ev or r['event_id'] in {e['event_id'] for e in EVENTS}, r['event_id']
for e in EVENTS:
    assert e['event_id'] not in data_ev, e['event_id']
print(len(EVENTS), 'events', len(PARTS), 'participants', len(SIZES), 'sizes', len(EVID), 'evidence', len(SOURCES), 'sources')
