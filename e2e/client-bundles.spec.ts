import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getTableName, isTable, type Table } from 'drizzle-orm';
import { isPgEnum } from 'drizzle-orm/pg-core';
import * as schema from '@/db/schema';
import { clientChunkFiles, firstLoadJs } from '@/scripts/build-report';
import { expect, test } from './fixtures';

// What a table or enum definition looks like once minified into a chunk: its SQL name, then its columns or values.
function schemaSignatures(): string[] {
  const signatures: string[] = [];
  for (const value of Object.values(schema) as unknown[]) {
    if (isTable(value)) signatures.push(`"${getTableName(value as Table)}",{`);
    else if (isPgEnum(value)) signatures.push(`"${value.enumName}",[`);
  }
  return signatures;
}

test('[build] no client chunk carries drizzle or the database schema', () => {
  const signatures = schemaSignatures();
  expect(signatures.length).toBeGreaterThan(5);
  const leaks: string[] = [];
  for (const file of clientChunkFiles()) {
    const content = readFileSync(file, 'utf8');
    const found = [/drizzle/i.test(content) ? 'drizzle' : null, ...signatures.filter((s) => content.includes(s))].filter(Boolean);
    if (found.length > 0) leaks.push(`${path.basename(file)}: ${found.join(' ')}`);
  }
  expect(leaks, 'client chunks with the database layer in them (import value lists from lib/<domain>/values.ts)').toEqual([]);
});

test('[build] every page route has a first-load JS figure', () => {
  const routes = firstLoadJs();
  expect(routes.map((r) => r.route)).toEqual(expect.arrayContaining(['/', '/sign-in', '/meetings/[id]']));
  for (const route of routes) expect(route.gzipBytes, route.route).toBeGreaterThan(0);
});
