import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invitationValidDays } from '@/lib/accounts/values';
import { hashInvitationToken, invitationExpiresAt, invitationStatus, isInvitationTokenShape, newInvitationToken } from '@/lib/invitations/tokens';

describe('invitation tokens', () => {
  it('are 43 url-safe characters of 32 random bytes, never twice the same', () => {
    const tokens = Array.from({ length: 200 }, newInvitationToken);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(isInvitationTokenShape(token)).toBe(true);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('are stored as their sha-256 in hex, which the same token always gives', () => {
    const token = newInvitationToken();
    expect(hashInvitationToken(token)).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hashInvitationToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInvitationToken(token)).toBe(hashInvitationToken(token));
    expect(hashInvitationToken(token)).not.toBe(hashInvitationToken(newInvitationToken()));
    expect(hashInvitationToken(token)).not.toContain(token);
  });
});

describe('the life of an invitation', () => {
  const createdAt = new Date('2027-02-01T09:00:00Z');
  const expiresAt = invitationExpiresAt(createdAt, invitationValidDays);

  it('expires the configured number of days after it is made, to the millisecond', () => {
    expect(invitationValidDays).toBe(14);
    expect(expiresAt.toISOString()).toBe('2027-02-15T09:00:00.000Z');
  });

  it('is pending until the instant it expires, expired from then on', () => {
    expect(invitationStatus({ acceptedAt: null, expiresAt }, createdAt)).toBe('pending');
    expect(invitationStatus({ acceptedAt: null, expiresAt }, new Date(expiresAt.getTime() - 1))).toBe('pending');
    expect(invitationStatus({ acceptedAt: null, expiresAt }, expiresAt)).toBe('expired');
  });

  it('once accepted, stays accepted, expired or not', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (now) => {
        expect(invitationStatus({ acceptedAt: createdAt, expiresAt }, now)).toBe('accepted');
      }),
    );
  });

  it('is pending exactly when now is before its expiry', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (now) => {
        expect(invitationStatus({ acceptedAt: null, expiresAt }, now) === 'pending').toBe(now < expiresAt);
      }),
    );
  });
});
