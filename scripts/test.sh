#!/usr/bin/env bash
# `npm test`: everything a commit must pass, on a fresh machine after `npm ci` (STYLE.md, "Habits").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n== %s ==\n' "$1"; }

step 'Chromium for the browser tests'
bash scripts/ensure-chromium.sh

step 'Typecheck'
npm run --silent typecheck

step 'Lint'
npm run --silent lint

step 'Format'
npx prettier --check src test bench scripts --log-level warn

step 'Build'
npm run --silent build

step 'Benchmark, a small run (it must still work; its figures are in BENCHMARKS.md)'
npx tsx --expose-gc bench/assess.ts --cases 40 --runs 1 --single-entries 300 --single-runs 3 >/dev/null
npx tsx bench/sweep.ts --cases 20 >/dev/null
npx tsx --expose-gc bench/import.ts --cases 20 --single-runs 5 >/dev/null
npx tsx bench/pages.ts --cases 40 --sizes 30 --duration 1 --connections 2 --entries 100,300 --long 300 >/dev/null

step 'Tests (unit, integration, browser)'
npx vitest run
