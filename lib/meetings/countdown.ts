/** Whole days and hours left until `target`, or null once it has passed: for "registration closes in ...". */
export function timeUntil(now: Date, target: Date): { days: number; hours: number } | null {
  const ms = target.getTime() - now.getTime();
  if (ms <= 0) return null;
  const totalHours = Math.floor(ms / 3_600_000);
  return { days: Math.floor(totalHours / 24), hours: totalHours % 24 };
}
