#!/usr/bin/env bash
# Execute every notebook (or the ones named) in place, deterministically, from notebooks/.
# Same environment as the nbval run in conftest.py: no timing metadata, quiet matplotlib and
# debugger, the shared datasets. Build the cells first with tools/build_notebooks.py.
set -euo pipefail
cd "$(dirname "$0")/../notebooks"
export MEDIAKIT_DATA="${MEDIAKIT_DATA:-$(cd ../.. && pwd)/shared/datasets}"
export MPLCONFIGDIR="${MPLCONFIGDIR:-$(cd .. && pwd)/.pytest_mpl}"
export PYDEVD_DISABLE_FILE_VALIDATION=1
unset MPLBACKEND  # the notebooks select the inline backend themselves
for nb in "${@:-[0-9]*.ipynb}"; do
  for f in $nb; do
    python3 -m uv run --locked jupyter nbconvert --to notebook --execute --inplace \
      --ExecutePreprocessor.kernel_name=python3 \
      --ExecutePreprocessor.record_timing=False --ExecutePreprocessor.timeout=600 "$f"
  done
done
