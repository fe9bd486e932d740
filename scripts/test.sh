#!/usr/bin/env bash
# Installs what Dealpulse needs, builds it with warnings as errors, and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev
ctest --test-dir build/dev --output-on-failure --timeout 600
