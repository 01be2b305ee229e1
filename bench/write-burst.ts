import postgres, { type Sql } from 'postgres';
import { sendRegistration, sendUpload, type ActionCall, type BurstKind } from './actions';

export type BurstResult = {
  submissions: number;
  seconds: number;
  perSecond: number;
  /** Calls that did not answer { ok: true }, and the first few of their answers. */
  refused: number;
  refusals: string[];
  /** Rows expected but not found, and rows found more than once. */
  lost: number;
  duplicated: number;
};

export type WriteBurst = {
  kind: BurstKind;
  /** The server action's submissions, and the audit events they wrote. */
  action: BurstResult & { auditEvents: number };
  /** The database floor: the same number of single INSERTs of the same rows, straight through postgres.js. */
  rawInsert: BurstResult;
  ratio: number;
};

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - started) / 1000 };
}

/** Rows found, by the key each submission gave its row, with how many copies arrived. */
type Arrivals = { key: string; copies: number }[];

function tally(expected: string[], arrivals: Arrivals): Pick<BurstResult, 'lost' | 'duplicated'> {
  const copies = new Map(arrivals.map((row) => [row.key, row.copies]));
  return {
    lost: expected.filter((key) => !copies.has(key)).length,
    duplicated: arrivals.reduce((sum, row) => sum + Math.max(0, row.copies - 1), 0),
  };
}

/** What a burst sends through the app and, for the floor, straight to the database; both keyed so every row can be found. */
type BurstPlan = {
  kind: BurstKind;
  /** Null when the action took it, else its answer. */
  submit: (key: string) => Promise<string | null>;
  /** Rows whose key starts with `prefix`, and the audit events about them. */
  arrived: (sql: Sql, prefix: string) => Promise<Arrivals>;
  audited: (sql: Sql, prefix: string) => Promise<number>;
  rawInsert: (sql: Sql, key: string, index: number) => Promise<unknown>;
};

export type BurstOptions = { call: ActionCall; databaseUrl: string; poolSize: number; size: number; pdf: Buffer; runTag: string; partyId: string };

/**
 * Uploads of the document form to one meeting (as a secretariat uploading a meeting's papers
 * together; each takes the meeting's lock): keyed by title.
 */
function uploadPlan({ call, pdf }: BurstOptions): BurstPlan {
  return {
    kind: 'upload',
    submit: (title) => sendUpload(call, { title, pdf }),
    arrived: (sql, prefix) => sql<Arrivals>`
      select title as key, count(*)::int as copies from documents where meeting_id = ${call.meetingId} and title like ${`${prefix}%`} group by title`,
    audited: async (sql, prefix) =>
      (await sql<{ n: number }[]>`
        select count(*)::int as n from audit_events e join documents d on e.entity_type = 'document' and e.entity_id = d.id::text
        where d.meeting_id = ${call.meetingId} and d.title like ${`${prefix}%`}`)[0]!.n,
    rawInsert: (sql, title, i) => sql`
      insert into documents (meeting_id, kind, sequence, symbol, title, language, is_public, file_name, content_type, byte_size, content)
      values (${call.meetingId}, 'information', ${100_000 + i}, ${`BENCH/RAW/${title}`}, ${title}, 'en', false, 'benchmark.pdf',
              'application/pdf', ${pdf.byteLength}, ${pdf})`,
  };
}

/**
 * Registrations of delegation members to one meeting whose registration is open (as delegations
 * registering in the last days before the deadline; each takes the meeting's lock and queues its
 * email): keyed by email.
 */
function registrationPlan({ call, partyId }: BurstOptions): BurstPlan {
  return {
    kind: 'registration',
    submit: (email) => sendRegistration(call, { partyId, name: `Burst ${email.split('@')[0]}`, email }),
    arrived: (sql, prefix) => sql<Arrivals>`
      select email as key, count(*)::int as copies from registrations where meeting_id = ${call.meetingId} and email like ${`${prefix}%`} group by email`,
    audited: async (sql, prefix) =>
      (await sql<{ n: number }[]>`
        select count(*)::int as n from audit_events e join registrations r on e.entity_type = 'registration' and e.entity_id = r.id::text
        where r.meeting_id = ${call.meetingId} and r.email like ${`${prefix}%`}`)[0]!.n,
    rawInsert: (sql, email) => sql`
      insert into registrations (meeting_id, delegation_id, party_id, name, email, delegation_role)
      select ${call.meetingId}, d.id, d.party_id, ${`Raw ${email}`}, ${email}, 'delegate'
      from delegations d where d.meeting_id = ${call.meetingId} and d.party_id = ${partyId}`,
  };
}

/**
 * N submissions of a server action sent at once, against N raw INSERTs of the same rows at once;
 * then checks every row arrived once, and each submission wrote its audit event.
 */
async function measureBurst(plan: BurstPlan, { databaseUrl, poolSize, size, runTag }: BurstOptions): Promise<WriteBurst> {
  const sql = postgres(databaseUrl, { max: poolSize, onnotice: () => {} });
  const keyOf = (stage: string, i: number) => (plan.kind === 'upload' ? `Benchmark ${stage} ${runTag} #${i}` : `${stage}-${runTag}-${i}@bench.example`);
  const prefixOf = (stage: string) => keyOf(stage, 0).replace(/0(@bench\.example)?$/, '');
  try {
    // Warm: the action's code paths (and, for registrations, the delegation the raw rows join), and the raw client's connections.
    for (let i = 0; i < 3; i += 1) await plan.submit(keyOf('warmup', i));
    await Promise.all(Array.from({ length: poolSize }, () => sql`select 1`));

    const keys = Array.from({ length: size }, (_, i) => keyOf('burst', i));
    const submitted = await timed(() => Promise.all(keys.map((key) => plan.submit(key))));
    const [arrived, auditEvents] = await Promise.all([plan.arrived(sql, prefixOf('burst')), plan.audited(sql, prefixOf('burst'))]);

    const rawKeys = Array.from({ length: size }, (_, i) => keyOf('raw', i));
    const raw = await timed(() => Promise.all(rawKeys.map((key, i) => plan.rawInsert(sql, key, i))));
    const inserted = await plan.arrived(sql, prefixOf('raw'));

    const action = {
      submissions: size,
      seconds: submitted.seconds,
      perSecond: size / submitted.seconds,
      refused: submitted.value.filter((answer) => answer !== null).length,
      refusals: [...new Set(submitted.value.filter((answer) => answer !== null))].slice(0, 3),
      ...tally(keys, arrived),
      auditEvents,
    };
    const rawInsert = { submissions: size, seconds: raw.seconds, perSecond: size / raw.seconds, refused: 0, refusals: [], ...tally(rawKeys, inserted) };
    return { kind: plan.kind, action, rawInsert, ratio: action.perSecond / rawInsert.perSecond };
  } finally {
    await sql.end();
  }
}

/** The write bursts: document uploads, then registrations. */
export async function measureWriteBursts(options: BurstOptions): Promise<WriteBurst[]> {
  return [await measureBurst(uploadPlan(options), options), await measureBurst(registrationPlan(options), options)];
}
