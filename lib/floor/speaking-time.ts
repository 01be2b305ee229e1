/** Seconds as a speaking clock shows them: minutes and two-digit seconds (3:05). */
export function speakingClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Whether a speaker has had the floor longer than the meeting's limit (none: never). */
export function isOverTime(elapsedSeconds: number, limitSeconds: number | null): boolean {
  return limitSeconds !== null && elapsedSeconds > limitSeconds;
}
