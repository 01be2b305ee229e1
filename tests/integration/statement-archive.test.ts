import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { insertArchiveEntry, listAdoptedTexts } from '@/db/queries/statement-archive';
import { statementArchive } from '@/db/schema';
import { excerptParts } from '@/lib/statements/archive-excerpt';
import { findAdoptedTexts } from '@/lib/statements/find-adopted-texts';
import { publishStatement } from '@/lib/statements/publish-statement';
import { findAdoptedTextsSchema } from '@/lib/statements/schemas';
import * as factory from './factories';
import { refusal } from './refusal';

const archived = async () => (await db.select({ n: count() }).from(statementArchive))[0]!.n;
const search = (query: Record<string, string> = {}) => findAdoptedTexts({ input: findAdoptedTextsSchema.parse(query) });
const titles = async (query: Record<string, string> = {}) => (await search(query)).items.map((text) => text.title);
/** The words an excerpt marks as found. */
const found = (excerpt: string | null) => excerptParts(excerpt ?? '').filter((part) => part.isMatch).map((part) => part.text);

const commemorative = [
  { kind: 'preambular' as const, text: 'Recognizing thirty years of environmental cooperation in North-East Asia,' },
  { kind: 'operative' as const, text: 'Invite stakeholders to partner in marine protected areas and low-carbon cities;' },
];
const report: typeof commemorative = [
  { kind: 'operative' as const, text: 'The meeting reviewed the North-East Asia Clean Air Partnership and its assessments of air pollution.' },
  { kind: 'operative' as const, text: 'The meeting agreed to cooperate on desertification and land degradation.' },
];

/** Two texts of one meeting, adopted a year apart, published by the secretariat; and one adopted but not yet published. */
async function archive() {
  const secretariat = await factory.createActor();
  const meeting = await factory.createMeeting({ city: 'Seoul' });
  const adopted = (title: string, kind: 'statement' | 'report', adoptedAt: string, paragraphs: typeof report) =>
    factory.createStatement({ meetingId: meeting.id, title, kind, status: 'adopted', adoptedAt: new Date(adoptedAt), adoptionManner: 'consensus', paragraphs });
  const statement = await adopted('Commemorative Statement', 'statement', '2023-11-24T02:00:00Z', commemorative);
  const meetingReport = await adopted('Report of the meeting', 'report', '2024-01-12T09:00:00Z', report);
  const unpublished = await adopted('Chair’s summary on clean air', 'statement', '2024-02-01T09:00:00Z', report);
  for (const text of [statement, meetingReport]) await publishStatement({ actor: secretariat, input: { statementId: text.id } });
  return { secretariat, meeting, statement, meetingReport, unpublished };
}

