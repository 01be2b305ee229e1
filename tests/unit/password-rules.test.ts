import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/action';
import { generatePassword } from '@/lib/password';
import commonPasswords from '@/lib/users/common-passwords.json';
import { isCommonPassword, isOwnEmail } from '@/lib/users/password-rules';
import { minPasswordLength } from '@/lib/users/values';
import { changeOwnPasswordSchema, createUserSchema, passwordSchema } from '@/lib/users/schemas';
import messages from '@/messages/en';

function errorsOf(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? {} : fieldErrorsOf(result.error as never);
}

describe('the common password list', () => {
  it('holds a few hundred lower-case passwords that pass the length rule', () => {
    expect(commonPasswords.length).toBeGreaterThan(300);
    for (const password of commonPasswords) {
      expect(password).toBe(password.toLowerCase());
      expect(password.length).toBeGreaterThanOrEqual(minPasswordLength);
    }
  });

  it('is matched in any letter case, and only whole', () => {
    expect(isCommonPassword('password1234')).toBe(true);
    expect(isCommonPassword('PassWord1234')).toBe(true);
    expect(isCommonPassword('QWERTYUIOP123')).toBe(true);
    expect(isCommonPassword('password1234 and more')).toBe(false);
    expect(isCommonPassword('seven sunny mornings')).toBe(false);
  });
});

describe('passwordSchema', () => {
  it.each([
    ['a short one', 'eleven char', 'passwordTooShort'],
    ['a common one', 'Password1234', 'passwordTooCommon'],
    ['a very long one', 'x'.repeat(201), 'tooLong'],
  ])('refuses %s', (_label, password, key) => {
    expect(passwordSchema.safeParse(password).error?.issues[0]?.message).toBe(key);
  });

  it('accepts twelve characters that are not common', () => {
    expect(passwordSchema.parse('twelve chars')).toBe('twelve chars');
  });
});

describe('createUserSchema and the account’s email', () => {
  const valid = { name: 'Sato Haruka', email: 'sato@mofa.example', role: 'observer', partyId: '', password: 'twelve chars!' };

  it('refuses the email as the password, in any case and with spaces around', () => {
    expect(isOwnEmail(' SATO@mofa.example ', 'sato@mofa.example')).toBe(true);
    expect(errorsOf(createUserSchema, { ...valid, password: 'Sato@MOFA.example' })).toEqual({ password: 'passwordIsEmail' });
    expect(errorsOf(createUserSchema, { ...valid, password: 'sato@mofa.example2' })).toEqual({});
  });

  it('refuses a common password', () => {
    expect(errorsOf(createUserSchema, { ...valid, password: 'qwertyuiop123' })).toEqual({ password: 'passwordTooCommon' });
  });
});

describe('changeOwnPasswordSchema', () => {
  const valid = { currentPassword: 'old password', newPassword: 'a new passphrase', confirmPassword: 'a new passphrase' };

  it('accepts a new password typed twice', () => {
    expect(changeOwnPasswordSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['no current password', { currentPassword: '' }, { currentPassword: 'passwordRequired' }],
    ['a short new password', { newPassword: 'short', confirmPassword: 'short' }, { newPassword: 'passwordTooShort' }],
    ['a common new password', { newPassword: 'password1234', confirmPassword: 'password1234' }, { newPassword: 'passwordTooCommon' }],
    ['a confirmation that differs', { confirmPassword: 'a new passphrasE' }, { confirmPassword: 'passwordsDiffer' }],
    ['the same password again', { currentPassword: 'a new passphrase' }, { newPassword: 'passwordUnchanged' }],
  ])('refuses %s', (_label, change, errors) => {
    expect(errorsOf(changeOwnPasswordSchema, { ...valid, ...change })).toEqual(errors);
  });

  it('has a sentence in the catalog for every key it and the use-cases answer with', () => {
    const keys = ['passwordRequired', 'passwordTooShort', 'passwordTooCommon', 'passwordsDiffer', 'passwordUnchanged', 'passwordIsEmail', 'currentPasswordWrong', 'passwordChangeRequired'];
    for (const key of keys) expect({ ...messages.errors, ...messages.browserErrors }, key).toHaveProperty(key);
  });
});

describe('generatePassword', () => {
  it('makes long, random passwords that keep the rules', () => {
    const passwords = Array.from({ length: 200 }, generatePassword);
    expect(new Set(passwords).size).toBe(passwords.length);
    for (const password of passwords) {
      expect(password).toMatch(/^[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}$/);
      expect(passwordSchema.safeParse(password).success).toBe(true);
    }
  });
});
