import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFilesUnder } from '@/bench/messages';
import { auditEntityTypes } from '@/lib/audit-log/schemas';
import messages from '@/messages/en';
import { collectReferences, describeChange, mergeChanges, type NameOf } from '@/lib/audit-log/describe-change';
import { changedFields, recordFields, renamedFields } from '@/lib/changes';

const names: Record<string, string> = {
  'party-1': 'Mongolia',
  'party-2': 'Japan',
  'user-1': 'Kim Jae-won',
  'series-1': 'Senior Officials Meeting',
  'item-1': 'Low-carbon cities',
  'area-1': 'Air pollution',
};
const nameOf: NameOf = (_kind, id) => names[id];

describe('changedFields', () => {
  it('keeps only what changed, before and after, with dates as ISO strings', () => {
    const before: Record<string, unknown> = { venue: null, city: 'Seoul', opens: new Date('2027-01-01T00:00:00Z'), number: 27 };
    const after = { venue: 'Coex', city: 'Seoul', opens: new Date('2027-01-02T00:00:00Z'), number: 27 };
    expect(changedFields(before, after, ['venue', 'city', 'opens', 'number'])).toEqual({
      venue: { before: null, after: 'Coex' },
      opens: { before: '2027-01-01T00:00:00.000Z', after: '2027-01-02T00:00:00.000Z' },
    });
  });

  it('records the values of a new or removed record on one side only', () => {
    expect(recordFields({ title: 'Opening', room: null }, ['title', 'room'])).toEqual({ title: { after: 'Opening' }, room: { after: null } });
    expect(recordFields({ title: 'Opening' }, ['title'], 'before')).toEqual({ title: { before: 'Opening' } });
  });
});

describe('renamedFields', () => {
  it('stores a field under the name the log reads it by, a registration status as a registration status', () => {
    const stored = renamedFields(changedFields({ status: 'pending' }, { status: 'approved' }, ['status']), { status: 'registrationStatus' });
    expect(stored).toEqual({ registrationStatus: { before: 'pending', after: 'approved' } });
    expect(describeChange({ fields: stored }, nameOf, 'Asia/Seoul')).toMatchObject([
      { field: 'registrationStatus', before: { kind: 'term', key: 'registrations.statuses.pending' }, after: { kind: 'term', key: 'registrations.statuses.approved' } },
    ]);
  });
});

