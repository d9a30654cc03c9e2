// A partnership's local thresholds (DESIGN.md: "a partnership picks one and may override its thresholds"):
// each override names one number (or yes/no) of its pack's thresholds by its path, as `failedContacts.count`
// or `notSeenWorkingDays.child-protection`, with the reason the partnership gave. The engine never knows:
// it is handed a pack whose thresholds already carry the local values.
import type { Pack, Thresholds } from './packs/types.js';

export type ThresholdValue = number | boolean;

export interface ThresholdOverride {
  key: string;
  value: ThresholdValue;
  reason: string;
  /** When it was set, ISO UTC. */
  setAt: string;
  setBy: string | null;
}

/** Every threshold of `thresholds` by its path, in the order the pack lists them. */
export function thresholdEntries(thresholds: Thresholds): { key: string; value: ThresholdValue }[] {
  const entries: { key: string; value: ThresholdValue }[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'number' || typeof value === 'boolean') entries.push({ key: path, value });
    else if (value && typeof value === 'object')
      for (const [name, inner] of Object.entries(value)) walk(inner, path ? `${path}.${name}` : name);
  };
  walk(thresholds, '');
  return entries;
}

/** The pack's own value at `key`, or undefined for a path that is not one of its thresholds. */
export function thresholdAt(thresholds: Thresholds, key: string): ThresholdValue | undefined {
  return thresholdEntries(thresholds).find((entry) => entry.key === key)?.value;
}

/** The largest number a threshold may be set to: no rule counts further than about three years. */
export const largestThreshold = 1000;

/**
 * The value a partnership typed for threshold `key`, read as the pack's own value is typed: a whole number
 * from 0 to `largestThreshold`, or yes/no. A message for anything else.
 */
export function readThresholdValue(
  thresholds: Thresholds,
  key: string,
  text: string,
): { ok: true; value: ThresholdValue } | { ok: false; message: string } {
  const current = thresholdAt(thresholds, key);
  if (current === undefined) return { ok: false, message: 'Select a threshold from the list' };
  const typed = text.trim().toLowerCase();
  if (typeof current === 'boolean') {
    if (typed === 'yes') return { ok: true, value: true };
    if (typed === 'no') return { ok: true, value: false };
    return { ok: false, message: 'Enter yes or no for this threshold' };
  }
  if (!/^\d{1,4}$/.test(typed) || Number(typed) > largestThreshold)
    return { ok: false, message: `Enter a whole number from 0 to ${largestThreshold}` };
  return { ok: true, value: Number(typed) };
}

/**
 * The pack as the partnership uses it: its thresholds with the local values, and a note for each saying
 * what changed and why (shown with the pack's own notes). Overrides of paths the pack does not have, or
 * of the wrong type, are ignored.
 */
export function withOverrides(pack: Pack, overrides: readonly ThresholdOverride[]): Pack {
  const applicable = overrides.filter((o) => typeof thresholdAt(pack.thresholds, o.key) === typeof o.value);
  if (applicable.length === 0) return pack;
  const thresholds = structuredClone(pack.thresholds);
  for (const { key, value } of applicable) {
    const parts = key.split('.');
    const last = parts.pop() as string;
    let target = thresholds as unknown as Record<string, unknown>;
    for (const part of parts) target = target[part] as Record<string, unknown>;
    target[last] = value;
  }
  return {
    ...pack,
    thresholds,
    thresholdNotes: [
      ...pack.thresholdNotes,
      ...applicable.map((o) => ({
        text: `Local value: ${o.key} is ${String(o.value)} here (the procedure says ${String(thresholdAt(pack.thresholds, o.key))}). ${o.reason}`,
        citations: [],
      })),
    ],
  };
}
