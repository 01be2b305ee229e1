import { describe, expect, it } from 'vitest';
import type { GeneratedAgendaItem } from '@/bench/data/agenda';
import { generateFloorRequests, generateSpeakingTimeLimits } from '@/bench/data/floor';
import type { GeneratedMeeting } from '@/bench/data/meetings';
import { generateNotices } from '@/bench/data/notices';
import { seededRandom } from '@/bench/data/random';
import type { GeneratedRegistration } from '@/bench/data/registrations';
import { carriedMessages, inlinePayload, namespacesUsedBy } from '@/bench/messages';
import { seqScansOf, withParameters } from '@/bench/plans';
import { evaluateTargets, type PageFigures } from '@/bench/targets';

const floor = { requestsPerSecond: { small: 400, large: 380 }, firstLoadJsGzipBytes: 100_000 };

const goodPage: PageFigures = {
  label: 'meetings list',
  requestsPerSecond: { small: 250, large: 200 },
  p99Ms: { small: 40, large: 50 },
  statements: { small: 4, large: 4 },
  firstLoadJsGzipBytes: 120_000,
  unusedNamespaces: [],
};

const failed = (checks: ReturnType<typeof evaluateTargets>) => checks.filter((c) => !c.met).map((c) => `${c.target}: ${c.subject}`);

describe('benchmark targets', () => {
  it('meets every target when each ratio is within its limit', () => {
    const checks = evaluateTargets({ floor, pages: [goodPage], bursts: [{ kind: 'upload', scale: '100x', ratio: 0.4, refused: 0, lost: 0, duplicated: 0 }] });
    expect(checks).toHaveLength(6);
    expect(failed(checks)).toEqual([]);
    expect(checks.find((c) => c.target === 'throughputVsFloor')?.value).toBeCloseTo(200 / 380);
  });

  it('misses each target on its own figure, and statements that grow with the data', () => {
    const slowPage: PageFigures = {
      label: 'audit log',
      requestsPerSecond: { small: 150, large: 30 },
      p99Ms: { small: 40, large: 400 },
      statements: { small: 5, large: 6 },
      firstLoadJsGzipBytes: 140_000,
      unusedNamespaces: ['users', 'documents'],
    };
    const checks = evaluateTargets({ floor, pages: [slowPage], bursts: [] });
    expect(failed(checks)).toEqual([
      'throughputVsFloor: audit log',
      'maxStatements: audit log',
      'p99Growth: audit log',
      'firstLoadJsVsFloor: audit log',
      'unusedNamespaces: audit log',
    ]);
    expect(checks.find((c) => c.target === 'maxStatements')?.note).toBe('5 at the small scale, 6 at the large');
    expect(checks.find((c) => c.target === 'unusedNamespaces')?.note).toBe('users, documents');
  });

  it('misses the write burst when a row is lost or duplicated, however fast', () => {
    const checks = evaluateTargets({ floor, pages: [], bursts: [{ kind: 'registration', scale: '1x', ratio: 0.9, refused: 0, lost: 1, duplicated: 2 }] });
    expect(checks).toEqual([expect.objectContaining({ target: 'burstVsRawInsert', subject: 'registration (1x)', met: false, note: '1 lost, 2 duplicated' })]);
  });

  it('counts a ratio over nothing as missed', () => {
    const checks = evaluateTargets({ floor, pages: [{ ...goodPage, p99Ms: { small: 0, large: 5 } }], bursts: [] });
    expect(failed(checks)).toEqual(['p99Growth: meetings list']);
  });
});

describe('benchmark readings', () => {
  it('finds the catalog namespaces a page payload carries whole', () => {
    const catalog = { nav: { meetings: 'Meetings', users: 'Users' }, audit: { title: 'Audit log', empty: 'Nothing yet' } };
    const chunk = JSON.stringify(['$', 'Provider', null, { messages: { nav: catalog.nav, audit: { title: 'Audit log' } } }]);
    const html = `<p>x</p><script>self.__next_f.push([1,${JSON.stringify(chunk)}])</script>`;
    expect(inlinePayload(html)).toBe(chunk);
    expect(carriedMessages(inlinePayload(html), catalog)).toEqual({
      namespaces: ['nav', 'audit'],
      messages: 3,
      catalogMessages: 4,
      bytes: '"meetings":"Meetings""users":"Users""title":"Audit log"'.length,
    });
    // The same words in a page's own props are not the namespace handed to the client.
    const props = JSON.stringify(['$', 'Heading', null, { title: 'Audit log', empty: 'Nothing yet' }]);
    expect(carriedMessages(props, catalog).namespaces).toEqual([]);
  });

  it('reads the namespaces a client component uses', () => {
    const namespaces = ['common', 'users', 'roles', 'nav'];
    expect(namespacesUsedBy(`const t = useTranslations('common');`, namespaces)).toEqual(['common']);
    expect(namespacesUsedBy("const t = useTranslations();\nt('users.title'); t(`roles.${role}`);", namespaces)).toEqual(['users', 'roles']);
  });

  it('writes logged parameters into a statement for EXPLAIN, and finds its sequential scans', () => {
    const statement = { query: 'select * from users where id = $1 and name = $2 or x = $10', parameters: ['a', "O'Neil", null, 4, 5, 6, 7, 8, 9, 'j'] };
    expect(withParameters(statement)).toBe("select * from users where id = 'a' and name = 'O''Neil' or x = 'j'");
    const plan = 'Limit\n  ->  Seq Scan on audit_events  (cost=0.00..1.00 rows=10 width=8) (actual time=0.010..5.000 rows=1000 loops=2)';
    expect(seqScansOf(plan)).toEqual([{ table: 'audit_events', rows: 2000 }]);
  });
});

