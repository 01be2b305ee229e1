import { describe, expect, it } from 'vitest';
import type { DocumentKind, DocumentVariant } from '@/db/schema';
import { formatDocumentSymbol } from '@/lib/documents/symbols';

const som26 = { prefix: 'ESCAP/NEASPEC', seriesCode: 'SOM', meetingNumber: 26 };

describe('formatDocumentSymbol', () => {
  it.each<[DocumentKind, number, string]>([
    ['working', 1, 'ESCAP/NEASPEC/SOM(26)/1'],
    ['working', 12, 'ESCAP/NEASPEC/SOM(26)/12'],
    ['information', 1, 'ESCAP/NEASPEC/SOM(26)/INF/1'],
    ['information', 3, 'ESCAP/NEASPEC/SOM(26)/INF/3'],
    ['draft', 1, 'ESCAP/NEASPEC/SOM(26)/L.1'],
    ['draft', 2, 'ESCAP/NEASPEC/SOM(26)/L.2'],
  ])('numbers an original %s document %i as %s', (kind, sequence, symbol) => {
    expect(formatDocumentSymbol({ ...som26, kind, sequence, variant: 'original', variantNumber: 0 })).toBe(symbol);
  });

  it.each<[DocumentVariant, number, string]>([
    ['revision', 1, '/Rev.1'],
    ['revision', 2, '/Rev.2'],
    ['addendum', 1, '/Add.1'],
    ['addendum', 3, '/Add.3'],
    ['corrigendum', 1, '/Corr.1'],
  ])('puts a %s %i after the symbol of what it changes (%s)', (variant, variantNumber, suffix) => {
    for (const [kind, base] of [
      ['working', 'ESCAP/NEASPEC/SOM(26)/2'],
      ['information', 'ESCAP/NEASPEC/SOM(26)/INF/2'],
      ['draft', 'ESCAP/NEASPEC/SOM(26)/L.2'],
    ] as const) {
      expect(formatDocumentSymbol({ ...som26, kind, sequence: 2, variant, variantNumber })).toBe(`${base}${suffix}`);
    }
  });

  it('takes the prefix, series and meeting number from its arguments', () => {
    expect(
      formatDocumentSymbol({
        prefix: 'UNEP/TEST',
        seriesCode: 'EGM',
        meetingNumber: 3,
        kind: 'information',
        sequence: 4,
        variant: 'corrigendum',
        variantNumber: 1,
      }),
    ).toBe('UNEP/TEST/EGM(3)/INF/4/Corr.1');
  });
});
