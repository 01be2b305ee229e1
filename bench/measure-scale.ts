import { rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { demoPassword, demoUsers } from '@/db/seed';
import { generateData } from './data/generate';
import { benchDatabaseUrl, freshDatabase } from './databases';
import { loadPage } from './load';
import { carriedMessages, inlinePayload, type Catalog } from './messages';
import { scaleLabel, type BenchOptions } from './options';
import { deepPages, floorPage, keyPages, shellPage, type BenchPage } from './pages';
import { explainReads, withParameters, type ExplainedStatement } from './plans';
import type { PagePayload, PageRun, PlanSummary, ScaleRun, StatementFigures, Timings } from './results';
import { startServer, signIn, type RunningServer } from './server';
import { countStatements, StatementLog, type StatementCount } from './statement-log';
import { sendRegistration, sendUpload, type ActionIds } from './actions';
import { measureWriteBursts } from './write-burst';

export type ScaleContext = {
  options: BenchOptions;
  serverUrl: string;
  factor: number;
  actionIds: ActionIds;
  catalog: Catalog;
  pdf: Buffer;
  /** Names this run's uploads, so its checks count only its own rows. */
  runTag: string;
  resultsDir: string;
  outputName: string;
  log: (message: string) => void;
};

const staff = demoUsers.find((user) => user.role === 'secretariat');

async function withServer<T>(
  context: ScaleContext,
  databaseUrl: string,
  statementLogFile: string | undefined,
  work: (server: RunningServer, cookie: string) => Promise<T>,
): Promise<T> {
  if (!staff) throw new Error('the demo seed has no secretariat account to sign in with');
  const { port, poolSize } = context.options;
  const server = await startServer({ port, databaseUrl, poolSize, statementLogFile });
  try {
    return await work(server, await signIn(server.origin, staff.email, demoPassword));
  } finally {
    await server.stop();
  }
}

async function get(url: string, cookie: string | undefined): Promise<string> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const body = await response.text();
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return body;
}

async function readPayload(url: string, cookie: string | undefined, catalog: Catalog): Promise<PagePayload> {
  const html = await get(url, cookie);
  return {
    html: { bytes: Buffer.byteLength(html), gzipBytes: gzipSync(html).byteLength },
    messages: carriedMessages(inlinePayload(html), catalog),
  };
}

async function timePage(url: string, cookie: string | undefined, options: BenchOptions): Promise<Timings> {
  const { connections, warmupRequests, sequentialRequests, requests } = options;
  await loadPage(url, { cookie, connections, amount: warmupRequests });
  const sequential = await loadPage(url, { cookie, connections: 1, amount: sequentialRequests });
  const concurrent = await loadPage(url, { cookie, connections, amount: requests });
  return { sequential, concurrent };
}

const figures = ({ count, isStable, statements }: StatementCount): StatementFigures => ({
  count,
  isStable,
  statements: statements.map((statement) => statement.query),
});

const summaries = (plans: ExplainedStatement[]): PlanSummary[] => plans.map(({ query, executionMs, seqScans }) => ({ query, executionMs, seqScans }));

function plansText(label: string, explained: { page: BenchPage; plans: ExplainedStatement[] }[]): string {
  return explained
    .flatMap(({ page, plans }) => [
      `=== ${page.label} (${page.path({ meetingId: '<featured meeting>', statementId: '<its statement>', upcomingMeetingId: '<upcoming meeting>' })}) at ${label}: ${plans.length} reads`,
      ...plans.map((plan, i) => [`--- read ${i + 1}`, withParameters(plan), '', plan.plan, ''].join('\n')),
    ])
    .join('\n');
}

/**
 * One scale: a fresh database filled to it; the statements and plans of every page with the
 * statement log on; then, on a server without it, each page's latency alone and throughput, its
 * HTML, and the write burst. The floor is timed before and after the key pages, the signed-in shell
 * just before them.
 */
