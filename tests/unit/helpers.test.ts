import { describe, expect, it } from 'vitest';
import { assertLocalDatabase } from '@/db/local-guard';
import { roles } from '@/db/schema/users';
import { meetingFormats, meetingStatuses } from '@/db/schema/meetings';
import { AppError, isUniqueViolation } from '@/lib/errors';
import { pageWindow, toPage } from '@/lib/pagination';
import { assertNotOwnAccount } from '@/lib/users/rules';
import messages from '@/messages/en';

describe('pagination', () => {
  it('clamps the page and computes the offset', () => {
    expect(pageWindow(3, 20)).toEqual({ page: 3, pageSize: 20, offset: 40 });
    expect(pageWindow(0)).toMatchObject({ page: 1, offset: 0 });
    expect(pageWindow(1.5)).toMatchObject({ page: 1 });
  });

  it('counts pages, with at least one', () => {
    expect(toPage([], 0, { page: 1, pageSize: 20 }).pageCount).toBe(1);
    expect(toPage([], 41, { page: 1, pageSize: 20 }).pageCount).toBe(3);
  });
});

describe('assertLocalDatabase', () => {
  it('accepts this machine and refuses any other host', () => {
    expect(() => assertLocalDatabase(undefined)).not.toThrow();
    expect(() => assertLocalDatabase('postgres://postgres@127.0.0.1:5432/test')).not.toThrow();
    expect(() => assertLocalDatabase('postgres://u@localhost/test')).not.toThrow();
    expect(() => assertLocalDatabase('postgres://u@db.example.org/prod')).toThrow(/Refusing/);
    expect(() => assertLocalDatabase('not a url')).toThrow();
  });
});

describe('isUniqueViolation', () => {
  it('finds the SQLSTATE on the error or on its cause', () => {
    expect(isUniqueViolation({ code: '23505', constraint: 'users_email_unique' }, 'users_email_unique')).toBe(true);
    expect(isUniqueViolation(Object.assign(new Error('wrapped'), { cause: { code: '23505', constraint_name: 'users_email_unique' } }), 'users_email_unique')).toBe(true);
    expect(isUniqueViolation({ code: '23505', constraint_name: 'other' }, 'users_email_unique')).toBe(false);
    expect(isUniqueViolation({ code: '23503', constraint_name: 'users_email_unique' }, 'users_email_unique')).toBe(false);
    expect(isUniqueViolation(new Error('x'), 'users_email_unique')).toBe(false);
  });
});

describe('assertNotOwnAccount', () => {
  const actor = { id: 'me', name: 'Me', email: 'me@x.example', role: 'secretariat' as const, partyId: null };
  it('refuses changes to the actor’s own account only', () => {
    expect(() => assertNotOwnAccount(actor, 'someone-else')).not.toThrow();
    expect(() => assertNotOwnAccount(actor, 'me')).toThrow(AppError);
  });
});

describe('message catalog', () => {
  it('names every role, meeting status and format', () => {
    for (const role of roles) expect(messages.roles).toHaveProperty(role);
    for (const status of meetingStatuses) expect(messages.meetingStatus).toHaveProperty(status);
    for (const format of meetingFormats) expect(messages.meetingFormat).toHaveProperty(format);
  });
});