describe('describeChange', () => {
  it('shows ids as names, statuses and roles as catalog words, instants in the record zone, in the form order', () => {
    const change = {
      fields: {
        status: { before: 'planned', after: 'registration_open' },
        hostPartyId: { before: null, after: 'party-1' },
        chairUserId: { before: 'user-gone', after: 'user-1' },
        registrationOpensAt: { before: null, after: '2027-01-01T00:00:00.000Z' },
        startDate: { before: '2027-03-16', after: '2027-03-17' },
        isPublic: { after: true },
      },
      version: 3,
      reason: 'Host withdrew',
    };
    expect(describeChange(change, nameOf, 'Asia/Seoul')).toEqual([
      { field: 'startDate', before: { kind: 'date', date: '2027-03-16' }, after: { kind: 'date', date: '2027-03-17' } },
      { field: 'hostPartyId', before: null, after: { kind: 'text', text: 'Mongolia' } },
      { field: 'chairUserId', before: { kind: 'term', key: 'audit.removedRecord' }, after: { kind: 'text', text: 'Kim Jae-won' } },
      { field: 'registrationOpensAt', before: null, after: { kind: 'instant', at: '2027-01-01T00:00:00.000Z', timeZone: 'Asia/Seoul' } },
      { field: 'status', before: { kind: 'term', key: 'meetingStatus.planned' }, after: { kind: 'term', key: 'meetingStatus.registration_open' } },
      { field: 'isPublic', after: { kind: 'term', key: 'audit.yes' } },
      { field: 'reason', after: { kind: 'text', text: 'Host withdrew' } },
    ]);
  });

  it('leaves out the empty fields of a record made or removed, and keeps a field emptied by an edit', () => {
    const created = { fields: { name: { after: 'Ganbold Bat' }, position: { after: null }, dietaryNeeds: { after: '' }, isListedPublicly: { after: false } } };
    expect(describeChange(created, nameOf, 'Asia/Seoul')).toEqual([
      { field: 'name', after: { kind: 'text', text: 'Ganbold Bat' } },
      { field: 'isListedPublicly', after: { kind: 'term', key: 'audit.no' } },
    ]);
    const removed = { fields: { title: { before: 'Opening' }, room: { before: null } } };
    expect(describeChange(removed, nameOf, 'Asia/Seoul')).toEqual([{ field: 'title', before: { kind: 'text', text: 'Opening' } }]);
    expect(describeChange({ fields: { venue: { before: 'Coex', after: null } } }, nameOf, 'Asia/Seoul')).toEqual([
      { field: 'venue', before: { kind: 'text', text: 'Coex' }, after: null },
    ]);
  });

  it("names a review's agenda item by its title, and says so once the item is gone", () => {
    expect(describeChange({ fields: { agendaItemId: { before: null, after: 'item-1' } } }, nameOf, 'Asia/Seoul')).toEqual([
      { field: 'agendaItemId', before: null, after: { kind: 'text', text: 'Low-carbon cities' } },
    ]);
    expect(describeChange({ fields: { agendaItemId: { after: 'item-2' } } }, nameOf, 'Asia/Seoul')).toEqual([
      { field: 'agendaItemId', after: { kind: 'term', key: 'audit.removedRecord' } },
    ]);
  });

  it('collects every id a change names, by kind', () => {
    const references = collectReferences([
      { fields: { hostPartyId: { before: 'party-1', after: 'party-2' }, chairUserId: { after: 'user-1' } } },
      { fields: { seriesId: { before: 'series-1', after: 'series-1' }, title: { after: 'x' } } },
      { fields: { agendaItemId: { after: 'item-1' } } },
      { fields: { areaId: { after: 'area-1' }, partnerPartyIds: { before: ['party-3'], after: ['party-3', 'party-4'] } } },
    ]);
    expect(references).toEqual({
      user: new Set(['user-1']),
      party: new Set(['party-1', 'party-2', 'party-3', 'party-4']),
      series: new Set(['series-1']),
      agendaItem: new Set(['item-1']),
      area: new Set(['area-1']),
      project: new Set(),
      meeting: new Set(),
    });
  });

  it("names a project's area and its partner parties, never their ids", () => {
    const change = { fields: { areaId: { after: 'area-1' }, partnerPartyIds: { before: ['party-1'], after: ['party-1', 'party-2'] } } };
    expect(describeChange(change, nameOf, 'Asia/Seoul')).toEqual([
      { field: 'areaId', after: { kind: 'text', text: 'Air pollution' } },
      { field: 'partnerPartyIds', before: { kind: 'text', text: 'Mongolia' }, after: { kind: 'text', text: 'Mongolia, Japan' } },
    ]);
    // No partners at first is no value, as an empty field is.
    expect(describeChange({ fields: { partnerPartyIds: { before: [], after: ['party-2'] } } }, nameOf, 'Asia/Seoul')).toEqual([
      { field: 'partnerPartyIds', before: null, after: { kind: 'text', text: 'Japan' } },
    ]);
  });
});

describe('mergeChanges', () => {
  it('takes each field from its first value to its last over several changes', () => {
    const merged = mergeChanges([
      { fields: { venue: { before: null, after: 'Coex' }, city: { before: 'Seoul', after: 'Incheon' } }, version: 2 },
      { fields: { venue: { before: 'Coex', after: 'Lotte Hotel' } }, version: 3 },
    ]);
    expect(merged).toEqual({ fields: { venue: { before: null, after: 'Lotte Hotel' }, city: { before: 'Seoul', after: 'Incheon' } } });
  });
});

describe('the kinds of record the log knows', () => {
  // Every `entityType` the use-cases record, read from their code: one the log did not know showed its
  // events as "(a removed record)", with no filter to find them.
  const recorded = [...new Set(sourceFilesUnder('lib').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/entityType: '(\w+)'/g)].map((match) => match[1]!)))];

  it('names, links and filters by each kind the use-cases record events against', () => {
    expect(recorded.length).toBeGreaterThan(10);
    expect(recorded.filter((kind) => !(auditEntityTypes as readonly string[]).includes(kind))).toEqual([]);
  });

  it('has a word for each kind, one record and many', () => {
    const { entity, entities } = messages.audit;
    expect(auditEntityTypes.filter((kind) => !(kind in entity) || !(kind in entities))).toEqual([]);
  });
});
