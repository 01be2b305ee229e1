import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import { seedReferenceData } from '@/db/seed';
import { authenticateUser } from '@/lib/users/authenticate-user';
import { runUserCreate, type Terminal } from '@/scripts/user-create-command';

/** A terminal that answers the password prompts from a list and keeps what was printed. */
function terminal({ isInteractive, answers = [] }: { isInteractive: boolean; answers?: string[] }) {
  const out: string[] = [];
  const err: string[] = [];
  const prompts: string[] = [];
  const fake: Terminal = {
    isInteractive,
    askSecret: async (prompt) => {
      prompts.push(prompt);
      const answer = answers.shift();
      if (answer === undefined) throw new Error('no more answers');
      return answer;
    },
    print: (text) => out.push(text),
    printError: (text) => err.push(text),
  };
  return { fake, out, err, prompts };
}

const signIn = (email: string, password: string) => authenticateUser({ input: { email, password, clientAddress: '127.0.0.1' } });

describe('npm run user:create', () => {
  it('without a terminal, generates a strong password, prints it once, and creates the account with no actor', async () => {
    const { fake, out, err } = terminal({ isInteractive: false });
    const code = await runUserCreate(['--email', 'Head.Of.Office@UN.example', '--role', 'secretariat', '--name', 'Mi-ran Choi'], fake);
    expect({ code, err }).toEqual({ code: 0, err: [] });

    const printed = out.join('\n');
    const password = /shown this once: (\S+)/.exec(printed)?.[1] ?? '';
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(printed.split(password)).toHaveLength(2);
    expect(printed).toContain('Created the secretariat account of Mi-ran Choi <head.of.office@un.example>.');

    // Printed, the password is temporary: its owner replaces it at their first sign-in.
    expect(printed).toContain('the person chooses their own when they first sign in with it');
    const result = await signIn('head.of.office@un.example', password);
    expect(result).toMatchObject({ outcome: 'signedIn', user: { role: 'secretariat', name: 'Mi-ran Choi', mustChangePassword: true } });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'user.created')).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ actorUserId: null });
  });

  it('at a terminal, asks for the password twice, hidden, until it keeps the rules', async () => {
    await seedReferenceData();
    const chosen = 'seven sunny mornings in Ulaanbaatar';
    const answers = ['short', 'qwertyuiop123', 'jargal@env.example', chosen, 'a typo', chosen, chosen];
    const { fake, err, prompts } = terminal({ isInteractive: true, answers });
    const code = await runUserCreate(['--email', 'jargal@env.example', '--role', 'delegate', '--party', 'mng'], fake);
    // Three tries: too short, too common, the email. Then a typo in the confirmation counts too.
    expect(code).toBe(1);
    expect(err).toEqual([
      'Use a password of at least 12 characters.',
      'This is one of the most common passwords, which are tried first. Choose another.',
      'Do not use the email address of the account as its password.',
    ]);
    expect(prompts).toHaveLength(3);
    expect(await db.select().from(users)).toEqual([]);

    const again = terminal({ isInteractive: true, answers: [chosen, 'a typo', chosen, chosen] });
    expect(await runUserCreate(['--email', 'jargal@env.example', '--role', 'delegate', '--party', 'mng'], again.fake)).toBe(0);
    expect(again.err).toEqual(['The two passwords are not the same.']);
    expect(again.out.join('\n')).not.toContain(chosen);
    // Typed unseen at the terminal, it is the operator's own choice and stays.
    const result = await signIn('jargal@env.example', chosen);
    expect(result).toMatchObject({ outcome: 'signedIn', user: { role: 'delegate', name: 'jargal', mustChangePassword: false } });
  });

  it('with --generate-password, generates even at a terminal', async () => {
    const { fake, out, prompts } = terminal({ isInteractive: true });
    expect(await runUserCreate(['--email', 'staff@un.example', '--role', 'secretariat', '--generate-password'], fake)).toBe(0);
    expect(prompts).toEqual([]);
    expect(out.join('\n')).toMatch(/shown this once: \S+/);
  });

  it('refuses what the form would refuse, before asking for a password', async () => {
    await seedReferenceData();
    const cases: [string[], number, string][] = [
      [['--role', 'secretariat'], 2, 'Both --email and --role are needed.'],
      [['--email', 'x@un.example', '--role', 'president'], 1, '--role: Choose one of the roles.'],
      [['--email', 'not an email', '--role', 'observer'], 1, '--email: Enter a valid email address.'],
      [['--email', 'd@un.example', '--role', 'delegate'], 1, '--partyId: A delegate must belong to a party.'],
      [['--email', 'd@un.example', '--role', 'delegate', '--party', 'XYZ'], 1, 'No party has the code XYZ.'],
      [['--email', 'd@un.example', '--role', 'observer', '--colour', 'blue'], 2, "Unknown option '--colour'"],
    ];
    for (const [argv, expectedCode, message] of cases) {
      const { fake, err, prompts } = terminal({ isInteractive: true });
      expect(await runUserCreate(argv, fake), argv.join(' ')).toBe(expectedCode);
      expect(err.join('\n'), argv.join(' ')).toContain(message);
      expect(prompts).toEqual([]);
    }
    expect(await db.select().from(users)).toEqual([]);
  });

  it('refuses an email that already has an account', async () => {
    const first = terminal({ isInteractive: false });
    expect(await runUserCreate(['--email', 'staff@un.example', '--role', 'secretariat'], first.fake)).toBe(0);
    const second = terminal({ isInteractive: false });
    expect(await runUserCreate(['--email', 'STAFF@un.example', '--role', 'observer'], second.fake)).toBe(1);
    expect(second.err).toEqual(['An account with this email address already exists.']);
    expect(second.out).toEqual([]);
  });
});
