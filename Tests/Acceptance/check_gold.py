#!/usr/bin/env python3
"""Check Tests/Acceptance/examples-gold.json against the corpus in Examples/.

  check_gold.py [--gold FILE] [--examples DIR] [--reference syria-places.tsv]

Every gold key must name an article (a .txt/.md basename or a JSONL id under Examples/), and every
article must have gold; event types and sub-types must be ACLED's (plus Displacement); dates ISO,
date_end not before date; coordinates inside Syria's box; Syrian coordinates, when the reference
table is given, equal to a row of it. Exits 1 with one line per problem.
"""
import argparse, csv, glob, json, os, re, sys
from datetime import date

TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Chemical weapon"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Disrupted weapons use", "Other", "Displacement"},
}
EVENT_KEYS = ["date", "date_end", "event_type", "sub_event_type", "place", "location", "lat", "lon", "admin1",
              "geo_precision", "fatalities", "note"]
TOPONYM_KEYS = ["mention", "canonical", "kind", "syrian", "admin1", "lat", "lon"]
CAPITAL = {"Damascus": "Damascus", "Rif Dimashq": "Damascus", "Aleppo": "Aleppo", "Homs": "Homs", "Hama": "Hama",
           "Latakia": "Latakia", "Tartus": "Tartus", "Idlib": "Idlib", "Daraa": "Daraa", "As-Suwayda": "Suwayda",
           "Quneitra": "Quneitra", "Deir ez-Zor": "Deir ez-Zor", "Ar-Raqqa": "Raqqa", "Al-Hasakah": "Al-Hasakah"}


def in_syria(lat, lon):
    return 32.3 <= lat <= 37.4 and 35.6 <= lon <= 42.4


def articles(root):
    """Map article key -> (text, published or None) for every article under root."""
    out = {}
    for path in glob.glob(os.path.join(root, "**", "*"), recursive=True):
        if path.endswith((".txt", ".md")):
            out[os.path.basename(path)] = open(path, encoding="utf-8").read()
        elif path.endswith(".jsonl"):
            for n, line in enumerate(open(path, encoding="utf-8"), 1):
                if line.strip():
                    rec = json.loads(line)
                    out[rec["id"]] = rec.get("title", "") + "\n" + rec["text"]
    return out


def iso(s):
    try:
        return date.fromisoformat(s) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s or "") else None
    except ValueError:
        return None


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=os.path.join(here, "examples-gold.json"))
    ap.add_argument("--examples", default=os.path.join(here, "..", "..", "Examples"))
    ap.add_argument("--reference", default=os.path.join(here, "..", "..", "..", "shared", "reference", "syria-places.tsv"))
    args = ap.parse_args()
    gold = json.load(open(args.gold, encoding="utf-8"))
    texts = articles(args.examples)
    points, capitals = set(), {}
    if os.path.exists(args.reference):
        for r in csv.DictReader(open(args.reference, encoding="utf-8"), delimiter="\t"):
            points.add((round(float(r["lat"]), 4), round(float(r["lon"]), 4)))
            if r["name"] in CAPITAL.values():
                capitals[r["name"]] = (round(float(r["lat"]), 4), round(float(r["lon"]), 4))
    bad = []
    for key in sorted(set(texts) - set(gold)):
        bad.append(f"{key}: article without gold")
    for key, art in gold.items():
        if key.startswith("_"):
            continue
        if key not in texts:
            bad.append(f"{key}: no such article")
            continue
        text = texts[key]
        if art["published"] is not None and not iso(art["published"]):
            bad.append(f"{key}: published {art['published']!r} is not ISO")
        if art["published"] is None and art["events"]:
            bad.append(f"{key}: undated article with events")
        for t in art["toponyms"]:
            if list(t) != TOPONYM_KEYS:
                bad.append(f"{key}: toponym keys {list(t)}")
            if t["mention"].lower() not in text.lower():
                bad.append(f"{key}: mention {t['mention']!r} not in the text")
            if t["lat"] is not None:
                if not t["syrian"] or not in_syria(t["lat"], t["lon"]):
                    bad.append(f"{key}: toponym {t['mention']!r} placed outside Syria or not Syrian")
                if points and (t["lat"], t["lon"]) not in points:
                    bad.append(f"{key}: toponym {t['mention']!r} at {t['lat']},{t['lon']}, not a reference point")
        for e in art["events"]:
            where = f"{key}: event {e.get('date')} {e.get('place')}"
            if list(e) != EVENT_KEYS:
                bad.append(f"{where}: keys {list(e)}")
            if e["sub_event_type"] not in TYPES.get(e["event_type"], ()):
                bad.append(f"{where}: {e['event_type']} / {e['sub_event_type']} is not an ACLED pair")
            start, end = iso(e["date"]), iso(e["date_end"]) if e["date_end"] else None
            if start is None or (e["date_end"] is not None and (end is None or end < start)):
                bad.append(f"{where}: bad dates {e['date']} .. {e['date_end']}")
            if art["published"] and start and start > date.fromisoformat(art["published"]):
                bad.append(f"{where}: after publication")
            if e["geo_precision"] not in (1, 2, 3):
                bad.append(f"{where}: geo_precision {e['geo_precision']}")
            if e["lat"] is not None:
                if not in_syria(e["lat"], e["lon"]):
                    bad.append(f"{where}: outside Syria")
                if points and (e["lat"], e["lon"]) not in points:
                    bad.append(f"{where}: {e['lat']},{e['lon']} is not a reference point")
            if e["place"].lower() not in text.lower():
                bad.append(f"{where}: place not in the text")
            if e["fatalities"] is not None and (not isinstance(e["fatalities"], int) or e["fatalities"] < 0):
                bad.append(f"{where}: fatalities {e['fatalities']!r}")
        # score.py keeps one prediction per (type, day, point within 1 km): two gold events that a
        # perfect extraction must put at one point (unknown places fall back to their governorate)
        # could never both be matched.
        seen = {}
        for e in art["events"]:
            point = (e["lat"], e["lon"]) if e["lat"] is not None else \
                capitals.get(CAPITAL.get(e["admin1"]), ("admin1", e["admin1"]))
            slot = (e["event_type"], e["date"], point)
            other = seen.setdefault(slot, e)
            if other is not e and (other["place"], other["date_end"]) != (e["place"], e["date_end"]) \
                    and (e["lat"] is None or other["place"] != e["place"]):
                bad.append(f"{key}: events at {other['place']!r} and {e['place']!r} ({e['event_type']}, "
                           f"{e['date']}) would share one point; the scorer can match only one")
    for line in bad:
        print(line)
    n = {k: v for k, v in gold.items() if not k.startswith("_")}
    years = sorted({v["published"][:4] for v in n.values() if v["published"]})
    print(f"gold: {len(n)} articles, {sum(len(v['events']) for v in n.values())} events, "
          f"{sum(len(v['toponyms']) for v in n.values())} toponyms, years {', '.join(years)}; "
          f"{len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
