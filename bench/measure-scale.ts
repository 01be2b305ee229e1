import { rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { demoPassword, demoUsers } from '@/db/seed';
import { generateData, type GeneratedData } from './data/generate';
import { benchDatabaseUrl, freshDatabase } from './databases';
import { loadPage } from './load';
import { carriedMessages, inlinePayload, type Catalog } from './messages';
import { scaleLabel, type BenchOptions } from './options';
import { deepPages, floorPage, keyPages, shellPage, type BenchPage, type PageIds } from './pages';
import { explainReads, withParameters, type ExplainedStatement } from './plans';
import type { LoadAverages, PagePayload, PageRun, PlanSummary, ScaleRun, StatementFigures, Timings } from './results';
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

// The signed-in shell is measured as a page is, but is held to no target (see bench/pages.ts).
const timedPages = [shellPage, ...keyPages];

const staff = demoUsers.find((user) => user.role === 'secretariat');
const delegate = demoUsers.find((user) => user.role === 'delegate' && user.partyCode === 'KOR');

/** A session cookie for each kind of page the benchmark asks for signed in. */
type Cookies = { staff: string; delegate: string };

async function signInEach(server: RunningServer): Promise<Cookies> {
  if (!staff || !delegate) throw new Error("the demo seed has no secretariat account or no Korean delegate's to sign in with");
  return { staff: await signIn(server.origin, staff.email, demoPassword), delegate: await signIn(server.origin, delegate.email, demoPassword) };
}

const cookieFor = (page: BenchPage, cookies: Cookies) => (page.signedInAs ? cookies[page.signedInAs] : undefined);

async function withServer<T>(
  context: ScaleContext,
  databaseUrl: string,
  statementLogFile: string,
  work: (server: RunningServer, cookies: Cookies) => Promise<T>,
): Promise<T> {
  const { port, poolSize } = context.options;
  const server = await startServer({ port, databaseUrl, poolSize, statementLogFile });
  try {
    return await work(server, await signInEach(server));
  } finally {
    await server.stop();
  }
}

const urlOf = (server: RunningServer, page: BenchPage, ids: PageIds) => `${server.origin}${page.path(ids)}`;

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
      `=== ${page.label} (${page.path({ meetingId: '<featured meeting>', statementId: '<its statement>', upcomingMeetingId: '<upcoming meeting>', negotiatedStatementId: '<its statement>' })}) at ${label}: ${plans.length} reads`,
      ...plans.map((plan, i) => [`--- read ${i + 1}`, withParameters(plan), '', plan.plan, ''].join('\n')),
    ])
    .join('\n');
}

/** A scale made ready for timing: its database filled, and each page's statements counted and explained. */
export type PreparedScale = {
  label: string;
  factor: number;
  databaseUrl: string;
  data: GeneratedData;
  ids: PageIds;
  statementsOf: (page: BenchPage) => StatementCount;
  plansOf: (page: BenchPage) => PlanSummary[];
  burstStatements: ScaleRun['burstStatements'];
  plansFile: string;
};

/**
 * One scale before its timing: a fresh database filled to it, then the statements and plans of every
 * page with the statement log on, on a server of its own.
 */
