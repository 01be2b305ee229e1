import { and, asc, eq, ilike, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { closeDb, db } from '@/db/client';
import { preparedRead, preparedReadByShape } from '@/db/prepared';
import { findAccountWithParty } from '@/db/queries/users';
import { users } from '@/db/schema';
import * as factory from './factories';

const userName = preparedRead('test_user_name', (ex) => ex.select({ name: users.name }).from(users).where(eq(users.id, sql.placeholder('id'))));

const usersNamed = preparedReadByShape('test_users_named', (ex, shape: { name: boolean; email: boolean }) =>
  ex
    .select({ name: users.name })
    .from(users)
    .where(and(shape.name ? ilike(users.name, sql.placeholder('name')) : undefined, shape.email ? eq(users.email, sql.placeholder('email')) : undefined))
    .orderBy(asc(users.name)),
);

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

  it('by shape: one read for each combination of filters, whatever their values', async () => {
    const ada = await factory.createUser({ name: 'Ada Shape', email: 'ada.shape@example.org' });
    await factory.createUser({ name: 'Ada Other', email: 'ada.other@example.org' });

    expect(usersNamed({ name: true, email: false })).toBe(usersNamed({ email: false, name: true }));
    expect(usersNamed({ name: true, email: false })).not.toBe(usersNamed({ name: true, email: true }));
    expect(await usersNamed({ name: true, email: false }).execute({ name: 'ada %' })).toEqual([{ name: 'Ada Other' }, { name: 'Ada Shape' }]);
    expect(await usersNamed({ name: true, email: true }).execute({ name: 'ada %', email: ada.email })).toEqual([{ name: 'Ada Shape' }]);
    expect(await usersNamed({ name: false, email: true }).execute({ email: ada.email })).toEqual([{ name: 'Ada Shape' }]);
  });
});
