/** Seconds as a clock shows them: minutes and two-digit seconds (3:05), with hours from the first (1:55:08, an agenda item's). */
export function speakingClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const [hours, minutes, rest] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(rest)}` : `${minutes}:${two(rest)}`;
}

/** Whether a speaker has had the floor longer than the meeting's limit (none: never). */
export function isOverTime(elapsedSeconds: number, limitSeconds: number | null): boolean {
  return limitSeconds !== null && elapsedSeconds > limitSeconds;
}
