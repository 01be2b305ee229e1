import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientSourceFiles } from '@/bench/messages';
import messages from '@/messages/en';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

// What runs in the browser: the client components and all they import from the project (the shared
// zod schemas, the agenda's move rules, the lifecycles the controls consult).
const browserFiles = clientSourceFiles(
  [...sourceFiles('app'), ...sourceFiles('components')].filter((file) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8'))),
);

describe('the messages the browser words itself', () => {
  it('follows the client components into the schemas they share with the server', () => {
    expect(browserFiles).toContain(path.join('components', 'forms', 'use-action.ts'));
    expect(browserFiles).toContain(path.join('lib', 'meetings', 'schemas.ts'));
    expect(browserFiles.filter((file) => file.endsWith('actions.ts') && file.startsWith('app'))).toEqual([]);
  });

  it('has every error key that code in the browser names: a key left only to the server would read as "not valid"', () => {
    const serverOnly = new Set(Object.keys(messages.errors));
    const named = browserFiles.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/['"`]([A-Za-z]+)['"`]/g)].map((match) => match[1]!).filter((key) => serverOnly.has(key)).map((key) => `${file}: ${key}`),
    );
    expect(named).toEqual([]);
  });

  it('keeps each key in one of the two namespaces, so a key has one sentence', () => {
    expect(Object.keys(messages.errors).filter((key) => key in messages.browserErrors)).toEqual([]);
  });
});
