import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientSourceFiles, sourceFilesUnder } from '@/bench/messages';
import messages, { browserErrorAreas } from '@/messages/en';

const isClientModule = (file: string) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8'));
const namedWords = (file: string) => [...readFileSync(file, 'utf8').matchAll(/['"`]([A-Za-z]+)['"`]/g)].map((match) => match[1]!);

// What runs in the browser: the client components and all they import from the project (the shared
// zod schemas, the agenda's move rules, the lifecycles the controls consult).
const browserFiles = clientSourceFiles([...sourceFilesUnder('app'), ...sourceFilesUnder('components')].filter(isClientModule));

describe('the messages the browser words itself', () => {
  it('follows the client components into the schemas they share with the server', () => {
    expect(browserFiles).toContain(path.join('components', 'forms', 'use-action.ts'));
    expect(browserFiles).toContain(path.join('lib', 'meetings', 'schemas.ts'));
    expect(browserFiles.filter((file) => file.endsWith('actions.ts') && file.startsWith('app'))).toEqual([]);
  });

  it('has every error key that code in the browser names: a key left only to the server would read as "not valid"', () => {
    const serverOnly = new Set(Object.keys(messages.errors));
    const named = browserFiles.flatMap((file) => namedWords(file).filter((key) => serverOnly.has(key)).map((key) => `${file}: ${key}`));
    expect(named).toEqual([]);
  });

  it('keeps each key in one of the two namespaces, so a key has one sentence', () => {
    expect(Object.keys(messages.errors).filter((key) => key in messages.browserErrors)).toEqual([]);
  });
});

// The files that choose what the browser gets (pages, and components that set their own messages).
const providers = [...sourceFilesUnder('app'), ...sourceFilesUnder('components')].filter((file) => /<ClientMessages\b/.test(readFileSync(file, 'utf8')));
const areaOfKey = new Map(Object.entries(browserErrorAreas).flatMap(([area, keys]) => keys.map((key) => [key, area] as const)));

/** The areas a provider passes as `formErrors={...}`, under any condition. */
function declaredAreas(file: string): string[] {
  const lists = [...readFileSync(file, 'utf8').matchAll(/formErrors=\{([^}]*)\}/g)].map((match) => match[1]!);
  const areas = lists.flatMap((list) => [...list.matchAll(/'(\w+)'/g)].map((word) => word[1]!));
  return [...new Set(areas)].sort();
}

/**
 * The areas of the error keys named by the code that runs in the browser below a provider: its
 * client modules and all they import, short of another provider.
 */
function neededAreas(provider: string): string[] {
  const skip = (file: string) => file !== provider && providers.includes(file);
  const clientModules = clientSourceFiles([provider], skip).filter(isClientModule);
  const areas = clientSourceFiles(clientModules, skip).flatMap((file) => namedWords(file).flatMap((word) => areaOfKey.get(word) ?? []));
  return [...new Set(areas)].sort();
}

describe('the form errors each page passes the browser', () => {
  it('come from areas that together hold every key: a key of no area would reach no page', () => {
    expect([...areaOfKey.keys()].sort()).toEqual(Object.keys(messages.browserErrors).sort());
  });

  it('finds the pages, and the areas their forms check', () => {
    expect(providers).toContain(path.join('app', '(app)', 'meetings', '[id]', 'agenda', 'page.tsx'));
    expect(neededAreas(path.join('app', '(app)', 'meetings', '[id]', 'agenda', 'page.tsx'))).toEqual(['agenda', 'common']);
  });

  it('are the areas of the keys its browser code names: none missing (a form would say only "not valid"), none unused', () => {
    const mismatched = providers
      .map((file) => ({ file, declared: declaredAreas(file), needed: neededAreas(file) }))
      .filter(({ declared, needed }) => declared.join() !== needed.join());
    expect(mismatched).toEqual([]);
  });
});
