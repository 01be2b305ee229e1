import { afterEach, describe, expect, it, vi } from 'vitest';

// lib/config.ts reads the environment once, when it is first imported: each case imports it afresh.
async function publicUrlWith(env: { NEXTAUTH_URL?: string; PORT?: string }): Promise<string> {
  vi.stubEnv('NEXTAUTH_URL', env.NEXTAUTH_URL);
  vi.stubEnv('PORT', env.PORT);
  vi.resetModules();
  return (await import('@/lib/config')).publicUrl;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('publicUrl', () => {
  it('is the origin of NEXTAUTH_URL', async () => {
    expect(await publicUrlWith({ NEXTAUTH_URL: 'https://meetings.example.org' })).toBe('https://meetings.example.org');
    // next-auth accepts its API path in NEXTAUTH_URL; the app itself is served from the root.
    expect(await publicUrlWith({ NEXTAUTH_URL: 'https://meetings.example.org/api/auth' })).toBe('https://meetings.example.org');
  });

  it('defaults to this machine on PORT, else 3000', async () => {
    expect(await publicUrlWith({})).toBe('http://localhost:3000');
    expect(await publicUrlWith({ PORT: '4100' })).toBe('http://localhost:4100');
  });

  it('refuses an address the app cannot link to', async () => {
    await expect(publicUrlWith({ NEXTAUTH_URL: 'meetings.example.org' })).rejects.toThrow(/NEXTAUTH_URL/);
    await expect(publicUrlWith({ NEXTAUTH_URL: 'ftp://meetings.example.org' })).rejects.toThrow(/NEXTAUTH_URL/);
  });
});
