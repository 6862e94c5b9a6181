#!/usr/bin/env bash
# Installs the system packages eventmap needs, only those that are missing.
#   scripts/deps.sh            build + run: PROJ and pkg-config
#   scripts/deps.sh test       plus what the tests use: cs2cs, ogrinfo, rsvg-convert, xmllint
set -euo pipefail
want=(libproj-dev pkg-config proj-data)
if [ "${1:-}" = test ] || [ "${1:-}" = bench ]; then
  want+=(proj-bin gdal-bin librsvg2-bin libxml2-utils python3)
fi
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "deps: installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "${1:-}" = bench ]; then
  python3 -c "import geotext" 2>/dev/null || python3 -m pip install -q geotext
fi
exit 0
