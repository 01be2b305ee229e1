import 'server-only';
import { readFileSync } from 'node:fs';
import { e2eClockFile } from './config';

/**
 * The time the statements' rules read (comment deadlines, silence procedures, adoption times). It
 * is the machine's, except in end-to-end runs, whose specs move it ahead through `E2E_CLOCK_FILE`
 * so that 72 hours of silence pass in a second (see e2e/adoption-journeys.ts).
 */
export function appNow(): Date {
  if (!e2eClockFile) return new Date();
  let aheadMs = 0;
  try {
    aheadMs = Number(readFileSync(e2eClockFile, 'utf8')) || 0;
  } catch {
    // No file: the clock is not moved.
  }
  return new Date(Date.now() + aheadMs);
}
