import 'server-only';
import { cache } from 'react';
import type { MeetingDetail } from '@/db/queries/meetings';
import { findParagraphsOfRevisions, findStatementRecords, findStatementToRead, type StatementNames, type StatementRecords } from '@/db/queries/statements';
import type { Statement, StatementParagraph } from '@/db/schema';
import { appNow } from '../clock';
import { AppError } from '../errors';
import { roomScreenRefusal } from '../floor/rules';
import type { Actor, KindedPartyRef } from '../permissions';
import { canReadStatement, statementAbilities, type StatementAbilities } from './abilities';
import { effectiveStatement } from './silence';

export type ReadableStatement = {
  /** As it stands at `now`: a silence procedure past its deadline reads as adopted, recorded or not. */
  statement: Statement;
  meeting: MeetingDetail;
  /** The reader's own party (amendments, objections and positions are made for it), and its name. */
  party: KindedPartyRef | null;
  partyName: string | null;
  names: StatementNames;
  /** What the reader may do with it; and whether they may put it (and its amendments) on the room's screen. */
  can: StatementAbilities & { showOnScreen: boolean };
  /**
   * For those who run the room: whether its screen shows this text (`text`), the text as amended so far
   * (`amended`) or one of its amendments (by number), so the page says so instead of offering to put it there.
   */
  onRoomScreen: { text: boolean; amended: boolean; amendmentNumber: number | null };
  /** When it was read: the moment every rule of the page is judged at. */
  now: Date;
};

/**
 * The statement the actor asked for, if they may read it (one they may not is as missing as one
 * that does not exist), with what they may do with it, in one query. Every reader of statements
 * starts here; within one request (a page and its sections) it is read once.
 */
export const readStatement = cache(async (actor: Actor, statementId: string): Promise<ReadableStatement> => {
  const now = appNow();
  const found = await findStatementToRead(statementId, actor.partyId);
  if (!found) throw new AppError('NOT_FOUND', 'statementNotFound');
  const { meeting, party, names, screen } = found;
  const statement = effectiveStatement(found.statement, now);
  if (!canReadStatement(actor, { meeting, statement })) throw new AppError('NOT_FOUND', 'statementNotFound');
  const partyRef = party ? { partyId: party.id, kind: party.kind } : null;
  const showOnScreen = roomScreenRefusal({ actor, meeting }) === null;
  const shown = showOnScreen && screen?.statementId === statement.id ? screen : null;
  return {
    statement,
    meeting,
    party: partyRef,
    partyName: party?.name ?? null,
    names,
    can: { ...statementAbilities(actor, { meeting, statement, party: partyRef, now }), showOnScreen },
    onRoomScreen: { text: shown?.shows === 'statement', amended: shown?.shows === 'amended', amendmentNumber: shown?.amendmentNumber ?? null },
    now,
  };
});

/**
 * The records the statement's page lists (revisions, amendments, objections, positions), read in one
 * query once per request, whichever section asks first. Only after readStatement let the actor in.
 */
export const readStatementRecords = cache(async (statementId: string): Promise<StatementRecords> => {
  const records = await findStatementRecords(statementId);
  if (!records) throw new AppError('NOT_FOUND', 'statementNotFound');
  return records;
});

// The revisions whose paragraphs this request has asked for, each read once: the text shown, the
// amendments' revisions and the circulated one for the text as amended are mostly the same revision.
const paragraphsAskedFor = cache((_statementId: string) => new Map<number, Promise<StatementParagraph[]>>());

/**
 * The paragraphs of some revisions of a statement, in order, by number: those no section of this
 * request has asked for yet are read together, in one statement. Only after readStatement let the actor in.
 */
export async function readParagraphsOfRevisions(statementId: string, numbers: readonly number[]): Promise<Map<number, StatementParagraph[]>> {
  const asked = paragraphsAskedFor(statementId);
  const missing = [...new Set(numbers)].filter((number) => !asked.has(number));
  if (missing.length > 0) {
    const read = findParagraphsOfRevisions(statementId, missing);
    for (const number of missing) asked.set(number, read.then((byRevision) => byRevision.get(number)!));
  }
  return new Map(await Promise.all(numbers.map(async (number) => [number, await asked.get(number)!] as const)));
}