export async function prepareScale(context: ScaleContext): Promise<PreparedScale> {
  const { options, factor, log } = context;
  const label = scaleLabel(factor);
  const databaseUrl = benchDatabaseUrl(context.serverUrl, label);
  log(`${label}: making the database`);
  await freshDatabase(databaseUrl);
  const data = await generateData(databaseUrl, factor);
  log(`${label}: ${JSON.stringify(data.rows)} in ${data.seconds.toFixed(0)} s`);
  const ids = {
    meetingId: data.featuredMeetingId,
    statementId: data.featuredStatementId,
    upcomingMeetingId: data.burstMeetingId,
    negotiatedStatementId: data.negotiatedStatementId,
  };

  log(`${label}: counting statements`);
  const statementLogFile = path.join(tmpdir(), `secretariat-bench-${process.pid}-${label}.jsonl`);
  rmSync(statementLogFile, { force: true });
  const counted = await withServer(context, databaseUrl, statementLogFile, async (server, cookies) => {
    const statementLog = new StatementLog(statementLogFile);
    const pages = new Map<string, StatementCount>();
    for (const page of [...timedPages, ...deepPages]) {
      pages.set(page.key, await countStatements(statementLog, () => get(urlOf(server, page, ids), cookieFor(page, cookies)).then(() => {}), options.statementRepeats));
    }
    const call = { actionIds: context.actionIds, origin: server.origin, cookie: cookies.staff, meetingId: data.burstMeetingId };
    const upload = await countStatements(
      statementLog,
      async () => {
        const refused = await sendUpload(call, { title: `Benchmark counted upload ${context.runTag}`, pdf: context.pdf });
        if (refused) throw new Error(`the upload was refused: ${refused}`);
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
        const refused = await sendRegistration(call, member);
        if (refused) throw new Error(`the registration was refused: ${refused}`);
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

  return {
    label,
    factor,
    databaseUrl,
    data,
    ids,
    statementsOf,
    plansOf: (page) => summaries(explained.find((e) => e.page === page)?.plans ?? []),
    burstStatements: { upload: figures(counted.upload), registration: figures(counted.registration) },
    plansFile,
  };
}

/**
 * Times every scale on servers running side by side, without the statement log, page by page: each
 * page at one scale and straight after at the other, so that a spell in which the machine runs slower
 * falls on both scales of the pages timed in it, not on every page of one scale. Which scale goes
 * first alternates from page to page. The floor is timed before and after the key pages at each
 * scale, the signed-in shell just before them; then the write bursts, one scale after the other.
 */
export async function timeScales(
  context: Omit<ScaleContext, 'factor'>,
  scales: PreparedScale[],
): Promise<{ runs: ScaleRun[]; loadAverage: LoadAverages }> {
  const { options, log } = context;
  const servers: RunningServer[] = [];
  try {
    const timing = [];
    for (const [i, scale] of scales.entries()) {
      const server = await startServer({ port: options.port + i, databaseUrl: scale.databaseUrl, poolSize: options.poolSize });
      servers.push(server);
      const cookies = await signInEach(server);
      timing.push({
        scale,
        server,
        cookie: cookies.staff,
        url: (page: BenchPage) => urlOf(server, page, scale.ids),
        cookieOf: (page: BenchPage) => cookieFor(page, cookies),
        pages: {} as Record<string, PageRun>,
      });
    }
    const loadAverageBefore = loadavg();
    // A fresh server runs its first pages slower, until V8 has optimized the rendering they share: the
    // floor, timed first, used to measure a third below its second timing after every page. One pass
    // over every page first, so that the floor's two timings, and the pages between them, meet a warm server.
    for (const { scale, url, cookieOf } of timing) {
      log(`${scale.label}: warming the server on every page`);
      for (const page of [floorPage, ...timedPages]) await loadPage(url(page), { cookie: cookieOf(page), connections: options.connections, amount: options.warmupRequests });
    }
    log('timing the floor');
    const floorBefore = [];
    for (const { url, cookieOf } of timing) {
      const payload = await readPayload(url(floorPage), cookieOf(floorPage), context.catalog);
      floorBefore.push({ payload, timings: await timePage(url(floorPage), cookieOf(floorPage), options) });
    }
    for (const [i, page] of timedPages.entries()) {
      log(`timing ${page.label}`);
      const inTurn = i % 2 === 0 ? timing : [...timing].reverse();
      for (const { scale, url, cookieOf, pages } of inTurn) {
        const payload = await readPayload(url(page), cookieOf(page), context.catalog);
        const timings = await timePage(url(page), cookieOf(page), options);
        pages[page.key] = {
          path: page.path(scale.ids),
          ...timings,
          ...payload,
          statements: figures(scale.statementsOf(page)),
          plans: scale.plansOf(page),
        };
      }
    }
    log('timing the floor again');
    const floorAfter = [];
    for (const { url, cookieOf } of timing) floorAfter.push(await timePage(url(floorPage), cookieOf(floorPage), options));
    const loadAverageAfter = loadavg();

    const runs: ScaleRun[] = [];
    for (const [i, { scale, server, cookie, pages }] of timing.entries()) {
      log(`${scale.label}: write bursts of ${options.burstSize} uploads and ${options.burstSize} registrations`);
      const writeBursts = await measureWriteBursts({
        call: { actionIds: context.actionIds, origin: server.origin, cookie, meetingId: scale.data.burstMeetingId },
        partyId: scale.data.burstPartyId,
        databaseUrl: scale.databaseUrl,
        poolSize: options.poolSize,
        size: options.burstSize,
        pdf: context.pdf,
        runTag: context.runTag,
      });
      const { payload: floorPayload, timings: before } = floorBefore[i]!;
      const after = floorAfter[i]!;
      const mean = (pick: (timings: Timings) => number) => (pick(before) + pick(after)) / 2;
      runs.push({
        label: scale.label,
        factor: scale.factor,
        data: scale.data,
        floor: {
          ...floorPayload,
          before,
          after,
          requestsPerSecond: mean((t) => t.concurrent.requestsPerSecond),
          p50AloneMs: mean((t) => t.sequential.latencyMs.p50),
          p99Ms: mean((t) => t.concurrent.latencyMs.p99),
        },
        pages,
        deepPages: Object.fromEntries(
          deepPages.map((page) => [page.key, { label: page.label, path: page.path(scale.ids), statements: figures(scale.statementsOf(page)), plans: scale.plansOf(page) }]),
        ),
        burstStatements: scale.burstStatements,
        writeBursts,
        plansFile: scale.plansFile,
      });
    }
    return { runs, loadAverage: { before: loadAverageBefore, after: loadAverageAfter } };
  } finally {
    for (const server of servers) await server.stop();
  }
}
