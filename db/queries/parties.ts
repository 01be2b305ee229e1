import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db, type Executor } from '../client';
import { parties, type Party } from '../schema';

export function listParties(ex: Executor = db): Promise<Party[]> {
  return ex.select().from(parties).orderBy(asc(parties.kind), asc(parties.name));
}

export function findPartyById(id: string, ex: Executor = db): Promise<Party | undefined> {
  return ex.query.parties.findFirst({ where: eq(parties.id, id) });
}

export function findPartyByCode(code: string, ex: Executor = db): Promise<Party | undefined> {
  return ex.query.parties.findFirst({ where: eq(parties.code, code.toUpperCase()) });
}
