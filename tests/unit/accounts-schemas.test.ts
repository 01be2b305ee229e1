import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/action';
import { accountConfirmedEmail, accountRefusedEmail, signInLink } from '@/lib/accounts/emails';
import { meetingIdOfRegisterPath, registerPath, signInPathFor, signUpPath } from '@/lib/accounts/links';
import { findPendingAccountsSchema, refuseAccountSchema, signUpPageSchema, signUpSchema } from '@/lib/accounts/schemas';
import { accountStatuses } from '@/lib/accounts/values';
import { invitationEmail } from '@/lib/invitations/emails';
import { acceptInvitationSchema, acceptInvitationWithAccountSchema, createInvitationSchema } from '@/lib/invitations/schemas';
import { alpha2ByAlpha3, countryName, isCountryCode } from '@/lib/parties/countries';
import { addPartySchema, renamePartySchema } from '@/lib/parties/schemas';
import { partyKinds, roleForPartyKind } from '@/lib/parties/values';
import messages from '@/messages/en';

const partyId = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const meetingId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const token = 'A'.repeat(40) + '-_0';

function errorsOf(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? {} : fieldErrorsOf(result.error as never);
}

const signUp = {
  name: '  Bat-Erdene Gansukh ',
  email: ' B.Gansukh@MET.gov.example ',
  password: 'steppe and sky 2026',
  partyId,
  position: ' Director, Ministry of Environment ',
  meetingId: '',
};

describe('signUpSchema', () => {
  it('accepts a sign-up, trimming the text, lower-casing the email, with no meeting', () => {
    expect(signUpSchema.parse(signUp)).toEqual({
      ...signUp,
      name: 'Bat-Erdene Gansukh',
      email: 'b.gansukh@met.gov.example',
      position: 'Director, Ministry of Environment',
      meetingId: null,
    });
  });

  it('keeps the meeting the person came from', () => {
    expect(signUpSchema.parse({ ...signUp, meetingId }).meetingId).toBe(meetingId);
  });

  it.each([
    ['no party', { partyId: '' }, { partyId: 'partyInvalid' }],
    ['a malformed party', { partyId: 'MNG' }, { partyId: 'partyInvalid' }],
    ['a short password', { password: 'short' }, { password: 'passwordTooShort' }],
    ['a common password', { password: 'password1234' }, { password: 'passwordTooCommon' }],
    ['the email as password', { password: 'b.gansukh@met.gov.example' }, { password: 'passwordIsEmail' }],
    ['no position', { position: '  ' }, { position: 'positionRequired' }],
    ['a bad email', { email: 'gansukh@' }, { email: 'emailInvalid' }],
    ['a one-letter name', { name: 'B' }, { name: 'nameRequired' }],
    ['a malformed meeting', { meetingId: 'som-27' }, { meetingId: 'invalid' }],
  ])('refuses %s', (_label, change, errors) => {
    expect(errorsOf(signUpSchema, { ...signUp, ...change })).toEqual(errors);
  });

  it('reads an unusable meeting in the address as none', () => {
    expect(signUpPageSchema.parse({ meeting: 'nope' })).toEqual({ meeting: undefined });
    expect(signUpPageSchema.parse({ meeting: [meetingId, meetingId] })).toEqual({ meeting: undefined });
    expect(signUpPageSchema.parse({ meeting: meetingId })).toEqual({ meeting: meetingId });
  });
});

describe('the moderation schemas', () => {
  it('asks a reason of a refusal, the person reads it', () => {
    expect(errorsOf(refuseAccountSchema, { userId: partyId, reason: ' no ' })).toEqual({ reason: 'refusalReasonRequired' });
    expect(refuseAccountSchema.parse({ userId: partyId, reason: ' Please use your ministry address. ' }).reason).toBe(
      'Please use your ministry address.',
    );
  });

  it('reads the queue page and its notice from the address, anything unusable as absent', () => {
    expect(findPendingAccountsSchema.parse({ page: '2', notice: 'confirmed' })).toEqual({ page: 2, notice: 'confirmed' });
    expect(findPendingAccountsSchema.parse({ page: 'x', notice: 'deleted' })).toEqual({ page: 1, notice: undefined });
  });
});

