#!/usr/bin/env bash
# Acceptance scoring: the release binary against the shared seeds and our own corpus.
#
#   scripts/acceptance.sh [SHARED]      SHARED defaults to ../shared
#
# For the seeds (SHARED/seeds with SHARED/eval/score.py) and for Examples/ (gold in
# Tests/Acceptance/examples-gold.json): `eventmap extract` scored with `score.py events --days 0`
# and `eventmap places` scored with `score.py places`. Exits non-zero when a score is under
# its floor: the issue's (events recall 0.90, precision 0.85; places 0.95) for both corpora.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:-../shared}"
bin=${EVENTMAP_BIN:-.build/release/eventmap}
[ -x "$bin" ] || { echo "acceptance: $bin not built (run: swift build -c release --product eventmap)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0

# score NAME GOLD INPUT [EXTRACT ARGS...] with the floors in EV_* and PL_* variables
score() {
  local name=$1 gold=$2; shift 2
  echo "acceptance: $name"
  # exit status 1 means some inputs were skipped (named on stderr); that is part of the corpus
  "$bin" extract "$@" -o "$tmp/$name.geojson" 2> "$tmp/$name.extract.err" || [ $? -eq 1 ] || { cat "$tmp/$name.extract.err" >&2; failed=1; return; }
  "$bin" places "$@" --format json -o "$tmp/$name.places.json" 2> "$tmp/$name.places.err" || [ $? -eq 1 ] || { cat "$tmp/$name.places.err" >&2; failed=1; return; }
  python3 "$shared/eval/score.py" events --gold "$gold" --pred "$tmp/$name.geojson" --days 0 \
      --min-recall "$EV_RECALL" --min-precision "$EV_PRECISION" | tail -1 || { echo "acceptance: $name events under the floors (recall $EV_RECALL, precision $EV_PRECISION)"; failed=1; }
  python3 "$shared/eval/score.py" places --gold "$gold" --pred "$tmp/$name.places.json" \
      --min-recall "$PL_RECALL" --min-accuracy "$PL_ACCURACY" --min-precision "$PL_PRECISION" | tail -1 || { echo "acceptance: $name places under the floors"; failed=1; }
}

if [ -d "$shared/seeds" ] && [ -f "$shared/eval/score.py" ]; then
  EV_RECALL=0.90 EV_PRECISION=0.85 PL_RECALL=0.95 PL_ACCURACY=0.95 PL_PRECISION=0.95 \
    score seeds "$shared/seeds/gold.json" "$shared/seeds" --manifest "$shared/seeds/manifest.csv"
  if [ -f Tests/Acceptance/examples-gold.json ]; then
    # our own corpus, at the same floors as the seeds
    EV_RECALL=${EXAMPLES_EV_RECALL:-0.90} EV_PRECISION=${EXAMPLES_EV_PRECISION:-0.85} \
    PL_RECALL=0.95 PL_ACCURACY=0.95 PL_PRECISION=0.95 \
      score examples Tests/Acceptance/examples-gold.json Examples
  else
    echo "acceptance: Tests/Acceptance/examples-gold.json not found; our own corpus not scored"
  fi
  # held-out sets written apart from the tuning (Tests/Acceptance/README-gold.md): floors a little
  # under the scores they had when they were added, so that a change that loses ground fails
  for h in 1:0.90:0.95 2:0.65:0.62 3:0.79:0.85 4:0.85:0.82 5:0.78:0.82 6:0.55:0.62 7:0.68:0.70; do
    IFS=: read -r n rec prec <<< "$h"
    dir=Tests/Acceptance/heldout-$n
    [ -f "$dir/gold.json" ] || continue
    EV_RECALL=$rec EV_PRECISION=$prec PL_RECALL=0.95 PL_ACCURACY=0.95 PL_PRECISION=0.95 \
      score "heldout-$n" "$dir/gold.json" "$dir/articles"
  done
else
  echo "acceptance: shared folder '$shared' (seeds, eval/score.py) does not exist; nothing scored"
  echo "acceptance: pass the path of the shared folder: scripts/acceptance.sh /path/to/shared"
  exit 0
fi
[ "$failed" -eq 0 ] && echo "acceptance: all scores at or above their floors" || echo "acceptance: FAILED"
exit "$failed"
