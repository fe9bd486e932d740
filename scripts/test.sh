#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Dealpulse needs, then builds and tests it twice: the dev preset (gcc, warnings as errors) runs
# the whole suite and each fuzz target over its seeds; packaging/test-package.sh builds the .deb (package
# preset: release without the tests) and checks it unpacked; the asan preset (clang, ASan + UBSan halting on the
# first error) runs the whole suite again and every libFuzzer target for DEALPULSE_FUZZ_SECONDS (default 60).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
jobs=$(nproc)

cmake --preset dev
cmake --build --preset dev
ctest --test-dir build/dev --output-on-failure --timeout 600 -j "$jobs"

./packaging/test-package.sh

# Leaks are not checked: Qt's plugins and fonts keep allocations for the life of the process by design.
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=0:detect_stack_use_after_return=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
cmake --preset asan -DDEALPULSE_FUZZ_SECONDS="${DEALPULSE_FUZZ_SECONDS:-60}"
cmake --build --preset asan
ctest --test-dir build/asan --output-on-failure --timeout 1800 -j "$jobs"
