import csv, os, sys
RC=['source','target','relation','directed','start_date','start_precision','end_date','end_precision','label','weight','source_ids','notes']
SC=['source_id','title','publisher','published','published_precision','url','copy_url','accessed','source_type','notes']
D=os.path.dirname(os.path.abspath(__file__))
def _app(fn,cols,row):
    p=os.path.join(D,fn); new=not os.path.exists(p)
    with open(p,'a',newline='') as f:
        w=csv.DictWriter(f,fieldnames=cols)
        if new: w.writeheader()
        w.writerow({k:row.get(k,'') for k in cols})
def src(**k):
    k.setdefault('accessed','2026-11-30'); assert k['source_id'].startswith('re2_'); _app('sources.csv',SC,k)
def rel(**k):
    k.setdefault('directed','true' if k['relation'] in ('military_base','military_facility','mission_contribution','conflict_support') else 'false')
    if k['directed']=='false': assert k['source']<k['target'],k
    _app('relations.csv',RC,k)
