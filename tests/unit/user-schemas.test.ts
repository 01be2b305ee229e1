import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/action';
import {
  changeUserRoleSchema,
  createUserSchema,
  findUsersSchema,
  setUserDisabledSchema,
  signInPageSchema,
} from '@/lib/users/schemas';
import { signInSchema } from '@/lib/users/sign-in-schemas';
import messages from '@/messages/en';

const partyId = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const valid = { name: '  Sato Haruka ', email: ' Sato@MOFA.example ', role: 'delegate', partyId, password: 'twelve chars!' };

function errorsOf(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? {} : fieldErrorsOf(result.error as never);
}

describe('createUserSchema', () => {
  it('accepts a valid user, trimming the name and lower-casing the email', () => {
    expect(createUserSchema.parse(valid)).toEqual({ ...valid, name: 'Sato Haruka', email: 'sato@mofa.example' });
  });

  it('turns the empty party choice into no party', () => {
    expect(createUserSchema.parse({ ...valid, role: 'observer', partyId: '' }).partyId).toBeNull();
  });

  it.each([
    ['a bad email', { email: 'sato@' }, { email: 'emailInvalid' }],
    ['an unknown role', { role: 'president' }, { role: 'roleInvalid' }],
    ['a malformed party', { partyId: 'JPN' }, { partyId: 'partyInvalid' }],
    ['a short password', { password: 'short' }, { password: 'passwordTooShort' }],
    ['a one-letter name', { name: ' x ' }, { name: 'nameRequired' }],
    ['a delegate without a party', { partyId: '' }, { partyId: 'partyRequiredForDelegate' }],
  ])('refuses %s', (_label, change, errors) => {
    expect(errorsOf(createUserSchema, { ...valid, ...change })).toEqual(errors);
  });

  it('refuses missing fields with a message for each', () => {
    expect(Object.keys(errorsOf(createUserSchema, {})).sort()).toEqual(['email', 'name', 'partyId', 'password', 'role']);
  });
});

describe('the other user schemas', () => {
  it('changeUserRoleSchema needs a user id and a party for a delegate', () => {
    expect(errorsOf(changeUserRoleSchema, { userId: 'nope', role: 'observer', partyId: '' })).toEqual({ userId: 'notFound' });
    expect(errorsOf(changeUserRoleSchema, { userId: partyId, role: 'delegate', partyId: null })).toEqual({ partyId: 'partyRequiredForDelegate' });
    expect(changeUserRoleSchema.parse({ userId: partyId, role: 'chair', partyId: '' })).toEqual({ userId: partyId, role: 'chair', partyId: null });
  });

  it('setUserDisabledSchema takes a real boolean only', () => {
    expect(setUserDisabledSchema.safeParse({ userId: partyId, isDisabled: 'yes' }).success).toBe(false);
    expect(setUserDisabledSchema.parse({ userId: partyId, isDisabled: true })).toEqual({ userId: partyId, isDisabled: true });
  });

  it('signInSchema wants an email and a password', () => {
    expect(errorsOf(signInSchema, { email: 'x', password: '' })).toEqual({ email: 'emailInvalid', password: 'passwordRequired' });
  });

  it('findUsersSchema falls back to the first page on any unusable page number', () => {
    expect(findUsersSchema.parse({ page: '3' })).toEqual({ page: 3 });
    expect(findUsersSchema.parse({ page: '-1', query: ' kim ' })).toEqual({ page: 1, query: 'kim' });
    expect(findUsersSchema.parse({ page: 'abc' })).toEqual({ page: 1 });
  });

  // Search parameters come from anyone's address bar: garbage means the default, never an error page.
  it.each([
    ['a repeated query (an array)', { query: ['a', 'b'] }],
    ['a 5000-character query', { query: 'x'.repeat(5000) }],
    ['a query that is not text', { query: { nested: 'x' } }],
    ['a negative page', { page: '-3' }],
    ['a repeated page', { page: ['2', '3'] }],
    ['a huge page number', { page: '9'.repeat(400) }],
  ])('findUsersSchema falls back to the defaults on %s', (_label, params) => {
    expect(findUsersSchema.parse(params)).toEqual({ page: 1, query: undefined });
  });

  it('signInPageSchema keeps single values and drops repeated or oversized ones', () => {
    expect(signInPageSchema.parse({ callbackUrl: '/admin/users?page=2', error: 'AccountDisabled', signedOut: '1' })).toEqual({
      callbackUrl: '/admin/users?page=2',
      error: 'AccountDisabled',
      signedOut: '1',
    });
    expect(signInPageSchema.parse({ callbackUrl: ['/a', '/b'], error: ['x', 'y'], signedOut: 'x'.repeat(5000) })).toEqual({});
    expect(signInPageSchema.parse({ callbackUrl: `/${'x'.repeat(5000)}` })).toEqual({});
  });

  it('findUsersSchema keeps the usable parameters beside a bad one', () => {
    expect(findUsersSchema.parse({ query: ['a', 'b'], page: '2' })).toEqual({ page: 2, query: undefined });
    expect(findUsersSchema.parse({ query: ' kim ', page: ['1', '2'] })).toEqual({ page: 1, query: 'kim' });
  });
});

describe('error messages', () => {
  it('every key a schema can answer with has a sentence in the catalog', () => {
    const keys = new Set<string>();
    for (const value of [{}, { ...valid, email: 'x', role: 'x', partyId: 'x', password: 'x', name: '' }, { ...valid, partyId: '' }, { ...valid, name: 'x'.repeat(300) }]) {
      for (const key of Object.values(errorsOf(createUserSchema, value))) keys.add(key);
    }
    for (const key of Object.values(errorsOf(signInSchema, { email: '', password: '' }))) keys.add(key);
    for (const key of Object.values(errorsOf(changeUserRoleSchema, {}))) keys.add(key);
    for (const key of keys) expect(messages.browserErrors, key).toHaveProperty(key);
  });
});
