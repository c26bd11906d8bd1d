#!/usr/bin/env bash
# Execute every notebook in place, deterministically (no timing metadata), from notebooks/.
set -euo pipefail
cd "$(dirname "$0")/../notebooks"
export MEDIAKIT_DATA="${MEDIAKIT_DATA:-$(cd ../.. && pwd)/shared/datasets}"
for nb in "${@:-[0-9]*.ipynb}"; do
  for f in $nb; do
    python3 -m uv run --locked jupyter nbconvert --to notebook --execute --inplace \
      --ExecutePreprocessor.record_timing=False --ExecutePreprocessor.timeout=600 "$f"
  done
done
