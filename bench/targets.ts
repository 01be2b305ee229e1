// The performance targets, checked on the figures of one run. Pure: the unit tests call it.

import type { BurstKind } from './actions';

export const targets = {
  /** Each page's requests per second, at the large scale, over the framework floor's. */
  throughputVsFloor: 0.5,
  /** SQL statements one request of a page sends; the same at both scales. */
  maxStatements: 6,
  /** A page's p99 latency at the large scale over its p99 at the small one. */
  p99Growth: 1.5,
  /** Uploads per second in a burst over raw INSERTs per second, nothing lost or duplicated. */
  burstVsRawInsert: 0.3,
  /** A route's first-load JS (gzipped) over the floor page's. */
  firstLoadJsVsFloor: 1.3,
  /** Message namespaces in a page's HTML that none of its client components use. */
  unusedNamespaces: 0,
} as const;

export type TargetName = keyof typeof targets;

export type BySize = { small: number; large: number };

export type PageFigures = {
  label: string;
  requestsPerSecond: BySize;
  p99Ms: BySize;
  statements: BySize;
  firstLoadJsGzipBytes: number;
  unusedNamespaces: string[];
};

export type FloorFigures = { requestsPerSecond: BySize; firstLoadJsGzipBytes: number };

export type BurstFigures = { kind: BurstKind; scale: string; ratio: number; refused: number; lost: number; duplicated: number };

/** How the report names each burst. */
export const burstLabels: Record<BurstKind, string> = { upload: 'document upload', registration: 'registration' };

export type TargetCheck = {
  target: TargetName;
  subject: string;
  value: number;
  limit: number;
  met: boolean;
  /** Why it counts as missed when the value alone does not say. */
  note?: string;
};

/** a / b, or NaN where b is no measure to divide by. */
export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN;
}

function atMost(target: TargetName, subject: string, value: number, note?: string): TargetCheck {
  const limit = targets[target];
  return { target, subject, value, limit, met: value <= limit && !note, ...(note && { note }) };
}

function atLeast(target: TargetName, subject: string, value: number, note?: string): TargetCheck {
  const limit = targets[target];
  return { target, subject, value, limit, met: value >= limit && !note, ...(note && { note }) };
}

export function evaluateTargets(input: { floor: FloorFigures; pages: PageFigures[]; bursts: BurstFigures[] }): TargetCheck[] {
  const { floor, pages, bursts } = input;
  const checks: TargetCheck[] = [];
  for (const page of pages) {
    checks.push(atLeast('throughputVsFloor', page.label, ratio(page.requestsPerSecond.large, floor.requestsPerSecond.large)));
    const { small, large } = page.statements;
    checks.push(atMost('maxStatements', page.label, Math.max(small, large), small === large ? undefined : `${small} at the small scale, ${large} at the large`));
    checks.push(atMost('p99Growth', page.label, ratio(page.p99Ms.large, page.p99Ms.small)));
    checks.push(atMost('firstLoadJsVsFloor', page.label, ratio(page.firstLoadJsGzipBytes, floor.firstLoadJsGzipBytes)));
    checks.push(
      atMost('unusedNamespaces', page.label, page.unusedNamespaces.length, page.unusedNamespaces.length > 0 ? page.unusedNamespaces.join(', ') : undefined),
    );
  }
  for (const burst of bursts) {
    const problems = [
      burst.refused > 0 && `${burst.refused} refused`,
      burst.lost > 0 && `${burst.lost} lost`,
      burst.duplicated > 0 && `${burst.duplicated} duplicated`,
    ].filter(Boolean);
    checks.push(atLeast('burstVsRawInsert', `${burstLabels[burst.kind]} (${burst.scale})`, burst.ratio, problems.length > 0 ? problems.join(', ') : undefined));
  }
  return checks;
}
