import type { GeneratedData } from './data/generate';
import type { LoadResult } from './load';
import type { CarriedMessages } from './messages';
import type { ExplainedStatement } from './plans';
import type { TargetCheck } from './targets';
import type { BurstKind } from './actions';
import type { WriteBurst } from './write-burst';

/** The statements one request of a page sent (texts only: the plans file has their values). */
export type StatementFigures = { count: number; isStable: boolean; statements: string[] };

export type PlanSummary = Pick<ExplainedStatement, 'query' | 'executionMs' | 'seqScans'>;

/** A page loaded one request at a time (latency alone), then over several connections (throughput). */
export type Timings = { sequential: LoadResult; concurrent: LoadResult };

/** A page's HTML as a browser gets it, and the catalog's messages in it. */
export type PagePayload = { html: { bytes: number; gzipBytes: number }; messages: CarriedMessages };

export type PageRun = Timings &
  PagePayload & {
  path: string;
  statements: StatementFigures;
  plans: PlanSummary[];
};

export type ScaleRun = {
  label: string;
  factor: number;
  data: GeneratedData;
  /** The floor, timed before and after the key pages; the figures used are the means of the two. */
  floor: PagePayload & { before: Timings; after: Timings; requestsPerSecond: number; p50AloneMs: number; p99Ms: number };
  /** The key pages and the signed-in shell, by key. */
  pages: Record<string, PageRun>;
  /** Deep pages of the long lists: statements and plans only. */
  deepPages: Record<string, { label: string; path: string; statements: StatementFigures; plans: PlanSummary[] }>;
  /** The statements one submission of each burst's action sent. */
  burstStatements: Record<BurstKind, StatementFigures>;
  writeBursts: WriteBurst[];
  plansFile: string;
};

/** The machine's load averages (1, 5 and 15 minutes) as the timing began and as it ended. */
export type LoadAverages = { before: number[]; after: number[] };

export type PageInfo = {
  key: string;
  label: string;
  route: string;
  isSignedIn: boolean;
  firstLoadJs: { bytes: number; gzipBytes: number };
  /** Namespaces of the catalog the route's client components use (read from their source). */
  clientNamespaces: string[];
};

export type BenchResults = {
  date: string;
  mode: 'full' | 'quick';
  commit: string;
  machine: { cpus: number; node: string; postgres: string };
  settings: { requests: number; connections: number; warmupRequests: number; sequentialRequests: number; burstSize: number; poolSize: number };
  floor: PageInfo;
  /** The signed-in shell: measured as the pages are, held to no target. */
  shell: PageInfo;
  pages: PageInfo[];
  small: ScaleRun;
  large: ScaleRun;
  loadAverage: LoadAverages;
  targets: TargetCheck[];
  seconds: number;
};
