import type { BenchResults, PlanSummary, ScaleRun } from './results';
import { targets, type TargetCheck, type TargetName } from './targets';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
/** A table's head; `align` has an l or r per column. */
const header = (cells: string[], align: string) => [row(cells), row(cells.map((_, i) => (align[i] === 'r' ? '---:' : '---')))].join('\n');

function marked(checks: TargetCheck[], target: TargetName, subject: string, text: string): string {
  const check = checks.find((c) => c.target === target && c.subject === subject);
  if (!check) return text;
  return `${text} ${check.met ? '✓' : '✗'}`;
}

const targetWords: Record<TargetName, string> = {
  throughputVsFloor: `throughput at the large scale >= ${targets.throughputVsFloor}x the floor's`,
  maxStatements: `SQL statements per page <= ${targets.maxStatements}, the same at both scales`,
  p99Growth: `p99 at the large scale <= ${targets.p99Growth}x p99 at the small`,
  burstVsRawInsert: `write burst >= ${targets.burstVsRawInsert}x the raw INSERT floor, nothing lost or duplicated`,
  firstLoadJsVsFloor: `first-load JS <= ${targets.firstLoadJsVsFloor}x the floor page's`,
  unusedNamespaces: 'HTML carries only the messages its client components use',
};

function dataLine(run: ScaleRun): string {
  const { rows, seconds } = run.data;
  return `${run.label}: ${rows.meetings} meetings, ${rows.sessions} sessions, ${rows.documents} documents, ${rows.users} users, ${rows.auditEvents} audit events (made in ${fixed(seconds)} s)`;
}

