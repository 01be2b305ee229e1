import type { BenchResults, PlanSummary, ScaleRun } from './results';
import { burstLabels, targets, type TargetCheck, type TargetName } from './targets';

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
  return `${run.label}: ${rows.meetings} meetings, ${rows.sessions} sessions, ${rows.documents} documents, ${rows.users} users, ${rows.registrations} registrations, ${rows.agendaItems} agenda items, ${rows.notices} notices, ${rows.floorRequests} requests for the floor, ${rows.evaluationResponses} evaluation answers, ${rows.projects} projects, ${rows.statements} statements (${rows.statementRevisions} revisions, ${rows.statementAmendments} amendments, ${rows.statementComments} comments), ${rows.auditEvents} audit events (made in ${fixed(seconds)} s)`;
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
  const { small, large, targets: checks, floor, shell } = results;
  const s = small.label;
  const l = large.label;
  const labels = new Map([shell, ...results.pages].map((page) => [page.key, page.label]));

  type RowFigures = { requestsPerSecond: number; p50AloneMs: number; p99Ms: number; statements: string; htmlBytes: number };
  const pageRows = [floor, shell, ...results.pages].map((page) => {
    const isFloor = page.key === floor.key;
    // The shell is a reference, as the floor is: its ratios are shown, not held to the targets.
    const isReference = isFloor || page.key === shell.key;
    const targetMark = (target: TargetName, text: string) => (isReference ? text : marked(checks, target, page.label, text));
    // The floor's figures are the means of its two timings; a page's are those of its one run.
    const figuresAt = (run: ScaleRun): RowFigures => {
      if (isFloor) return { ...run.floor, statements: '0', htmlBytes: run.floor.html.bytes };
      const { concurrent, sequential, statements, html } = run.pages[page.key]!;
      return {
        requestsPerSecond: concurrent.requestsPerSecond,
        p50AloneMs: sequential.latencyMs.p50,
        p99Ms: concurrent.latencyMs.p99,
        // A star: the repeated requests of the page did not all send as many.
        statements: `${statements.count}${statements.isStable ? '' : '*'}`,
        htmlBytes: html.bytes,
      };
    };
    const a = figuresAt(small);
    const b = figuresAt(large);
    return row([
      page.label,
      fixed(a.requestsPerSecond),
      fixed(b.requestsPerSecond),
      isFloor ? '1.00' : targetMark('throughputVsFloor', fixed(b.requestsPerSecond / large.floor.requestsPerSecond, 2)),
      // What a signed-in page serves of what the shell alone serves: the cost of its own content.
      page.isSignedIn && !isFloor ? fixed(b.requestsPerSecond / large.pages[shell.key]!.concurrent.requestsPerSecond, 2) : '–',
      `${fixed(a.p50AloneMs, 1)} / ${fixed(b.p50AloneMs, 1)}`,
      `${fixed(a.p99Ms)} / ${fixed(b.p99Ms)}`,
      isFloor ? '–' : targetMark('p99Growth', fixed(b.p99Ms / a.p99Ms, 2)),
      isFloor ? '0 / 0' : targetMark('maxStatements', `${a.statements} / ${b.statements}`),
      `${kb(a.htmlBytes)} / ${kb(b.htmlBytes)}`,
    ]);
  });

  const payloadRows = [floor, shell, ...results.pages].map((page) => {
    const isFloor = page.key === floor.key;
    const isReference = isFloor || page.key === shell.key;
    const run = isFloor ? large.floor : large.pages[page.key];
    const jsRatio = page.firstLoadJs.gzipBytes / floor.firstLoadJs.gzipBytes;
    const unused = checks.find((c) => c.target === 'unusedNamespaces' && c.subject === page.label);
    return row([
      page.label,
      kb(page.firstLoadJs.gzipBytes),
      isReference ? fixed(jsRatio, 2) : marked(checks, 'firstLoadJsVsFloor', page.label, fixed(jsRatio, 2)),
      run ? `${run.messages.messages} of ${run.messages.catalogMessages} (${kb(run.messages.bytes)} KB)` : '–',
      page.clientNamespaces.join(', ') || 'none',
      isReference ? '–' : unused ? `${unused.note ?? 'none'} ${unused.met ? '✓' : '✗'}` : '–',
    ]);
  });

  const burstRows = [small, large].flatMap((run) =>
    run.writeBursts.map(({ kind, action, rawInsert, ratio }) =>
      row([
        burstLabels[kind],
        run.label,
        fixed(action.perSecond, 1),
        fixed(rawInsert.perSecond, 1),
        marked(checks, 'burstVsRawInsert', `${burstLabels[kind]} (${run.label})`, fixed(ratio, 2)),
        `${action.refused} / ${action.lost} / ${action.duplicated}`,
        `${action.auditEvents} of ${action.submissions}`,
        String(run.burstStatements[kind].count),
      ]),
    ),
  );

  const refusalLines = [small, large].flatMap((run) =>
    run.writeBursts.flatMap(({ kind, action }) => action.refusals.map((answer) => `- ${burstLabels[kind]} (${run.label}) refused: \`${answer.replaceAll('`', "'")}\``)),
  );

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
    `${results.machine.cpus} cores, Node ${results.machine.node}, ${results.machine.postgres}; load average ${results.loadAverage.before.map((n) => n.toFixed(1)).join(' ')} as the timing began. ` +
      `${results.settings.requests} requests per page over ${results.settings.connections} connections after ${results.settings.warmupRequests} to warm up; ` +
      `${results.settings.sequentialRequests} more one at a time; ${results.settings.burstSize} submissions in each write burst. Took ${fixed(results.seconds / 60, 1)} min.`,
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
      `vs signed-in shell at ${l}`,
      `alone p50 ${s} / ${l} (ms)`,
      `p99 ${s} / ${l} (ms)`,
      `p99 growth (<= ${targets.p99Growth})`,
      `SQL statements ${s} / ${l} (<= ${targets.maxStatements}, same)`,
      `HTML ${s} / ${l} (KB)`,
    ], 'lrrrrrrrrr'),
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
    `Write bursts: ${results.settings.burstSize} uploads of the document form at once to one meeting, and ${results.settings.burstSize} registrations of delegation members at once to one meeting, each against as many raw INSERTs of the same rows through postgres.js.`,
    '',
    header(['burst', 'scale', 'submissions/s', 'raw INSERTs/s', `ratio (>= ${targets.burstVsRawInsert})`, 'refused / lost / duplicated', 'audit events', 'statements per submission'], 'llrrrrrr'),
    ...burstRows,
    ...(refusalLines.length > 0 ? ['', 'What the app answered to refused submissions:', '', ...refusalLines] : []),
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
