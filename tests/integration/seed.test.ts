import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { meetings, parties, users } from '@/db/schema';
import { demoPassword, demoUsers, seedDatabase } from '@/db/seed';
import { authenticateUser } from '@/lib/users/authenticate-user';

async function counts() {
  const [p] = await db.select({ n: count() }).from(parties);
  const [u] = await db.select({ n: count() }).from(users);
  const [m] = await db.select({ n: count() }).from(meetings);
  return { parties: p!.n, users: u!.n, meetings: m!.n };
}

describe('seedDatabase', () => {
  it('loads the demo data once, however often it runs', async () => {
    await seedDatabase();
    const first = await counts();
    expect(first).toEqual({ parties: 9, users: demoUsers.length, meetings: 2 });
    await seedDatabase();
    expect(await counts()).toEqual(first);
  });

  it('gives every demo account the printed password, with its role, and makes the chair chair the 26th SOM', async () => {
    await seedDatabase();
    for (const demo of demoUsers) {
      const actor = await authenticateUser({ input: { email: demo.email, password: demoPassword } });
      expect(actor?.role).toBe(demo.role);
    }
    const chair = await authenticateUser({ input: { email: 'chair@neaspec.example', password: demoPassword } });
    const som26 = (await db.select().from(meetings)).find((m) => m.number === 26);
    expect(som26).toMatchObject({ chairUserId: chair!.id, startDate: '2023-11-23', endDate: '2023-11-24', timeZone: 'Asia/Seoul', city: 'Seoul' });
  });
});