function shortStatement(query: string): string {
  const text = query.replace(/\s+/g, ' ').replace(/"/g, '');
  return `\`${text.length > 90 ? `${text.slice(0, 87)}...` : text}\``;
}

// A sequential scan of a few rows (the parties, the series) is the right plan; the report names the big ones.
const largeScan = 1000;

function slowestReads(run: ScaleRun, labels: Map<string, string>): { page: string; plan: PlanSummary }[] {
  const all = [
    ...Object.entries(run.pages).map(([key, page]) => ({ label: labels.get(key) ?? key, plans: page.plans })),
    ...Object.values(run.deepPages),
  ].flatMap(({ label, plans }) => plans.map((plan) => ({ page: label, plan })));
  return all.sort((a, b) => b.plan.executionMs - a.plan.executionMs).slice(0, 8);
}

/** The run as Markdown: what the README quotes and `npm run bench` prints. */
export function markdownReport(results: BenchResults): string {
  const { small, large, targets: checks, floor } = results;
  const s = small.label;
  const l = large.label;
  const labels = new Map(results.pages.map((page) => [page.key, page.label]));

  const pageRows = [floor, ...results.pages].map((page) => {
    const isFloor = page.key === floor.key;
    const at = (run: ScaleRun) => (isFloor ? undefined : run.pages[page.key]);
    const smallRun = at(small);
    const largeRun = at(large);
    const rps = (run: ScaleRun) => (isFloor ? run.floor.requestsPerSecond : (at(run)?.concurrent.requestsPerSecond ?? Number.NaN));
    const p50Alone = (run: ScaleRun) => (isFloor ? run.floor.p50AloneMs : (at(run)?.sequential.latencyMs.p50 ?? Number.NaN));
    const p99 = (run: ScaleRun) => (isFloor ? run.floor.p99Ms : (at(run)?.concurrent.latencyMs.p99 ?? Number.NaN));
    const statements = (run: ScaleRun) => (isFloor ? '0' : `${at(run)?.statements.count ?? '–'}${at(run)?.statements.isStable === false ? '*' : ''}`);
    return row([
      page.label,
      fixed(rps(small)),
      fixed(rps(large)),
      isFloor ? '1.00' : marked(checks, 'throughputVsFloor', page.label, fixed(rps(large) / large.floor.requestsPerSecond, 2)),
      `${fixed(p50Alone(small), 1)} / ${fixed(p50Alone(large), 1)}`,
      `${fixed(p99(small))} / ${fixed(p99(large))}`,
      isFloor ? '–' : marked(checks, 'p99Growth', page.label, fixed(p99(large) / p99(small), 2)),
      isFloor ? '0 / 0' : marked(checks, 'maxStatements', page.label, `${statements(small)} / ${statements(large)}`),
      smallRun && largeRun ? `${kb(smallRun.html.bytes)} / ${kb(largeRun.html.bytes)}` : '–',
    ]);
  });

  const payloadRows = [floor, ...results.pages].map((page) => {
    const isFloor = page.key === floor.key;
    const run = large.pages[page.key];
    const jsRatio = page.firstLoadJs.gzipBytes / floor.firstLoadJs.gzipBytes;
    const unused = checks.find((c) => c.target === 'unusedNamespaces' && c.subject === page.label);
    return row([
      page.label,
      kb(page.firstLoadJs.gzipBytes),
      isFloor ? '1.00' : marked(checks, 'firstLoadJsVsFloor', page.label, fixed(jsRatio, 2)),
      run ? `${run.messages.messages} of ${run.messages.catalogMessages}` : '–',
      page.clientNamespaces.join(', ') || 'none',
      isFloor ? '–' : unused ? `${unused.note ?? 'none'} ${unused.met ? '✓' : '✗'}` : '–',
    ]);
  });

  const burstRows = [small, large].map((run) => {
    const { upload, rawInsert, ratio } = run.writeBurst;
    return row([
      run.label,
      fixed(upload.perSecond, 1),
      fixed(rawInsert.perSecond, 1),
      marked(checks, 'burstVsRawInsert', `document upload (${run.label})`, fixed(ratio, 2)),
      `${upload.refused} / ${upload.lost} / ${upload.duplicated}`,
      `${upload.auditEvents} of ${upload.submissions}`,
      String(run.uploadStatements.count),
    ]);
  });

  const readRows = slowestReads(large, labels).map(({ page, plan }) =>
    row([
      page,
      shortStatement(plan.query),
      fixed(plan.executionMs, 1),
      plan.seqScans
        .filter((scan) => scan.rows >= largeScan)
        .map((scan) => `${scan.table} (${scan.rows} rows)`)
        .join(', ') || 'none',
    ]),
  );

  const targetRows = (Object.keys(targets) as TargetName[]).map((target) => {
    const ofTarget = checks.filter((c) => c.target === target);
    const missed = ofTarget.filter((c) => !c.met);
    return row([
      targetWords[target],
      missed.length === 0 ? `met (${ofTarget.length} of ${ofTarget.length})` : `**missed** (${missed.length} of ${ofTarget.length})`,
      missed.map((c) => c.subject).join(', ') || '–',
    ]);
  });
  const metCount = checks.filter((c) => c.met).length;

  return [
    `### Benchmark of ${results.date.slice(0, 10)} (${results.mode}, commit ${results.commit})`,
    '',
    `${results.machine.cpus} cores, Node ${results.machine.node}, ${results.machine.postgres}; load average ${large.loadAverage.before.map((n) => n.toFixed(1)).join(' ')} as the ${l} run began. ` +
      `${results.settings.requests} requests per page over ${results.settings.connections} connections after ${results.settings.warmupRequests} to warm up; ` +
      `${results.settings.sequentialRequests} more one at a time; ${results.settings.burstSize} uploads in the burst. Took ${fixed(results.seconds / 60, 1)} min.`,
    '',
    `Data: ${dataLine(small)}; ${dataLine(large)}.`,
    '',
    `Targets met: ${metCount} of ${checks.length} (✓ met, ✗ missed).`,
    '',
    header([
      'page',
      `req/s ${s}`,
      `req/s ${l}`,
      `vs floor at ${l} (>= ${targets.throughputVsFloor})`,
      `alone p50 ${s} / ${l} (ms)`,
      `p99 ${s} / ${l} (ms)`,
      `p99 growth (<= ${targets.p99Growth})`,
      `SQL statements ${s} / ${l} (<= ${targets.maxStatements}, same)`,
      `HTML ${s} / ${l} (KB)`,
    ], 'lrrrrrrrr'),
    ...pageRows,
    '',
    header([
      'page',
      'first-load JS (KB gzipped)',
      `vs floor (<= ${targets.firstLoadJsVsFloor})`,
      `catalog messages in the HTML (${l})`,
      'namespaces its client components use',
      'sent but unused by its client components',
    ], 'lrrrll'),
    ...payloadRows,
    '',
    `Write burst: ${results.settings.burstSize} uploads of the document form at once to one meeting, against as many raw INSERTs of the same rows through postgres.js.`,
    '',
    header(['scale', 'uploads/s', 'raw INSERTs/s', `ratio (>= ${targets.burstVsRawInsert})`, 'refused / lost / duplicated', 'audit events', 'statements per upload'], 'lrrrrrr'),
    ...burstRows,
    '',
    `Slowest reads at ${l} (EXPLAIN ANALYZE of the statements each page sent; plans in bench/results/${large.plansFile}):`,
    '',
    header(['page', 'statement', 'ms', `sequential scans of ${largeScan}+ rows`], 'llrl'),
    ...readRows,
    '',
    header(['target', 'result', 'missed on'], 'lll'),
    ...targetRows,
  ].join('\n');
}
