#!/usr/bin/env python3
"""Writes the PAGE FIXTURE for sana-2017-lavrov: the gold attributions of
../shared/data/attribution/dev.jsonl put in the shape of the analysis document
(../shared/specs/analysis-json.md), so that the page's rendering can be tested
before the attribution stage produces output. It is NOT isnad output, and is
used only by the page-rendering test (page_fixture.test.mjs).

The gold has no claims, techniques or non-speaking entities; a few hand-made
ones (marked in "fixture_note") are added so that every layer of the page is
exercised.

Usage: tests/e2e/make_page_fixture.py [shared_dir] > tests/e2e/fixtures/sana-2017-lavrov.page-fixture.json
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared")
gold = None
with open(os.path.join(shared, "data", "attribution", "dev.jsonl"), encoding="utf-8") as f:
    for line in f:
        rec = json.loads(line)
        if rec["id"] == "sana-2017-lavrov":
            gold = rec
            break
assert gold is not None, "sana-2017-lavrov not in dev.jsonl"
text = gold["text"]

TYPE = {"person": "PER", "organization": "ORG", "anonymous": "PER", "witness": "MISC",
        "media": "ORG", "group": "MISC", "document": "MISC", "unknown": "MISC"}
entities, entity_id = [], {}
for key, e in gold["entities"].items():
    mentions = [{"start": s, "end": t} for s, t in e["mentions"]]
    longest = max(e["mentions"], key=lambda m: m[1] - m[0])
    entity_id[key] = "E%d" % (len(entities) + 1)
    entities.append({"id": entity_id[key], "type": TYPE[e["kind"]], "name": text[longest[0]:longest[1]],
                     "mentions": mentions})


def find(s, start=0):
    i = text.index(s, start)
    return {"start": i, "end": i + len(s)}


# Hand-made: a place that speaks nowhere.
entities.append({"id": "E%d" % (len(entities) + 1), "type": "LOC", "name": "واشنطن",
                 "mentions": [find("واشنطن")]})

attributions = []
for k, a in enumerate(gold["attributions"]):
    speaker = None
    if a["speaker"]:
        speaker = {"start": a["speaker"][0], "end": a["speaker"][1],
                   "entity": entity_id.get(a.get("speaker_entity")), "kind": a["kind"]}
    attributions.append({
        "id": "A%d" % (k + 1),
        "cue": {"start": a["cue"][0], "end": a["cue"][1]},
        "speaker": speaker,
        "content": {"start": a["content"][0], "end": a["content"][1]} if a["content"] else None,
        "direct": a["direct"],
        "parent": None if a["parent"] is None else "A%d" % (a["parent"] + 1),
    })

own = find("وأصبحت العلاقة الوثيقة بين تنظيم داعش الارهابي والولايات المتحدة أمرا واقعا مثبتا ولا يشكل أي حرج لدى واشنطن")
first = gold["attributions"][0]
doc = {
    "id": "sana-2017-lavrov.page-fixture",
    "fixture_note": "PAGE FIXTURE made from the gold annotation by tests/e2e/make_page_fixture.py, not isnad "
                    "output; the LOC entity, the techniques and the claims are hand-made.",
    "text": text,
    "entities": entities,
    "attributions": attributions,
    "techniques": [dict(find("داعش الارهابي"), technique="Loaded_Language", score=0.9)],
    "claims": [
        {"start": first["cue"][0], "end": first["content"][1], "checkworthy": 0.8, "sourced": True},
        dict(own, checkworthy=0.9, sourced=False),
    ],
}
json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
sys.stdout.write("\n")