describe('benchmark data: notices', () => {
  const meeting = (id: string, startDate: string, endDate: string, registrationOpensAt: string) =>
    ({ id, title: `Meeting ${id}`, startDate, endDate, timeZone: 'Asia/Seoul', format: 'in_person', city: 'Seoul', venue: 'G-Tower',
      registrationOpensAt: new Date(registrationOpensAt), registrationClosesAt: null }) as unknown as GeneratedMeeting;
  const past = meeting('past', '2022-11-20', '2022-11-21', '2022-08-22T00:00:00Z');
  const upcoming = meeting('upcoming', '2027-04-05', '2027-04-06', '2027-01-05T00:00:00Z');
  const unregistered = meeting('cancelled', '2021-05-10', '2021-05-11', '2021-02-09T00:00:00Z');
  const registration = (meetingId: string, status: GeneratedRegistration['status'], delegationRole: GeneratedRegistration['delegationRole']) =>
    ({ meetingId, status, delegationRole }) as GeneratedRegistration;
  // The past meeting's: 3 taking part (pending or approved), 2 approved, 2 heads; the upcoming one's registration opens next month.
  const registrations = [
    registration('past', 'approved', 'head'),
    registration('past', 'approved', 'delegate'),
    registration('past', 'pending', 'head'),
    registration('past', 'rejected', 'delegate'),
    registration('upcoming', 'pending', 'head'),
  ];
  const now = new Date('2026-12-07T03:00:00Z');
  const make = () =>
    [...generateNotices({ random: seededRandom(7), meetings: [past, upcoming, unregistered], registrations, staffIds: ['staff-1', 'staff-2'], now, countFor: () => 45 })];

  it('writes to the meetings whose registration has opened, each notice to an audience its registrations fill', () => {
    const notices = make();
    expect(notices).toHaveLength(45);
    const sizes = { registered: 3, approved: 2, heads: 2 };
    for (const notice of notices) {
      expect(notice.meetingId).toBe('past');
      expect(notice.recipientCount).toBe(sizes[notice.audience as keyof typeof sizes]);
      expect(['staff-1', 'staff-2']).toContain(notice.sentByUserId);
      expect(notice.sentAt.getTime()).toBeGreaterThanOrEqual(past.registrationOpensAt!.getTime());
      expect(notice.sentAt.getTime()).toBeLessThan(new Date('2022-12-21T00:00:00+09:00').getTime());
      expect(notice.subject.length).toBeGreaterThan(0);
      expect(notice.body).toContain('Meeting past');
    }
    expect(new Set(notices.map((n) => n.audience))).toEqual(new Set(['registered', 'approved', 'heads']));
    // The same seed makes the same notices, but for their ids.
    const strip = (rows: typeof notices) => rows.map(({ id: _id, ...rest }) => rest);
    expect(strip(make())).toEqual(strip(notices));
  });
});

describe("benchmark data: speakers' lists", () => {
  const meeting = (id: string, status: GeneratedMeeting['status']) => ({ id, status, startDate: '2022-11-20' }) as GeneratedMeeting;
  const item = (id: string, meetingId: string) => ({ id, meetingId }) as GeneratedAgendaItem;
  const registration = (id: string, meetingId: string, partyId: string, status: GeneratedRegistration['status']) =>
    ({ id, meetingId, partyId, status }) as GeneratedRegistration;
  const items = [item('opening', 'met'), item('review', 'met'), item('planned-item', 'planned')];
  const registrations = [
    registration('kor-head', 'met', 'KOR', 'approved'),
    registration('kor-delegate', 'met', 'KOR', 'approved'),
    registration('jpn-head', 'met', 'JPN', 'rejected'),
    registration('chn-delegate', 'met', 'CHN', 'approved'),
    registration('mng-head', 'planned', 'MNG', 'approved'),
  ];
  const make = (seed: number) =>
    [...generateFloorRequests({ random: seededRandom(seed), meetings: [meeting('met', 'concluded'), meeting('planned', 'registration_open')], items, registrations })];

  it("gives the items of a meeting that has met their speakers: one approved participant for each delegation, in turn", () => {
    const all = Array.from({ length: 20 }, (_, seed) => make(seed)).flat();
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all.map((request) => request.registrationId))).toEqual(new Set(['kor-head', 'chn-delegate']));
    for (const request of all) {
      expect(request).toMatchObject({ meetingId: 'met', status: 'spoke' });
      expect(['opening', 'review']).toContain(request.agendaItemId);
      expect(request.startedAt!.getTime()).toBeGreaterThan(request.requestedAt!.getTime());
      expect(request.endedAt!.getTime()).toBeGreaterThan(request.startedAt!.getTime());
    }
    for (const seed of [1, 2, 3]) {
      const requests = make(seed);
      for (const itemId of ['opening', 'review']) {
        const parties = requests.filter((request) => request.agendaItemId === itemId).map((request) => request.partyId);
        expect(new Set(parties).size).toBe(parties.length);
      }
      expect(make(seed)).toEqual(requests);
    }
  });

  it('gives each meeting that has met or sits a time per speaker of three to five minutes, set as it opened, and no other', () => {
    const limits = [...generateSpeakingTimeLimits([meeting('met', 'concluded'), meeting('sitting', 'in_session'), meeting('planned', 'registration_open')])];
    expect(limits.map((limit) => [limit.meetingId, limit.seconds])).toEqual([
      ['met', 180],
      ['sitting', 240],
    ]);
    expect(limits[0]!.setAt).toEqual(new Date('2022-11-20T00:15:00Z'));
  });
});