describe('addPartySchema', () => {
  it('takes a member state by its ISO alpha-3 code, in any case', () => {
    expect(addPartySchema.parse({ code: ' mng ', name: ' Mongolia ', kind: 'member_state' })).toEqual({ code: 'MNG', name: 'Mongolia', kind: 'member_state' });
  });

  it.each([
    ['an alpha-2 code for a member state', { code: 'MN', kind: 'member_state' }, { code: 'countryCodeInvalid' }],
    ['a made-up country', { code: 'XYZ', kind: 'member_state' }, { code: 'countryCodeInvalid' }],
    ['a code with spaces', { code: 'UN ESCAP', kind: 'organization' }, { code: 'partyCodeInvalid' }],
    ['a one-letter code', { code: 'U', kind: 'organization' }, { code: 'partyCodeInvalid' }],
    ['an unknown kind', { code: 'UNEP', kind: 'donor' }, { kind: 'partyKindInvalid' }],
    ['no name', { code: 'UNEP', kind: 'organization', name: '' }, { name: 'nameRequired' }],
  ])('refuses %s', (_label, change, errors) => {
    expect(errorsOf(addPartySchema, { name: 'A party', ...change })).toEqual(errors);
  });

  it('takes an organization or observer by any short code', () => {
    expect(addPartySchema.parse({ code: 'iucn-aro', name: 'IUCN Asia', kind: 'observer' }).code).toBe('IUCN-ARO');
  });

  it('renames to a name of at least 2 characters', () => {
    expect(errorsOf(renamePartySchema, { partyId, name: ' ' })).toEqual({ name: 'nameRequired' });
  });
});

describe('countries', () => {
  it('knows the 249 codes of ISO 3166-1, each with its own alpha-2 code', () => {
    expect(alpha2ByAlpha3.size).toBe(249);
    expect(new Set(alpha2ByAlpha3.values()).size).toBe(249);
    for (const code of ['CHN', 'PRK', 'JPN', 'MNG', 'KOR', 'RUS']) expect(isCountryCode(code)).toBe(true);
    expect(isCountryCode('ESCAP')).toBe(false);
  });

  it('suggests the UN short name of a member state from its code', () => {
    expect(countryName('MNG')).toBe('Mongolia');
    expect(countryName('jpn')).toBe('Japan');
    expect(['KOR', 'PRK', 'RUS', 'CHN', 'LAO', 'VNM'].map((code) => countryName(code))).toEqual([
      'Republic of Korea',
      "Democratic People's Republic of Korea",
      'Russian Federation',
      'China',
      "Lao People's Democratic Republic",
      'Viet Nam',
    ]);
    expect(countryName('XYZ')).toBeUndefined();
  });

  it('names the 193 UN member states and 2 observer states, and no territory', () => {
    const named = [...alpha2ByAlpha3.keys()].filter((code) => countryName(code));
    expect(named).toHaveLength(195);
    for (const code of ['TWN', 'HKG', 'PRI', 'GRL', 'ATA']) expect(countryName(code), code).toBeUndefined();
    // The runtime's everyday forms ("St. Lucia", "Congo - Kinshasa") never reach a suggestion.
    for (const code of named) expect(countryName(code), code).not.toMatch(/&|St\.| - |’/);
  });
});

describe('the role a party gives', () => {
  it('is observer for observers, delegate for member states and organizations', () => {
    expect(partyKinds.map(roleForPartyKind)).toEqual(['delegate', 'delegate', 'observer']);
  });
});

describe('links', () => {
  it('keep the meeting from sign-up through sign-in to its registration', () => {
    expect(signUpPath(meetingId)).toBe(`/sign-up?meeting=${meetingId}`);
    expect(signUpPath()).toBe('/sign-up');
    expect(signInPathFor(meetingId)).toBe(`/sign-in?callbackUrl=%2Fmeetings%2F${meetingId}%2Fregister`);
    expect(signInPathFor(null)).toBe('/sign-in');
    expect(meetingIdOfRegisterPath(registerPath(meetingId))).toBe(meetingId);
    expect(meetingIdOfRegisterPath(`/meetings/${meetingId}`)).toBeUndefined();
    expect(meetingIdOfRegisterPath(`/meetings/${meetingId}/register/x`)).toBeUndefined();
    expect(meetingIdOfRegisterPath(undefined)).toBeUndefined();
  });

  it('in the confirmation email, lead to sign-in on the app’s public address', () => {
    expect(signInLink('https://meetings.example.org', meetingId)).toBe(
      `https://meetings.example.org/sign-in?callbackUrl=%2Fmeetings%2F${meetingId}%2Fregister`,
    );
    expect(signInLink('https://meetings.example.org')).toBe('https://meetings.example.org/sign-in');
  });
});

