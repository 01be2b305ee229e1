import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/permissions';
import {
  acceptedForMerge,
  amendmentAbilities,
  amendmentNeighbours,
  amendmentWordChanges,
  commentRefusal,
  commentWithdrawalRefusal,
  cosponsorRefusal,
  disposeRefusal,
  paragraphRefs,
  proposeRefusal,
  repeatedProposalRefusal,
  withdrawRefusal,
  withdrawSupportRefusal,
  type AmendmentFacts,
  type AmendmentState,
} from '@/lib/statements/amendment-rules';
import { commentOnStatementSchema } from '@/lib/statements/amendment-schemas';
import { amendmentDecidedEmail, type AmendmentDecision } from '@/lib/statements/emails';
import { mergeAmendments } from '@/lib/statements/merge-amendments';

const now = new Date('2030-01-10T00:00:00Z');
const japan = { partyId: 'jpn', kind: 'member_state' };
const china = { partyId: 'chn', kind: 'member_state' };
const actor = (role: Actor['role'], id = `${role}-1`, partyId: string | null = null): Actor => ({ id, name: id, email: `${id}@x`, role, partyId });
const circulated = { status: 'circulated' as const, circulatedRevision: 2, commentDeadline: new Date('2030-01-11T00:00:00Z') };

function facts(values: Partial<AmendmentFacts> = {}): AmendmentFacts {
  return { actor: actor('delegate', 'sato', 'jpn'), meeting: { chairUserId: 'chair-1' }, statement: circulated, party: japan, now, ...values };
}
const chinaFacts = (values: Partial<AmendmentFacts> = {}) => facts({ actor: actor('delegate', 'wang', 'chn'), party: china, ...values });
const japanese: AmendmentState = { status: 'proposed', partyId: 'jpn', revisionNumber: 2, sponsorPartyIds: [] };
const keyOf = (refusal: { messageKey: string } | null) => refusal?.messageKey ?? null;

