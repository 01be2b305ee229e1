// `npm run bench`: the app against the framework and database floors at NEASPEC's data and at 100
// times it (see the README's Benchmark section). Writes bench/results/latest.{json,md} and prints the table.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { renderPaper } from '@/db/demo-documents';
import catalog from '@/messages/en/index';
import { clientModulesByRoute, firstLoadJs } from '@/scripts/build-report';
import { benchServerUrl } from './databases';
import { prepareScale, timeScales, type ScaleContext } from './measure-scale';
import { clientNamespaces } from './messages';
import { parseOptions } from './options';
import { floorPage, keyPages, shellPage, type BenchPage } from './pages';
import { markdownReport } from './report';
import type { BenchResults, PageInfo, ScaleRun } from './results';
import { evaluateTargets } from './targets';
import { burstActionIds } from './actions';

const started = performance.now();
// Exit on Ctrl-C or a kill like on an error, so the servers it started are stopped too (bench/server.ts).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
const log = (message: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const options = parseOptions(process.argv.slice(2));
const serverUrl = benchServerUrl();
const resultsDir = path.join(process.cwd(), 'bench', 'results');
const outputName = options.mode === 'full' ? 'latest' : 'quick';
mkdirSync(resultsDir, { recursive: true });
// Which code is measured: the commit, and whether files other than earlier results differ from it.
const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();
const hasLocalChanges = Boolean(git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench/results'));
const commit = `${git('rev-parse', '--short', 'HEAD')}${hasLocalChanges ? ' with local changes' : ''}`;

if (options.build) {
  log('building the app for production');
  const build = spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// What the build sends to browsers does not depend on the data: read once.
const routeSizes = new Map(firstLoadJs().map((size) => [size.route, size]));
const clientModules = clientModulesByRoute();
const namespaces = Object.keys(catalog);
function pageInfo(page: BenchPage): PageInfo {
  const size = routeSizes.get(page.route);
  if (!size) throw new Error(`the build has no route ${page.route}`);
  return {
    key: page.key,
    label: page.label,
    route: page.route,
    isSignedIn: page.signedInAs !== null,
    firstLoadJs: { bytes: size.bytes, gzipBytes: size.gzipBytes },
    clientNamespaces: clientNamespaces(clientModules.get(page.route) ?? [], namespaces),
  };
}
const floor = pageInfo(floorPage);
const shell = pageInfo(shellPage);
const pages = keyPages.map(pageInfo);

const context: Omit<ScaleContext, 'factor'> = {
  options,
  serverUrl,
  actionIds: burstActionIds(),
  catalog,
  pdf: Buffer.from(await renderPaper('ESCAP/NEASPEC/BENCH/INF/1', 'Benchmark upload', ['A small PDF, as most meeting papers are.'])),
  runTag: Date.now().toString(36),
  resultsDir,
  outputName,
  log,
};
const prepared = [await prepareScale({ ...context, factor: options.scales.small }), await prepareScale({ ...context, factor: options.scales.large })];
const timed = await timeScales(context, prepared);
const [small, large] = timed.runs as [ScaleRun, ScaleRun];

const both = (pick: (run: ScaleRun) => number) => ({ small: pick(small), large: pick(large) });
const checks = evaluateTargets({
  floor: { requestsPerSecond: both((run) => run.floor.requestsPerSecond), firstLoadJsGzipBytes: floor.firstLoadJs.gzipBytes },
  pages: pages.map((page) => ({
    label: page.label,
    requestsPerSecond: both((run) => run.pages[page.key]!.concurrent.requestsPerSecond),
    p99Ms: both((run) => run.pages[page.key]!.concurrent.latencyMs.p99),
    statements: both((run) => run.pages[page.key]!.statements.count),
    firstLoadJsGzipBytes: page.firstLoadJs.gzipBytes,
    unusedNamespaces: large.pages[page.key]!.messages.namespaces.filter((namespace) => !page.clientNamespaces.includes(namespace)),
  })),
  bursts: [small, large].flatMap((run) => run.writeBursts.map((burst) => ({ kind: burst.kind, scale: run.label, ratio: burst.ratio, ...burst.action }))),
});

const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
const [{ server_version: postgresVersion } = { server_version: '?' }] = await sql<{ server_version: string }[]>`show server_version`;
await sql.end();

const results: BenchResults = {
  date: new Date().toISOString(),
  mode: options.mode,
  commit,
  machine: { cpus: cpus().length, node: process.versions.node, postgres: `PostgreSQL ${postgresVersion}` },
  settings: {
    requests: options.requests,
    connections: options.connections,
    warmupRequests: options.warmupRequests,
    sequentialRequests: options.sequentialRequests,
    burstSize: options.burstSize,
    poolSize: options.poolSize,
  },
  floor,
  shell,
  pages,
  small,
  large,
  loadAverage: timed.loadAverage,
  targets: checks,
  seconds: (performance.now() - started) / 1000,
};
const report = markdownReport(results);
writeFileSync(path.join(resultsDir, `${outputName}.json`), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(resultsDir, `${outputName}.md`), `${report}\n`);
console.log(`\n${report}\n`);
log(`wrote bench/results/${outputName}.json and ${outputName}.md`);
