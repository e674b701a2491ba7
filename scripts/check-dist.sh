#!/usr/bin/env bash
# Fails when dist/ is not what `npm run bundle` makes from the current sources. One script for
# both .ci/run and .github/workflows/ci.yml, so the two checks cannot drift apart.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run --silent bundle
if ! git diff --quiet --exit-code -- dist || [ -n "$(git status --porcelain -- dist)" ]; then
  git status --short -- dist
  echo "dist/ differs from a fresh bundle: run 'npm run bundle' and commit dist/" >&2
  exit 1
fi
echo "dist/ is current"
