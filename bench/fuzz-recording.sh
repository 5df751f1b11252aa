#!/usr/bin/env bash
# The long fuzz run of the recording reader: FUZZ_CASES random mutations
# (default 1,000,000) of real-looking recordings, every one loaded, and those
# that load also reported and rendered (FUZZ_RENDER_EVERY, default 10).
# CI runs 10,000 of them in test/unit/recording-fuzz.test.ts.
#   bash bench/fuzz-recording.sh                 # 1e6 cases, seed from the clock
#   FUZZ_CASES=200000 FUZZ_SEED=7 bash bench/fuzz-recording.sh
# Prints a JSON summary; crashers go to test/fixtures/recordings/crash-<seed>-<case>.spr
# (the regression test loads each) and make the exit status 1.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc --build tsconfig.json
cases=${FUZZ_CASES:-1000000}
# 1e6 and other float spellings become an integer.
cases=$(node -e 'console.log(Math.round(Number(process.argv[1])))' "$cases")
seed=${FUZZ_SEED:-$(( $(date +%s) % 2147483647 ))}
echo "fuzzing the recording reader: $cases cases, seed $seed" >&2
exec node bench/fuzz-recording.mjs "$cases" "$seed"
