import 'server-only';
import { db, type Executor } from '../client';
import { emailOutbox, type NewOutboxEmail, type OutboxEmail } from '../schema';

export async function insertOutboxEmail(values: NewOutboxEmail, ex: Executor = db): Promise<OutboxEmail> {
  const [row] = await ex.insert(emailOutbox).values(values).returning();
  return row!;
}
