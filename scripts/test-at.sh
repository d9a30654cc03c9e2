#!/usr/bin/env bash
# `npm run test:at -- [MOMENT...]`: the unit and integration tests with the machine's clock set to each
# moment in turn (libfaketime; the clock then runs on from there). Many rules count UK working days and
# most tests build cases relative to now, so a test can pass on a Tuesday afternoon and fail on a
# Sunday, over Easter, or across midnight. With no moment given, it runs these hard ones.
# Not part of `npm test`: it takes about three minutes a moment.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v faketime >/dev/null; then
  echo 'faketime is not installed. Install it with: sudo apt-get install -y faketime' >&2
  exit 1
fi

moments=("$@")
if [ ${#moments[@]} -eq 0 ]; then
  moments=(
    '2026-11-29 12:00:00' # a Sunday
    '2026-11-24 23:58:30' # just before UK midnight, in GMT
    '2027-06-30 23:30:00' # 00:30 in the UK, BST: the UTC date is the day before
    '2027-03-28 00:50:00' # Easter Sunday, ten minutes before the clocks go forward
    '2027-01-03 12:00:00' # the Sunday after Christmas and New Year's bank holidays
  )
fi

failed=0
for moment in "${moments[@]}"; do
  printf '\n== Tests at %s UTC ==\n' "$moment"
  if ! faketime -f "@$moment" npx vitest run test/unit test/integration; then
    failed=1
    echo "Failed at $moment UTC" >&2
  fi
done
exit "$failed"