describe('who may do what with an amendment', () => {
  it('lets a member state propose for itself while the text is circulated and before its deadline', () => {
    expect(proposeRefusal(facts())).toBeNull();
    expect(keyOf(proposeRefusal(facts({ party: { partyId: 'jpn', kind: 'organization' } })))).toBe('amendmentMemberStatesOnly');
    expect(keyOf(proposeRefusal(facts({ actor: actor('secretariat'), party: null })))).toBe('amendmentMemberStatesOnly');
    // A party that is not the actor's own reaches nothing, whatever it claims.
    expect(keyOf(proposeRefusal(facts({ party: china })))).toBe('amendmentMemberStatesOnly');
    expect(keyOf(proposeRefusal(facts({ now: circulated.commentDeadline })))).toBe('statementCommentDeadlinePassed');
    expect(keyOf(proposeRefusal(facts({ statement: { ...circulated, status: 'final' } })))).toBe('amendmentTextFinal');
    expect(keyOf(proposeRefusal(facts({ statement: { ...circulated, status: 'drafting' } })))).toBe('statementNotCirculated');
  });

  it('lets a member state comment for itself when it could propose an amendment, and names why not otherwise', () => {
    expect(commentRefusal(facts())).toBeNull();
    expect(commentRefusal(chinaFacts())).toBeNull();
    expect(keyOf(commentRefusal(facts({ party: { partyId: 'jpn', kind: 'organization' } })))).toBe('statementCommentMemberStatesOnly');
    expect(keyOf(commentRefusal(facts({ actor: actor('secretariat'), party: null })))).toBe('statementCommentMemberStatesOnly');
    expect(keyOf(commentRefusal(facts({ actor: actor('observer', 'obs', 'jpn') })))).toBe('statementCommentMemberStatesOnly');
    expect(keyOf(commentRefusal(facts({ party: china })))).toBe('statementCommentMemberStatesOnly');
    for (const statement of [{ ...circulated, status: 'drafting' as const }, { ...circulated, status: 'final' as const }, { ...circulated, status: 'adopted' as const }]) {
      expect(keyOf(commentRefusal(facts({ statement })))).toBe('statementCommentsClosed');
    }
    expect(keyOf(commentRefusal(facts({ now: circulated.commentDeadline })))).toBe('statementCommentsClosed');
  });

  it('lets a delegation withdraw its own comment once, while comments are open, and no one else', () => {
    const own = { partyId: 'jpn', withdrawnAt: null };
    expect(commentWithdrawalRefusal(facts(), own)).toBeNull();
    // Any delegate of the party may: the comment is the delegation's.
    expect(commentWithdrawalRefusal(facts({ actor: actor('delegate', 'ito', 'jpn') }), own)).toBeNull();
    expect(keyOf(commentWithdrawalRefusal(chinaFacts(), own))).toBe('statementCommentOwnOnly');
    for (const role of ['secretariat', 'chair'] as const) {
      expect(keyOf(commentWithdrawalRefusal(facts({ actor: actor(role), party: null }), own))).toBe('statementCommentOwnOnly');
    }
    expect(keyOf(commentWithdrawalRefusal(facts({ actor: actor('observer', 'obs', 'jpn') }), own))).toBe('statementCommentOwnOnly');
    expect(keyOf(commentWithdrawalRefusal(facts(), { ...own, withdrawnAt: now }))).toBe('statementCommentWithdrawn');
    for (const statement of [{ ...circulated, status: 'final' as const }, { ...circulated, status: 'adopted' as const }]) {
      expect(keyOf(commentWithdrawalRefusal(facts({ statement }), own))).toBe('statementCommentsClosed');
    }
    expect(keyOf(commentWithdrawalRefusal(facts({ now: circulated.commentDeadline }), own))).toBe('statementCommentsClosed');
  });

  it("asks a comment of 3 to 3,000 characters, trimmed, and names the field's message", () => {
    const statementId = crypto.randomUUID();
    expect(commentOnStatementSchema.parse({ statementId, body: '  We support the draft.  ' })).toEqual({ statementId, body: 'We support the draft.' });
    const messages = (body: string) => commentOnStatementSchema.safeParse({ statementId, body }).error!.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
    expect(messages('  ab ')).toEqual(['body:statementCommentRequired']);
    expect(messages('x'.repeat(3001))).toEqual(['body:tooLong']);
  });

  it('lets other member states co-sponsor once, only an open amendment of the circulated revision', () => {
    expect(cosponsorRefusal(japanese, chinaFacts())).toBeNull();
    expect(keyOf(cosponsorRefusal(japanese, facts()))).toBe('amendmentOwnParty');
    expect(keyOf(cosponsorRefusal({ ...japanese, sponsorPartyIds: ['chn'] }, chinaFacts()))).toBe('amendmentAlreadySponsored');
    expect(keyOf(cosponsorRefusal({ ...japanese, status: 'accepted' }, chinaFacts()))).toBe('amendmentNotProposed');
    expect(keyOf(cosponsorRefusal({ ...japanese, revisionNumber: 1 }, chinaFacts()))).toBe('amendmentStale');
  });

  it('lets a co-sponsor take its support back while it could still give it', () => {
    const supported = { ...japanese, sponsorPartyIds: ['chn'] };
    expect(withdrawSupportRefusal(supported, chinaFacts())).toBeNull();
    expect(keyOf(withdrawSupportRefusal(japanese, chinaFacts()))).toBe('amendmentNotSponsored');
    expect(keyOf(withdrawSupportRefusal(supported, facts()))).toBe('amendmentNotSponsored');
    expect(keyOf(withdrawSupportRefusal(supported, chinaFacts({ party: { partyId: 'chn', kind: 'organization' } })))).toBe('amendmentMemberStatesOnly');
    expect(keyOf(withdrawSupportRefusal({ ...supported, status: 'accepted' }, chinaFacts()))).toBe('amendmentNotProposed');
    expect(keyOf(withdrawSupportRefusal(supported, chinaFacts({ now: circulated.commentDeadline })))).toBe('statementCommentDeadlinePassed');
    expect(amendmentAbilities(supported, chinaFacts())).toMatchObject({ cosponsor: false, withdrawSupport: true });
  });

  it('lets only the proposing party withdraw, while the text is circulated and nobody has decided', () => {
    expect(withdrawRefusal(japanese, facts({ now: new Date('2031-01-01') }))).toBeNull();
    expect(keyOf(withdrawRefusal(japanese, chinaFacts()))).toBe('amendmentNotYourParty');
    expect(keyOf(withdrawRefusal({ ...japanese, status: 'rejected' }, facts()))).toBe('amendmentNotProposed');
    expect(keyOf(withdrawRefusal(japanese, facts({ statement: { ...circulated, status: 'final' } })))).toBe('amendmentDecisionsClosed');
  });

  it("lets the secretariat and this meeting's chair decide, even after the comment deadline", () => {
    const late = { now: new Date('2031-01-01') };
    expect(disposeRefusal(japanese, facts({ actor: actor('secretariat'), party: null, ...late }))).toBeNull();
    expect(disposeRefusal(japanese, facts({ actor: actor('chair', 'chair-1'), party: null }))).toBeNull();
    expect(keyOf(disposeRefusal(japanese, facts({ actor: actor('chair', 'chair-2'), party: null })))).toBe('amendmentDisposeForbidden');
    expect(keyOf(disposeRefusal(japanese, facts()))).toBe('amendmentDisposeForbidden');
    expect(keyOf(disposeRefusal(japanese, facts({ actor: actor('secretariat'), statement: { ...circulated, status: 'drafting' } })))).toBe('amendmentDecisionsClosed');
    expect(amendmentAbilities(japanese, chinaFacts())).toEqual({ cosponsor: true, withdrawSupport: false, withdraw: false, dispose: false });
  });
});

