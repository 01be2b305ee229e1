import { asc, count, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import messages from '@/messages/en';
import * as factory from './factories';

// The session comes from next-auth's cookie in a real request; here the test says who is signed in.
// Everything else (schema, use-case, database, audit) is the real pipeline.
const session = vi.hoisted(() => ({ actor: null as Actor | null, mustChangePassword: false, renewedFor: [] as unknown[] }));
vi.mock('@/lib/session', () => ({
  requireSignedIn: async () => {
    if (!session.actor) throw new Error('NEXT_REDIRECT /sign-in');
    return { actor: session.actor, mustChangePassword: session.mustChangePassword };
  },
  renewSessionCookie: async (user: unknown) => {
    session.renewedFor.push(user);
  },
}));

const { createUserAction } = await import('@/app/(app)/admin/users/actions');
const { refusal } = await import('@/lib/action');
const { changeOwnPasswordAction } = await import('@/app/(app)/account/actions');

const input = { name: 'Tuya Bat', email: 'tuya@mne.example', role: 'observer', partyId: '', password: 'a long enough password' } as const;

async function userCount() {
  const [row] = await db.select({ n: count() }).from(users);
  return row!.n;
}

beforeEach(() => {
  session.actor = null;
  session.mustChangePassword = false;
  session.renewedFor.length = 0;
});

describe('validatedAction, through createUserAction', () => {
  it('creates, audits and answers ok with data', async () => {
    session.actor = await factory.createActor();
    const result = await createUserAction(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ email: 'tuya@mne.example', role: 'observer' });
    expect(result.data).not.toHaveProperty('passwordHash');
    expect(await db.select().from(auditEvents).where(eq(auditEvents.entityId, result.data.id)).orderBy(asc(auditEvents.id))).toHaveLength(1);
  });

  it('answers every invalid field at once and writes nothing', async () => {
    session.actor = await factory.createActor();
    const before = await userCount();
    const result = await createUserAction({ name: '', email: 'not-an-email', role: 'emperor', partyId: 'x', password: 'short' } as never);
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        name: 'nameRequired',
        email: 'emailInvalid',
        role: 'roleInvalid',
        partyId: 'partyInvalid',
        password: 'passwordTooShort',
      },
      messages: {
        nameRequired: messages.browserErrors.nameRequired,
        emailInvalid: messages.browserErrors.emailInvalid,
        roleInvalid: messages.browserErrors.roleInvalid,
        partyInvalid: messages.browserErrors.partyInvalid,
        passwordTooShort: messages.browserErrors.passwordTooShort,
      },
    });
    expect(await userCount()).toBe(before);
  });

  it('turns a refusal of the use-case into a form error, for a forged call by a delegate', async () => {
    session.actor = await factory.createActor({ role: 'delegate' });
    const before = await userCount();
    expect(await createUserAction(input)).toEqual({ ok: false, formError: 'forbidden', messages: { forbidden: messages.errors.forbidden } });
    expect(await userCount()).toBe(before);
  });

  it('puts a conflict on its field', async () => {
    session.actor = await factory.createActor();
    await createUserAction(input);
    expect(await createUserAction(input)).toEqual({
      ok: false,
      formError: 'emailTaken',
      fieldErrors: { email: 'emailTaken' },
      messages: { emailTaken: messages.errors.emailTaken },
    });
  });

  it('sends a signed-out caller away before anything runs', async () => {
    const before = await userCount();
    await expect(createUserAction(input)).rejects.toThrow('NEXT_REDIRECT');
    expect(await userCount()).toBe(before);
  });
});

describe('someone who must replace a temporary password', () => {
  it('is refused every action but the password change, and nothing is written', async () => {
    session.actor = await factory.createActor();
    session.mustChangePassword = true;
    const before = await userCount();
    expect(await createUserAction(input)).toEqual({
      ok: false,
      formError: 'passwordChangeRequired',
      messages: { passwordChangeRequired: messages.errors.passwordChangeRequired },
    });
    expect(await userCount()).toBe(before);
    expect(await db.select().from(auditEvents)).toEqual([]);
  });

  it('may change the password, which renews this browser’s session for the new session version', async () => {
    session.actor = await factory.createActor();
    session.mustChangePassword = true;
    const newPassword = 'my own passphrase 2026';
    const result = await changeOwnPasswordAction({ currentPassword: factory.factoryPassword, newPassword, confirmPassword: newPassword });
    // Nothing of the account goes back to the browser: the new cookie is all it needs.
    expect(result).toEqual({ ok: true, data: null });
    expect(session.renewedFor).toEqual([expect.objectContaining({ id: session.actor.id, sessionVersion: 2, mustChangePassword: false })]);
  });

  it('keeps the session as it was when the change is refused', async () => {
    session.actor = await factory.createActor();
    const result = await changeOwnPasswordAction({ currentPassword: 'not my password', newPassword: 'my own passphrase 2026', confirmPassword: 'my own passphrase 2026' });
    expect(result).toMatchObject({ ok: false, formError: 'currentPasswordWrong', fieldErrors: { currentPassword: 'currentPasswordWrong' } });
    expect(session.renewedFor).toEqual([]);
  });
});

describe('refusal', () => {
  it('words each key in the reader’s language, with the values of the form error, and what the catalog lacks as "not valid"', async () => {
    const details = {
      formError: 'checkInOutsideMeeting',
      formErrorValues: { day: '25 November 2023' },
      fieldErrors: { day: 'checkInOutsideMeeting', title: 'tooLong', other: 'noSuchMessage', raw: 'Invalid input: expected string' },
    };
    expect(await refusal(details)).toEqual({
      ok: false,
      ...details,
      messages: {
        checkInOutsideMeeting: '25 November 2023 is not a day of this meeting.',
        tooLong: messages.browserErrors.tooLong,
        noSuchMessage: messages.browserErrors.invalid,
        'Invalid input: expected string': messages.browserErrors.invalid,
      },
    });
  });
});

describe('refusal of an edit over a newer version', () => {
  it('words what changed on the server: labels, days, instants in the record’s zone, terms, and none', async () => {
    const result = await refusal({
      formError: 'meetingChangedMeanwhileBy',
      formErrorValues: { names: 'Hana Lim' },
      changes: [
        { field: 'venue', before: null, after: { kind: 'text', text: 'Coex' } },
        { field: 'startDate', before: { kind: 'date', date: '2023-11-23' }, after: { kind: 'date', date: '2023-11-24' } },
        { field: 'registrationOpensAt', after: { kind: 'instant', at: '2023-10-01T00:30:00Z', timeZone: 'Asia/Seoul' } },
        { field: 'status', before: { kind: 'term', key: 'meetingStatus.planned' }, after: { kind: 'term', key: 'meetingStatus.registration_open' } },
        { field: 'noSuchField', before: { kind: 'text', text: 'a' } },
      ],
    });
    expect(result.changes).toEqual([
      { field: 'venue', label: 'Venue', before: '(none)', after: 'Coex' },
      { field: 'startDate', label: 'First day', before: 'Nov 23, 2023', after: 'Nov 24, 2023' },
      { field: 'registrationOpensAt', label: 'Registration opens', after: 'Oct 1, 2023, 9:30 AM' },
      { field: 'status', label: 'Status', before: 'Planned', after: 'Registration open' },
      { field: 'noSuchField', label: 'noSuchField', before: 'a' },
    ]);
  });
});
