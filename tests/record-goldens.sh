#!/usr/bin/env bash
# Records golden outputs for conformance scripts from reference Node v26 (never by hand).
# Usage: tests/record-goldens.sh [SCRIPT...]   (default: every tests/conformance/**/*.{js,mjs,cjs,ts,mts,cts})
# For each script S it writes S.stdout (exact stdout) and S.exit (exit code), running
# `node S` with the script's directory as working directory, no stdin, a fixed environment.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
node=${REF_NODE:-$(bash "$here/../../shared/tools/ref-node.sh")}
if [ $# -eq 0 ]; then
  mapfile -t scripts < <(find "$here/conformance" -type f \( -name '*.js' -o -name '*.mjs' -o -name '*.cjs' -o -name '*.ts' -o -name '*.mts' -o -name '*.cts' \) \
    -not -path '*/node_modules/*' -not -path '*/fixtures/*' | sort)
else
  scripts=("$@")
fi
for s in "${scripts[@]}"; do
  s=$(cd "$(dirname "$s")" && pwd)/$(basename "$s")
  dir=$(dirname "$s"); base=$(basename "$s")
  set +e
  (cd "$dir" && env -i PATH="$PATH" HOME="$HOME" LANG=C.UTF-8 GONODE_GOLDEN=1 timeout 60 "$node" "$base" </dev/null >"$s.stdout" 2>/dev/null)
  code=$?
  set -e
  echo "$code" >"$s.exit"
  echo "recorded $base (exit $code)"
done