describe('a proposal that repeats an open amendment', () => {
  const open = [
    { number: 3, partyId: 'jpn', sponsorPartyIds: [], kind: 'replace' as const, text: 'Welcome the   new\nwork.', paragraphKind: null },
    { number: 5, partyId: 'kor', sponsorPartyIds: ['chn'], kind: 'delete' as const, text: null, paragraphKind: null },
    { number: 6, partyId: 'kor', sponsorPartyIds: [], kind: 'insert_after' as const, text: 'Note the report.', paragraphKind: 'preambular' as const },
  ];
  const refusal = (proposal: Parameters<typeof repeatedProposalRefusal>[0], partyId: string) => {
    const error = repeatedProposalRefusal(proposal, open, partyId);
    return error && { key: error.messageKey, values: error.values };
  };

  it("refuses the country's own change again, and points another country to co-sponsoring it", () => {
    const same = { kind: 'replace' as const, text: 'Welcome the new work.', paragraphKind: null };
    expect(refusal(same, 'jpn')).toEqual({ key: 'amendmentRepeatsOwn', values: { number: 3 } });
    expect(refusal(same, 'mng')).toEqual({ key: 'amendmentRepeatsOther', values: { number: 3 } });
  });

  it('counts a co-sponsor as one of its own, and a deletion as the same change whoever proposes it', () => {
    const deletion = { kind: 'delete' as const, text: null, paragraphKind: null };
    expect(refusal(deletion, 'chn')).toEqual({ key: 'amendmentRepeatsOwn', values: { number: 5 } });
    expect(refusal(deletion, 'jpn')).toEqual({ key: 'amendmentRepeatsOther', values: { number: 5 } });
  });

  it('lets through other words, another kind of change, and an insertion of another kind of paragraph', () => {
    expect(refusal({ kind: 'replace', text: 'Welcome the new works.', paragraphKind: null }, 'jpn')).toBeNull();
    expect(refusal({ kind: 'insert_after', text: 'Welcome the new work.', paragraphKind: 'operative' }, 'jpn')).toBeNull();
    expect(refusal({ kind: 'insert_after', text: 'Note the report.', paragraphKind: 'operative' }, 'jpn')).toBeNull();
  });
});

describe('naming paragraphs and showing amendments', () => {
  it('names operative paragraphs by their number and preambular ones by their place in the preamble', () => {
    const refs = paragraphRefs([
      { id: 'a', kind: 'preambular' },
      { id: 'b', kind: 'operative' },
      { id: 'c', kind: 'preambular' },
      { id: 'd', kind: 'operative' },
    ]);
    expect([...refs.values()]).toEqual([
      { kind: 'preambular', number: 1 },
      { kind: 'operative', number: 1 },
      { kind: 'preambular', number: 2 },
      { kind: 'operative', number: 2 },
    ]);
  });

  it('shows a replacement word by word, an insertion as all new and a deletion as all gone', () => {
    const replaced = amendmentWordChanges('replace', 'Welcome the progress.', 'Welcome the significant progress.');
    expect(replaced.filter((c) => c.added).map((c) => c.value.trim())).toEqual(['significant']);
    expect(amendmentWordChanges('insert_after', 'Old.', 'New paragraph.')).toEqual([{ value: 'New paragraph.', added: true, removed: false, count: 1 }]);
    expect(amendmentWordChanges('delete', 'Old.', null)).toEqual([{ value: 'Old.', added: false, removed: true, count: 1 }]);
  });
});

