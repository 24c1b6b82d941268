#!/usr/bin/env python3
"""Blind comparison of two attribution outputs, for a human judge.

Usage: attrib_blind_diff.py OLD.jsonl NEW.jsonl SEED N OUT.txt

OLD and NEW are `isnad analyze --jsonl` outputs of the same articles (two
binaries or two rule sets). For N changed articles drawn at random (SEED),
OUT.txt shows the attributions on which the two differ, with their sentences,
as A and B in an order drawn at random per article, so that the judge does
not know which is new; OUT.txt.key says which. Attributions are compared by
their texts (cue, speaker, kind, content) and flags (direct, nested), not by
their offsets."""
import json, sys, random
old = {}; new = {}
def key(d, a):
    t = d['text']; sp = a.get('speaker') or {}; c = a.get('content') or {}
    return (t[a['cue']['start']:a['cue']['end']], t[sp['start']:sp['end']] if sp else '-', sp.get('kind','-') if sp else '-',
            t[c['start']:c['end']] if c else '-', a.get('direct'), a.get('parent') is not None, a['cue']['start'])
def load(fn, store):
    for l in open(fn, encoding='utf-8'):
        d = json.loads(l); store[d['id']] = d
load(sys.argv[1], old); load(sys.argv[2], new)
changed = []
for i, d in new.items():
    o = old.get(i)
    if o is None: continue
    ko = set(key(o, a) for a in o.get('attributions', [])); kn = set(key(d, a) for a in d.get('attributions', []))
    if {k[:6] for k in ko} != {k[:6] for k in kn}: changed.append(i)
random.seed(int(sys.argv[3])); sample = random.sample(changed, min(int(sys.argv[4]), len(changed)))
key_out = []
with open(sys.argv[5], 'w', encoding='utf-8') as out:
    for n, i in enumerate(sample, 1):
        o, d = old[i], new[i]; t = d['text']
        ko = {key(o, a)[:6]: a for a in o.get('attributions', [])}; kn = {key(d, a)[:6]: a for a in d.get('attributions', [])}
        only_old = [k for k in ko if k not in kn]; only_new = [k for k in kn if k not in ko]
        flip = random.random() < 0.5
        A, B = (only_new, only_old) if flip else (only_old, only_new)
        key_out.append(f"{n}\t{i}\tA={'new' if flip else 'old'}")
        out.write(f"##### {n}. {i}\n")
        sents = d.get('sentences', [])
        for lab, ks, src in (('A', A, ko if not flip else kn), ('B', B, kn if not flip else ko)):
            for k in ks:
                a = src[k]; st = a['cue']['start']
                s = next((s for s in sents if s['start'] <= st < s['end']), None)
                out.write(f"[{lab}] cue={k[0]} | speaker={k[1]} ({k[2]}) | direct={k[4]} nested={k[5]}\n     content: {k[3][:220]}\n")
                if s: out.write(f"     sentence: {t[s['start']:s['end']][:400]}\n")
        out.write("\n")
open(sys.argv[5] + '.key', 'w').write('\n'.join(key_out) + '\n')
print(len(changed), 'changed')
