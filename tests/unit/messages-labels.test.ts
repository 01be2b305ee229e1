import { describe, expect, it } from 'vitest';
import messages from '@/messages/en';

type Catalog = { [key: string]: string | Catalog };

/**
 * The catalog names a control's fuller accessible name `<key>Label` beside its visible words `<key>`
 * ("acceptLabel": "Accept amendment {number}" beside "accept": "Accept"). A speech-input user says
 * what they see, so the accessible name must contain the visible words (WCAG 2.5.3).
 */
function labelsWithoutTheirWords(catalog: Catalog, path: string[] = []): string[] {
  return Object.entries(catalog).flatMap(([key, value]) => {
    if (typeof value !== 'string') return labelsWithoutTheirWords(value, [...path, key]);
    const words = key.endsWith('Label') ? catalog[key.slice(0, -'Label'.length)] : undefined;
    if (typeof words !== 'string' || value.toLowerCase().includes(words.toLowerCase())) return [];
    return [`${[...path, key].join('.')}: "${value}" lacks "${words}"`];
  });
}

describe("the catalog's accessible names", () => {
  it('finds a label that lacks its visible words', () => {
    expect(labelsWithoutTheirWords({ group: { take: 'Add to this agenda', takeLabel: 'Add {item} to this agenda' } })).toEqual([
      'group.takeLabel: "Add {item} to this agenda" lacks "Add to this agenda"',
    ]);
  });

  it('contain the visible words of their controls', () => {
    expect(labelsWithoutTheirWords(messages as Catalog)).toEqual([]);
  });
});
