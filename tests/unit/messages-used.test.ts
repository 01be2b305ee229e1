import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFilesUnder } from '@/bench/messages';
import messages from '@/messages/en';

const source = ['app', 'components', 'lib', 'db', 'i18n']
  .flatMap(sourceFilesUnder)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
// Every name the code spells, whether as t('ns.key'), a key in a map of notices, or a zod error.
const names = new Set(source.match(/[A-Za-z_]\w*/g));
// Groups whose keys the code builds from a value: t(`statuses.${status}`), t(`moves.${direction}Label`).
const indexedGroups = new Set([...source.matchAll(/`(?:[\w]+\.)*(\w+)\.\$\{/g)].map((match) => match[1]!));

type Catalog = { [key: string]: string | Catalog };

function unusedMessages(catalog: Catalog, path: string[] = []): string[] {
  return Object.entries(catalog).flatMap(([key, value]) => {
    if (typeof value !== 'string') return unusedMessages(value, [...path, key]);
    const group = path.at(-1);
    const isUsed = names.has(key) || (group !== undefined && indexedGroups.has(group));
    return isUsed ? [] : [[...path, key].join('.')];
  });
}

describe('the message catalog', () => {
  it('finds the keys the code builds from values', () => {
    expect(indexedGroups).toContain('statuses');
    expect(indexedGroups).toContain('moves');
  });

  // A name used nowhere is a message nothing shows: it costs every page that passes its namespace
  // to the browser. The check is by name, so a key whose name the code spells elsewhere passes.
  it('has no message whose key the code never names', () => {
    expect(unusedMessages(messages as Catalog)).toEqual([]);
  });
});
