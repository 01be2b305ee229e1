import { describe, expect, it } from 'vitest';
import { demoPassword, isDemoWanted } from '@/db/seed';
import { describeDatabase, firstAccountHelp, startNotes } from '@/scripts/start-notes';

describe('isDemoWanted', () => {
  it('loads the demo on the embedded database', () => {
    expect(isDemoWanted({ env: {}, argv: [] })).toBe(true);
  });

  it('loads no demo on a PostgreSQL server unless asked', () => {
    const env = { DATABASE_URL: 'postgres://app@db.example.org/secretariat' };
    expect(isDemoWanted({ env, argv: ['node', 'start.ts'] })).toBe(false);
    expect(isDemoWanted({ env: { ...env, SEED_DEMO: '0' }, argv: [] })).toBe(false);
    expect(isDemoWanted({ env, argv: ['node', 'db-seed.ts', '--fresh', '--demo'] })).toBe(true);
    expect(isDemoWanted({ env: { ...env, SEED_DEMO: '1' }, argv: [] })).toBe(true);
  });
});

describe('what npm start prints', () => {
  it('names the embedded database folder it uses', () => {
    expect(describeDatabase({})).toBe('embedded PGlite in .data/pglite');
    expect(describeDatabase({ PGLITE_DIR: '/srv/secretariat/db' })).toBe('embedded PGlite in /srv/secretariat/db');
    expect(describeDatabase({ DATABASE_URL: 'postgres://app@db/secretariat', PGLITE_DIR: 'x' })).toBe('PostgreSQL at DATABASE_URL');
  });

  it('shows the demo sign-ins only when the demo was loaded', () => {
    const demo = startNotes({ url: 'http://localhost:3000', isDemoLoaded: true, hasAccounts: true });
    expect(demo).toContain(demoPassword);
    expect(demo).toContain('secretariat@neaspec.example');
    const production = startNotes({ url: 'https://meetings.example.org', isDemoLoaded: false, hasAccounts: true });
    expect(production).toContain('Secretariat is starting at https://meetings.example.org');
    expect(production).not.toContain(demoPassword);
    expect(production).not.toContain('neaspec.example');
    expect(production).not.toContain(firstAccountHelp);
  });

  it('says how to create the first account when there is none', () => {
    const empty = startNotes({ url: 'https://meetings.example.org', isDemoLoaded: false, hasAccounts: false });
    expect(empty).toContain('npm run user:create -- --email someone@example.org --role secretariat');
  });
});
