#!/usr/bin/env bash
# Tries .pre-commit-hooks.yaml as a user's pre-commit would: `pre-commit try-repo` this checkout
# (its committed and staged files) in a throwaway git repository holding the fixture crate, and
# expects the hook to fail on the fixture's constant nonce. Needs pre-commit (pip or apt) and npm
# (pre-commit packs and installs the package; its `npm install` fetches the devDependencies).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/crate"
cp -r "$repo/test/fixtures/self-test-crate/." "$work/crate/"
cd "$work/crate"
git init -q
git add -A
git -c user.name=pre-commit-try -c user.email=try@example.invalid commit -qm fixture

set +e
PRE_COMMIT_HOME="$work/home" pre-commit try-repo "$repo" rust-crypto-gate --all-files --verbose > "$work/out" 2>&1
status=$?
set -e
cat "$work/out"
fail() { echo "pre-commit-try: $*" >&2; exit 1; }
[ "$status" = 1 ] || fail "the hook exited $status, expected 1 (a critical finding)"
# shellcheck disable=SC2016 # the backticks are literal text in the output
grep -q '^critical\[constant-nonce\]: Constant nonce `nonce`' "$work/out" || fail "no constant-nonce finding in the hook's output"
grep -q '^  --> src/main.rs:16:5$' "$work/out" || grep -q '^  --> main.rs:16:5$' "$work/out" || fail "the finding is not at src/main.rs:16"
grep -q '^1 finding (1 critical) in 1 file$' "$work/out" || fail "expected exactly one finding"
echo "pre-commit-try: the hook installed and blocked the fixture's constant nonce"
