// The procedure page's table of thresholds: each in words, the pack's value, and the local one with its reason.
import type { ThresholdRow } from '../../services/procedure.js';

/** `failedContacts.count` → "Failed contacts: count"; `notSeenWorkingDays.child-protection` likewise. */
export function thresholdName(key: string): string {
  const words = (part: string) =>
    part
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/-/g, ' ')
      .toLowerCase();
  const [first = '', ...rest] = key.split('.');
  const name = words(first);
  return [name.charAt(0).toUpperCase() + name.slice(1), ...rest.map(words)].join(': ');
}

const shown = (value: number | boolean) =>
  typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value);

export function presentThresholds(rows: readonly ThresholdRow[]) {
  return rows.map((row) => ({
    key: row.key,
    name: thresholdName(row.key),
    packValue: shown(row.packValue),
    localValue: row.override ? shown(row.override.value) : null,
    reason: row.override?.reason ?? null,
    setAt: row.override?.setAt ?? null,
    setBy: row.override?.setBy ?? null,
  }));
}
