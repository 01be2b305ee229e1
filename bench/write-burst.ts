import postgres from 'postgres';
import { sendUpload, type UploadCall } from './upload-action';

export type BurstResult = {
  submissions: number;
  seconds: number;
  perSecond: number;
  /** Calls that did not answer { ok: true }. */
  refused: number;
  /** Rows expected but not found, and rows found more than once. */
  lost: number;
  duplicated: number;
};

export type WriteBurst = {
  upload: BurstResult & { auditEvents: number };
  /** The database floor: the same number of single INSERTs of the same rows, straight through postgres.js. */
  rawInsert: BurstResult;
  ratio: number;
};

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - started) / 1000 };
}

type Arrivals = { title: string; copies: number }[];

function tally(expected: string[], arrivals: Arrivals): Pick<BurstResult, 'lost' | 'duplicated'> {
  const copies = new Map(arrivals.map((row) => [row.title, row.copies]));
  return {
    lost: expected.filter((title) => !copies.has(title)).length,
    duplicated: arrivals.reduce((sum, row) => sum + Math.max(0, row.copies - 1), 0),
  };
}

/**
 * N uploads of the document form sent at once to one meeting (as a secretariat uploading a
 * meeting's papers together; each takes the meeting's lock), against N raw INSERTs of the same rows
 * at once; then checks every row arrived once, and each upload wrote its audit event.
 */
export async function measureWriteBurst(options: {
  call: UploadCall;
  databaseUrl: string;
  poolSize: number;
  size: number;
  pdf: Buffer;
  runTag: string;
}): Promise<WriteBurst> {
  const { call, databaseUrl, poolSize, size, pdf, runTag } = options;
  const sql = postgres(databaseUrl, { max: poolSize, onnotice: () => {} });
  try {
    // Warm: the action's code paths, and the raw client's connections.
    for (let i = 0; i < 3; i += 1) await sendUpload(call, { title: `Benchmark warm-up ${runTag} #${i}`, pdf });
    await Promise.all(Array.from({ length: poolSize }, () => sql`select 1`));

    const uploadTitles = Array.from({ length: size }, (_, i) => `Benchmark burst ${runTag} #${i}`);
    const upload = await timed(() => Promise.all(uploadTitles.map((title) => sendUpload(call, { title, pdf }))));
    const uploaded = await sql<{ title: string; copies: number }[]>`
      select title, count(*)::int as copies from documents where meeting_id = ${call.meetingId} and title like ${`Benchmark burst ${runTag} #%`} group by title`;
    const [audit] = await sql<{ events: number }[]>`
      select count(*)::int as events from audit_events e join documents d on e.entity_type = 'document' and e.entity_id = d.id::text
      where d.meeting_id = ${call.meetingId} and d.title like ${`Benchmark burst ${runTag} #%`}`;

    const rawTitles = Array.from({ length: size }, (_, i) => `Benchmark raw ${runTag} #${i}`);
    const raw = await timed(() =>
      Promise.all(
        rawTitles.map(
          (title, i) => sql`
            insert into documents (meeting_id, kind, sequence, symbol, title, language, is_public, file_name, content_type, byte_size, content)
            values (${call.meetingId}, 'information', ${100_000 + i}, ${`BENCH/RAW/${runTag}/${i}`}, ${title}, 'en', false, 'benchmark.pdf',
                    'application/pdf', ${pdf.byteLength}, ${pdf})`,
        ),
      ),
    );
    const inserted = await sql<{ title: string; copies: number }[]>`
      select title, count(*)::int as copies from documents where meeting_id = ${call.meetingId} and title like ${`Benchmark raw ${runTag} #%`} group by title`;

    const uploadResult = {
      submissions: size,
      seconds: upload.seconds,
      perSecond: size / upload.seconds,
      refused: upload.value.filter((ok) => !ok).length,
      ...tally(uploadTitles, uploaded),
      auditEvents: audit?.events ?? 0,
    };
    const rawResult = { submissions: size, seconds: raw.seconds, perSecond: size / raw.seconds, refused: 0, ...tally(rawTitles, inserted) };
    return { upload: uploadResult, rawInsert: rawResult, ratio: uploadResult.perSecond / rawResult.perSecond };
  } finally {
    await sql.end();
  }
}