describe('emails', () => {
  const person = { name: 'Bat-Erdene Gansukh', email: 'b.gansukh@met.gov.example' };

  it('tells a confirmed person where to sign in', () => {
    const email = accountConfirmedEmail(person, 'https://x.example/sign-in');
    expect(email).toMatchObject({ kind: 'account_confirmed', to: person.email });
    expect(email.body).toContain('https://x.example/sign-in');
  });

  it('tells a refused person why', () => {
    const email = accountRefusedEmail(person, 'Please sign up with your ministry address.');
    expect(email).toMatchObject({ kind: 'account_refused', to: person.email });
    expect(email.body).toContain('Please sign up with your ministry address.');
  });

  it('carries the invitation link and its expiry in the meeting’s zone', () => {
    const email = invitationEmail({
      ...person,
      meetingTitle: 'Twenty-seventh Senior Officials Meeting of NEASPEC',
      partyName: 'Mongolia',
      link: `https://x.example/invitations/${token}`,
      expiresAt: new Date('2027-03-01T00:00:00Z'),
      timeZone: 'Asia/Seoul',
    });
    expect(email).toMatchObject({ kind: 'invitation', to: person.email, subject: 'Invitation: Twenty-seventh Senior Officials Meeting of NEASPEC' });
    expect(email.body).toContain(`https://x.example/invitations/${token}`);
    expect(email.body).toContain('1 March 2027 at 09:00 (Asia/Seoul)');
  });
});

describe('invitation schemas', () => {
  const invite = { meetingId, name: 'Tuya Bat', email: 'Tuya@MNE.example', partyId, role: 'delegate' };

  it('invites a delegate or an observer, never staff', () => {
    expect(createInvitationSchema.parse(invite).email).toBe('tuya@mne.example');
    expect(errorsOf(createInvitationSchema, { ...invite, role: 'secretariat' })).toEqual({ role: 'roleInvalid' });
    expect(errorsOf(createInvitationSchema, { ...invite, partyId: '' })).toEqual({ partyId: 'partyInvalid' });
  });

  it('takes only what a token looks like', () => {
    expect(acceptInvitationSchema.safeParse({ token }).success).toBe(true);
    for (const bad of ['', 'short', `${token}x`, `${token.slice(1)}=`, `${token.slice(1)}/`]) {
      expect(errorsOf(acceptInvitationSchema, { token: bad }), bad).toEqual({ token: 'invitationUnknown' });
    }
  });

  it('asks a name and a password of the rules to make the account', () => {
    expect(errorsOf(acceptInvitationWithAccountSchema, { token, name: 'Tuya Bat', password: 'short' })).toEqual({ password: 'passwordTooShort' });
    expect(acceptInvitationWithAccountSchema.parse({ token, name: ' Tuya Bat ', password: 'steppe and sky 2026' }).name).toBe('Tuya Bat');
  });
});

describe('catalog', () => {
  it('has a message for every error key of these schemas, and every account status and party kind', () => {
    const keys = [
      'positionRequired', 'passwordIsEmail', 'partyRetired', 'partyKindInvalid', 'partyCodeInvalid', 'countryCodeInvalid',
      'partyCodeTaken', 'partyAlreadyRetired', 'signUpThrottled', 'accountAlreadyDecided', 'refusalReasonRequired',
      'invitationUnknown', 'invitationUsed', 'invitationExpired', 'invitationPartyRetired', 'invitationForAnother',
      'invitationAccountExists', 'invitationSignedIn',
    ];
    for (const key of keys) expect({ ...messages.errors, ...messages.browserErrors }, key).toHaveProperty(key);
    for (const status of accountStatuses) expect(messages.accountStatus).toHaveProperty(status);
    for (const kind of partyKinds) expect(messages.partyKinds).toHaveProperty(kind);
  });
});
