#!/usr/bin/env bash
# Acceptance scoring: the release binary against the shared seeds and our own corpus.
set -euo pipefail
shared="${1:-../shared}"
bin=.build/release/eventmap
echo "acceptance: nothing scored yet (extraction not built)"
