import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { closeDb, db } from '@/db/client';
import { preparedRead } from '@/db/prepared';
import { findAccountWithParty } from '@/db/queries/users';
import { users } from '@/db/schema';
import * as factory from './factories';

const userName = preparedRead('test_user_name', (ex) => ex.select({ name: users.name }).from(users).where(eq(users.id, sql.placeholder('id'))));

describe('prepared reads', () => {
  it('are built once for the database and read what is there at each call', async () => {
    const first = await factory.createUser({ name: 'First Reader' });
    const second = await factory.createUser({ name: 'Second Reader' });

    expect(userName()).toBe(userName(db));
    expect(await userName().execute({ id: first.id })).toEqual([{ name: 'First Reader' }]);
    expect(await userName().execute({ id: second.id })).toEqual([{ name: 'Second Reader' }]);
    await db.update(users).set({ name: 'Renamed Reader' }).where(eq(users.id, first.id));
    expect(await userName().execute({ id: first.id })).toEqual([{ name: 'Renamed Reader' }]);
  });

  it('inside a transaction, run on it and see its own writes', async () => {
    const user = await factory.createUser({ name: 'Before' });
    const rolledBack = new Error('roll back');
    await expect(
      db.transaction(async (tx) => {
        await tx.update(users).set({ name: 'Inside' }).where(eq(users.id, user.id));
        expect(userName(tx)).not.toBe(userName());
        expect(await userName(tx).execute({ id: user.id })).toEqual([{ name: 'Inside' }]);
        expect((await findAccountWithParty(user.id, tx))?.name).toBe('Inside');
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect((await findAccountWithParty(user.id))?.name).toBe('Before');
  });

  it('are built again for a database opened after the last was closed', async () => {
    const user = await factory.createUser({ name: 'Still Here' });
    const before = userName();
    await closeDb();
    const after = userName();
    expect(after).not.toBe(before);
    expect(await after.execute({ id: user.id })).toEqual([{ name: 'Still Here' }]);
  });
});
