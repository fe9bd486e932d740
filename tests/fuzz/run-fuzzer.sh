#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one libFuzzer target for a bounded time: it starts from the seeds in the repository and keeps what it
# learns in a work folder of the build, prints how many inputs it ran, and fails with the crashing input's
# path when it finds one (the input is kept there to reproduce: `fuzz_<name> FILE`).
# Usage: run-fuzzer.sh BINARY SEED_DIR WORK_DIR SECONDS
set -euo pipefail
binary=$1 seeds=$2 work=$3 seconds=$4
mkdir -p "$work/corpus" "$work/findings"
log="$work/last-run.log"
status=0
"$binary" "$work/corpus" "$seeds" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=1048576 -print_final_stats=1 -artifact_prefix="$work/findings/" >"$log" 2>&1 || status=$?
grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^Done [0-9]+ runs' "$log" || true
if [ "$status" -ne 0 ]; then
  tail -n 60 "$log"
  echo "fuzz target failed; the input is in $work/findings/" >&2
fi
exit "$status"
