#!/usr/bin/env bash
# Regenerates Tests/ProjectionTests/Fixtures/: the expected projected coordinates of known Syrian
# places, computed by PROJ's own command-line tool cs2cs, plus the CRS definitions as WKT and PROJJSON.
#
#   scripts/make-projection-fixture.sh [REFERENCE_TSV]
#
# REFERENCE_TSV defaults to ../shared/reference/syria-places.tsv (columns: name ... lat lon at 6 and 7).
# For each place the exact commands are (cs2cs reads EPSG:4326 in its official axis order, lat then lon;
# EPSG:22770, EPSG:32637 and EPSG:3857 all write easting then northing):
#
#   echo "LAT LON" | cs2cs -f %.6f EPSG:4326 EPSG:22770
#   echo "LAT LON" | cs2cs -f %.6f EPSG:4326 EPSG:32637
#   echo "LAT LON" | cs2cs -f %.6f EPSG:4326 EPSG:3857
#   echo "E22770 N22770" | cs2cs -f %.6f EPSG:22770 EPSG:32637   (projected to projected, from column 4-5)
#   echo "E22770 N22770" | cs2cs -f %.10f -I EPSG:4326 EPSG:22770  (the way back: lat lon, full precision)
#
# and the definitions come from `projinfo -q EPSG:22770 -o WKT2_2019` and `-o PROJJSON`.
set -euo pipefail
cd "$(dirname "$0")/.."
ref="${1:-../shared/reference/syria-places.tsv}"
out=Tests/ProjectionTests/Fixtures
mkdir -p "$out"

places=(
  "Aleppo" "Damascus" "Deir ez-Zor" "Qamishli" "Daraa" "Latakia" "Palmyra" "Albu Kamal" "Homs" "Hama"
  "Idlib" "Raqqa" "Al-Hasakah" "Tartus" "Suwayda" "Quneitra" "Manbij" "Kobani" "Afrin" "Douma"
  "Khan Shaykhun" "Maarat al-Numan" "Jisr al-Shughur" "Azaz" "Mayadin" "Tal Abyad" "Ras al-Ain"
  "Jableh" "Baniyas" "Al-Malikiyah"
)

project() {  # $1 source CRS, $2 target CRS; stdin "lat lon" or "e n" lines; stdout "easting<TAB>northing"
  cs2cs -f %.6f "$1" "$2" | awk '{print $1 "\t" $2}'
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: > "$tmp/names"
: > "$tmp/latlon"
for name in "${places[@]}"; do
  row=$(awk -F'\t' -v n="$name" '$1 == n && $4 != "governorate" {print $6 "\t" $7; exit}' "$ref")
  if [ -z "$row" ]; then echo "make-projection-fixture: $name not found in $ref" >&2; exit 1; fi
  printf '%s\n' "$name" >> "$tmp/names"
  printf '%s\n' "$row" >> "$tmp/latlon"
done
project EPSG:4326 EPSG:22770 < "$tmp/latlon" > "$tmp/22770"
project EPSG:4326 EPSG:32637 < "$tmp/latlon" > "$tmp/32637"
project EPSG:4326 EPSG:3857 < "$tmp/latlon" > "$tmp/3857"
project EPSG:22770 EPSG:32637 < "$tmp/22770" > "$tmp/22770-32637"
cs2cs -f %.10f EPSG:4326 EPSG:22770 < "$tmp/latlon" | cs2cs -f %.10f -I EPSG:4326 EPSG:22770 \
  | awk '{print $1 "\t" $2}' > "$tmp/back"

{
  echo "# Expected coordinates of known places, written by scripts/make-projection-fixture.sh with cs2cs (PROJ $(cs2cs 2>&1 | head -1 | tr -s ' ' | cut -c1-40))."
  echo "# Columns eCODE nCODE: echo \"lat lon\" | cs2cs -f %.6f EPSG:4326 EPSG:CODE  (metres, easting then northing)"
  echo "# Columns e22770to32637 n22770to32637: echo \"e22770 n22770\" | cs2cs -f %.6f EPSG:22770 EPSG:32637"
  echo "# Columns latBack lonBack: echo \"lat lon\" | cs2cs -f %.10f EPSG:4326 EPSG:22770 | cs2cs -f %.10f -I EPSG:4326 EPSG:22770"
  printf 'name\tlat\tlon\te22770\tn22770\te32637\tn32637\te3857\tn3857\te22770to32637\tn22770to32637\tlatBack\tlonBack\n'
  paste "$tmp/names" "$tmp/latlon" "$tmp/22770" "$tmp/32637" "$tmp/3857" "$tmp/22770-32637" "$tmp/back"
} > "$out/places-cs2cs.tsv"

projinfo -q EPSG:22770 -o WKT2_2019 > "$out/EPSG-22770.wkt"
projinfo -q EPSG:22770 -o PROJJSON > "$out/EPSG-22770.json"
echo "make-projection-fixture: wrote $out/places-cs2cs.tsv ($(wc -l < "$tmp/names") places), EPSG-22770.wkt, EPSG-22770.json"