describe('the archive of adopted texts', () => {
  it('holds each published text from its publication, latest adoption first, with its meeting and symbol, and nothing unpublished', async () => {
    const { meeting, statement, meetingReport } = await archive();
    expect(await archived()).toBe(2);
    const page = await search();
    expect(page).toMatchObject({ total: 2, page: 1, pageCount: 1 });
    expect(page.items).toMatchObject([
      { id: meetingReport.id, kind: 'report', meetingId: meeting.id, meetingTitle: meeting.title, meetingCity: 'Seoul', adoptionManner: 'consensus', excerpt: null },
      { id: statement.id, kind: 'statement', adoptedAt: statement.adoptedAt },
    ]);
    expect(page.items.map((text) => text.symbol)).toEqual([expect.stringMatching(/\/2$/), expect.stringMatching(/\/1$/)]);
  });

  it('finds every form of a word, phrases and words left out, in the title or the paragraphs, and marks them in an excerpt', async () => {
    await archive();
    // "cooperation" in the statement, "cooperate" in the report: one stem.
    expect(await titles({ q: 'cooperation' })).toEqual(['Report of the meeting', 'Commemorative Statement']);
    expect(await titles({ q: '"marine protected areas"' })).toEqual(['Commemorative Statement']);
    expect(await titles({ q: 'cooperation -desertification' })).toEqual(['Commemorative Statement']);
    expect(await titles({ q: 'report' })).toEqual(['Report of the meeting']);
    const [hit] = (await search({ q: 'clean air assessment' })).items;
    expect(hit!.title).toBe('Report of the meeting');
    expect(found(hit!.excerpt)).toEqual(expect.arrayContaining(['Clean', 'Air', 'assessments']));
    expect(excerptParts(hit!.excerpt!).map((part) => part.text).join('')).toContain('North-East Asia Clean Air Partnership');
    // Nothing is found of the text not yet published, though its words match.
    expect(await titles({ q: 'summary' })).toEqual([]);
  });

  it('filters by kind, and tells no match from an empty archive', async () => {
    await archive();
    expect(await titles({ kind: 'report' })).toEqual(['Report of the meeting']);
    expect(await titles({ kind: 'report', q: 'marine' })).toEqual([]);
    expect(await search({ kind: 'decision' })).toMatchObject({ total: 0, items: [], pageCount: 1 });
    // Words PostgreSQL ignores (the, of) find nothing rather than everything.
    expect((await search({ q: 'the of' })).total).toBe(0);
  });

  it('pages twenty texts at a time, in one order across pages', async () => {
    const meeting = await factory.createMeeting();
    const ids: string[] = [];
    for (let day = 1; day <= 23; day++) {
      const text = await factory.createStatement({
        meetingId: meeting.id,
        status: 'published',
        adoptedAt: new Date(Date.UTC(2024, 0, day)),
        adoptionManner: 'silence',
        publishedAt: new Date(Date.UTC(2024, 1, day)),
      });
      await insertArchiveEntry(text.id, db);
      ids.unshift(text.id);
    }
    const first = await search();
    const second = await search({ page: '2' });
    expect(first).toMatchObject({ total: 23, pageCount: 2, page: 1 });
    expect(second).toMatchObject({ total: 23, pageCount: 2, page: 2 });
    expect([...first.items, ...second.items].map((text) => text.id)).toEqual(ids);
    expect((await search({ page: '3' })).items).toEqual([]);
  });

  it("narrows to the year of adoption, as the secretariat's calendar counts it, and offers the years texts were adopted in", async () => {
    const { meeting } = await archive();
    // 1 January 2025, 01:00 in Seoul (the office time zone), still 2024 in UTC.
    const newYear = await factory.createStatement({ meetingId: meeting.id, title: 'New Year decision', kind: 'decision', status: 'published', adoptedAt: new Date('2024-12-31T16:00:00Z'), adoptionManner: 'consensus', publishedAt: new Date('2025-01-02T00:00:00Z') });
    await insertArchiveEntry(newYear.id, db);
    const all = await search();
    expect(all.years).toEqual([2025, 2024, 2023]);
    expect(await titles({ year: '2023' })).toEqual(['Commemorative Statement']);
    expect(await titles({ year: '2024' })).toEqual(['Report of the meeting']);
    expect(await titles({ year: '2025' })).toEqual(['New Year decision']);
    expect(await titles({ year: '2024', q: 'cooperation' })).toEqual(['Report of the meeting']);
    expect(await titles({ year: '2024', kind: 'statement' })).toEqual([]);
    expect(await titles({ year: '2019' })).toEqual([]);
  });

  it('counts matches only up to its cap, and says there are more', async () => {
    await archive();
    expect(await listAdoptedTexts({ limit: 20, offset: 0, countCap: 1 })).toMatchObject({ total: 1, isCapped: true, rows: [{}, {}] });
    expect(await listAdoptedTexts({ limit: 20, offset: 0, countCap: 2 })).toMatchObject({ total: 2, isCapped: false });
    expect(await search()).toMatchObject({ total: 2, isCapped: false });
  });

  it('files nothing when publication is refused', async () => {
    const { unpublished } = await archive();
    const chair = await factory.createActor({ role: 'chair' });
    const delegate = await factory.createActor({ role: 'delegate', partyId: (await factory.createParty()).id });
    for (const actor of [chair, delegate]) expect((await refusal(publishStatement({ actor, input: { statementId: unpublished.id } }))).code).toBe('FORBIDDEN');
    expect(await archived()).toBe(2);
  });

  it('takes an unusable search parameter as absent', () => {
    expect(findAdoptedTextsSchema.parse({ q: ['a', 'b'], kind: 'treaty', page: '-2' })).toEqual({ page: 1, q: undefined, kind: undefined });
    expect(findAdoptedTextsSchema.parse({ q: 'x'.repeat(201) }).q).toBeUndefined();
    expect(findAdoptedTextsSchema.parse({ q: '  air  ', kind: 'report' })).toEqual({ page: 1, q: 'air', kind: 'report' });
    expect(findAdoptedTextsSchema.parse({ year: '2024' }).year).toBe(2024);
    for (const year of ['abc', '1200', '2024.5', ['2023', '2024']]) expect(findAdoptedTextsSchema.parse({ year }).year).toBeUndefined();
  });
});