export async function measureScale(context: ScaleContext): Promise<ScaleRun> {
  const { options, factor, log } = context;
  // The signed-in shell is measured as a page is, but is held to no target (see bench/pages.ts).
  const timedPages = [shellPage, ...keyPages];
  const label = scaleLabel(factor);
  const databaseUrl = benchDatabaseUrl(context.serverUrl, label);
  log(`${label}: making the database`);
  await freshDatabase(databaseUrl);
  const data = await generateData(databaseUrl, factor);
  log(`${label}: ${JSON.stringify(data.rows)} in ${data.seconds.toFixed(0)} s`);
  const ids = { meetingId: data.featuredMeetingId, statementId: data.featuredStatementId, upcomingMeetingId: data.burstMeetingId };
  const urlOf = (server: RunningServer, page: BenchPage) => `${server.origin}${page.path(ids)}`;
  const loadAverageBefore = loadavg();

  log(`${label}: counting statements`);
  const statementLogFile = path.join(tmpdir(), `secretariat-bench-${process.pid}-${label}.jsonl`);
  rmSync(statementLogFile, { force: true });
  const counted = await withServer(context, databaseUrl, statementLogFile, async (server, cookie) => {
    const statementLog = new StatementLog(statementLogFile);
    const pages = new Map<string, StatementCount>();
    for (const page of [...timedPages, ...deepPages]) {
      const cookieOf = page.isSignedIn ? cookie : undefined;
      pages.set(page.key, await countStatements(statementLog, () => get(urlOf(server, page), cookieOf).then(() => {}), options.statementRepeats));
    }
    const call = { actionIds: context.actionIds, origin: server.origin, cookie, meetingId: data.burstMeetingId };
    const upload = await countStatements(
      statementLog,
      async () => {
        if (!(await sendUpload(call, { title: `Benchmark counted upload ${context.runTag}`, pdf: context.pdf }))) throw new Error('the upload was refused');
      },
      1,
    );
    // Counted after a warm-up call: each call registers someone else, as one person registers once.
    let registered = 0;
    const registration = await countStatements(
      statementLog,
      async () => {
        registered += 1;
        const member = { partyId: data.burstPartyId, name: 'Counted Member', email: `counted-${context.runTag}-${registered}@bench.example` };
        if (!(await sendRegistration(call, member))) throw new Error('the registration was refused');
      },
      1,
    );
    return { pages, upload, registration };
  });
  rmSync(statementLogFile, { force: true });
  const statementsOf = (page: BenchPage) => counted.pages.get(page.key)!;

  log(`${label}: explaining the reads`);
  const explained: { page: BenchPage; plans: ExplainedStatement[] }[] = [];
  for (const page of [...timedPages, ...deepPages]) explained.push({ page, plans: await explainReads(databaseUrl, statementsOf(page).statements) });
  const plansFile = `${context.outputName}-plans-${label}.txt`;
  writeFileSync(path.join(context.resultsDir, plansFile), plansText(label, explained));
  const plansOf = (page: BenchPage) => summaries(explained.find((e) => e.page === page)?.plans ?? []);

  return withServer(context, databaseUrl, undefined, async (server, cookie) => {
    const cookieOf = (page: BenchPage) => (page.isSignedIn ? cookie : undefined);
    // A fresh server runs its first pages slower, until V8 has optimized the rendering they share: the
    // floor, timed first, used to measure a third below its second timing after every page. One pass
    // over every page first, so that the floor's two timings, and the pages between them, meet a warm server.
    log(`${label}: warming the server on every page`);
    for (const page of [floorPage, ...timedPages]) await loadPage(urlOf(server, page), { cookie: cookieOf(page), connections: options.connections, amount: options.warmupRequests });
    log(`${label}: timing the floor`);
    const floorPayload = await readPayload(urlOf(server, floorPage), cookieOf(floorPage), context.catalog);
    const floorBefore = await timePage(urlOf(server, floorPage), cookieOf(floorPage), options);
    const pages: Record<string, PageRun> = {};
    for (const page of timedPages) {
      log(`${label}: timing ${page.label}`);
      const payload = await readPayload(urlOf(server, page), cookieOf(page), context.catalog);
      const timings = await timePage(urlOf(server, page), cookieOf(page), options);
      pages[page.key] = {
        path: page.path(ids),
        ...timings,
        ...payload,
        statements: figures(statementsOf(page)),
        plans: plansOf(page),
      };
    }
    log(`${label}: timing the floor again`);
    const floorAfter = await timePage(urlOf(server, floorPage), cookieOf(floorPage), options);
    log(`${label}: write bursts of ${options.burstSize} uploads and ${options.burstSize} registrations`);
    const writeBursts = await measureWriteBursts({
      call: { actionIds: context.actionIds, origin: server.origin, cookie, meetingId: data.burstMeetingId },
      partyId: data.burstPartyId,
      databaseUrl,
      poolSize: options.poolSize,
      size: options.burstSize,
      pdf: context.pdf,
      runTag: context.runTag,
    });
    const mean = (pick: (timings: Timings) => number) => (pick(floorBefore) + pick(floorAfter)) / 2;
    return {
      label,
      factor,
      data,
      floor: {
        ...floorPayload,
        before: floorBefore,
        after: floorAfter,
        requestsPerSecond: mean((t) => t.concurrent.requestsPerSecond),
        p50AloneMs: mean((t) => t.sequential.latencyMs.p50),
        p99Ms: mean((t) => t.concurrent.latencyMs.p99),
      },
      pages,
      deepPages: Object.fromEntries(
        deepPages.map((page) => [page.key, { label: page.label, path: page.path(ids), statements: figures(statementsOf(page)), plans: plansOf(page) }]),
      ),
      burstStatements: { upload: figures(counted.upload), registration: figures(counted.registration) },
      writeBursts,
      plansFile,
      loadAverage: { before: loadAverageBefore, after: loadavg() },
    };
  });
}
