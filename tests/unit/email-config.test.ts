import { afterEach, describe, expect, it, vi } from 'vitest';

// lib/config.ts reads the environment once, when it is first imported: each case imports it afresh.
async function emailConfigWith(env: { SMTP_URL?: string; EMAIL_FROM?: string; EMAIL_WORKER_INTERVAL_MS?: string }) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  const { smtpUrl, emailFrom, emailWorkerIntervalMs } = await import('@/lib/config');
  return { smtpUrl, emailFrom, emailWorkerIntervalMs };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('email settings', () => {
  it('send nothing without SMTP_URL, from the programme secretariat every five seconds', async () => {
    expect(await emailConfigWith({ SMTP_URL: '', EMAIL_FROM: '', EMAIL_WORKER_INTERVAL_MS: '' })).toEqual({
      smtpUrl: undefined,
      emailFrom: 'NEASPEC Secretariat <no-reply@localhost>',
      emailWorkerIntervalMs: 5000,
    });
  });

  it('take an smtp:// or smtps:// server, a sender and an interval', async () => {
    expect(
      await emailConfigWith({ SMTP_URL: 'smtps://user:secret@mail.example.org:465', EMAIL_FROM: 'Secretariat <neaspec@un.org>', EMAIL_WORKER_INTERVAL_MS: '1000' }),
    ).toEqual({ smtpUrl: 'smtps://user:secret@mail.example.org:465', emailFrom: 'Secretariat <neaspec@un.org>', emailWorkerIntervalMs: 1000 });
    expect((await emailConfigWith({ SMTP_URL: 'smtp://127.0.0.1:2525', EMAIL_FROM: 'neaspec@un.org' })).emailFrom).toBe('neaspec@un.org');
  });

  it('refuse a server that is not SMTP, a sender without an address, and a bad interval', async () => {
    await expect(emailConfigWith({ SMTP_URL: 'http://mail.example.org' })).rejects.toThrow(/SMTP_URL/);
    await expect(emailConfigWith({ SMTP_URL: '', EMAIL_FROM: 'The Secretariat' })).rejects.toThrow(/EMAIL_FROM/);
    await expect(emailConfigWith({ SMTP_URL: '', EMAIL_FROM: '', EMAIL_WORKER_INTERVAL_MS: '10' })).rejects.toThrow(/EMAIL_WORKER_INTERVAL_MS/);
  });
});
