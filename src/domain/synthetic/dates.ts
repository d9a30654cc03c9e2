// Dates of a synthetic history. Entry times are mostly UK local times without an offset (as forms write
// them); a few carry an explicit offset, as files from other systems do. Local times are written from the
// UTC clock plus the offset the UK rule gives, which is all a synthetic history needs.

export const dayMs = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function lastSunday(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * dayMs;
}
const inBst = (ms: number) => {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSunday(year, 2) + 3_600_000 && ms < lastSunday(year, 9) + 3_600_000;
};
export function localText(ms: number): string {
  const d = new Date(ms + (inBst(ms) ? 3_600_000 : 0));
  return `${d.toISOString().slice(0, 10)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