describe('stepping through amendments on the room\'s screen', () => {
  const list = [
    { number: 1, status: 'accepted' as const },
    { number: 2, status: 'withdrawn' as const },
    { number: 3, status: 'proposed' as const },
    { number: 4, status: 'rejected' as const },
    { number: 5, status: 'withdrawn' as const },
  ];

  it('steps to the amendments before and after by number, passing over withdrawn ones', () => {
    expect(amendmentNeighbours(list, 3)).toEqual({ previous: 1, next: 4 });
    expect(amendmentNeighbours(list, 1)).toEqual({ previous: null, next: 3 });
    expect(amendmentNeighbours(list, 4)).toEqual({ previous: 3, next: null });
  });

  it('steps from a withdrawn amendment to its neighbours still before the meeting', () => {
    expect(amendmentNeighbours(list, 2)).toEqual({ previous: 1, next: 3 });
    expect(amendmentNeighbours(list, 5)).toEqual({ previous: 4, next: null });
  });

  it('has nowhere to step with one amendment, or none before the meeting', () => {
    expect(amendmentNeighbours([{ number: 1, status: 'proposed' }], 1)).toEqual({ previous: null, next: null });
    expect(amendmentNeighbours([{ number: 1, status: 'withdrawn' }], 1)).toEqual({ previous: null, next: null });
  });

  it('does not depend on the order it is given', () => {
    expect(amendmentNeighbours([...list].reverse(), 3)).toEqual({ previous: 1, next: 4 });
  });
});

describe('accepted amendments as merged', () => {
  const row = { id: 'a1', number: 1, paragraphId: 'p1', paragraphKind: null, acceptedText: null };
  const base = [{ id: 'p1', key: 'k1', kind: 'operative' as const, text: 'Welcome the progress.', amendmentIds: [] }];

  it('merges the words accepted instead of the proposal when they were changed', () => {
    const merged = mergeAmendments(base, [acceptedForMerge({ ...row, kind: 'replace', text: 'Proposed.', acceptedText: 'Accepted.' })]);
    expect(merged.ok && merged.paragraphs[0]!.text).toBe('Accepted.');
  });

  it('keeps a paragraph whose deletion was accepted with a change, in the changed words', () => {
    expect(acceptedForMerge({ ...row, kind: 'delete', text: null, acceptedText: 'Note the progress.' })).toMatchObject({ kind: 'replace', text: 'Note the progress.' });
    expect(acceptedForMerge({ ...row, kind: 'delete', text: null })).toMatchObject({ kind: 'delete', text: null });
  });
});

describe('the email telling a decision on an amendment', () => {
  const person = { name: 'Sato Haruka', email: 'delegate.jpn@neaspec.example' };
  const decided = (values: Partial<AmendmentDecision>) =>
    amendmentDecidedEmail(
      person,
      'Commemorative statement',
      'SOM-26',
      { number: 3, partyName: 'Japan', status: 'accepted', acceptedText: null, reason: null, decidedBy: 'chair', ...values },
      'https://example.org/s',
    );

  it('names the outcome, the amendment and its proposer, and says an accepted one is merged next', () => {
    const accepted = decided({});
    expect(accepted).toMatchObject({ kind: 'amendment_decided', to: person.email, subject: 'Amendment 3 accepted: Commemorative statement' });
    expect(accepted.body).toContain('The chair has accepted amendment 3 to "Commemorative statement" (SOM-26), proposed by Japan.');
    expect(accepted.body).toContain('merges accepted amendments into the next revision');
    expect(accepted.body).not.toContain('The reason:');
    expect(accepted.body).toContain('https://example.org/s');
  });

  it('gives the words accepted instead, and the reason of a rejection', () => {
    const changed = decided({ acceptedText: 'Recalling the NEASPEC Framework (1996),', decidedBy: 'secretariat' });
    expect(changed.subject).toBe('Amendment 3 accepted with a change: Commemorative statement');
    expect(changed.body).toContain('The secretariat has accepted amendment 3 to "Commemorative statement" (SOM-26), proposed by Japan, with a change of its words.');
    expect(changed.body).toContain('The words accepted:\nRecalling the NEASPEC Framework (1996),');

    const rejected = decided({ status: 'rejected', reason: 'The request stays.' });
    expect(rejected.subject).toBe('Amendment 3 rejected: Commemorative statement');
    expect(rejected.body).toContain('The reason:\nThe request stays.');
    expect(rejected.body).not.toContain('next revision');
  });
});
