import { describe, expect, it } from 'vitest';
import { orderPositions } from '@/lib/statements/positions';

describe('orderPositions', () => {
  it('lists positions by party, a reservation before an explanation, leaving its input alone', () => {
    const positions = [
      { partyName: 'Mongolia', kind: 'explanation' as const },
      { partyName: 'Japan', kind: 'explanation' as const },
      { partyName: 'Mongolia', kind: 'reservation' as const },
      { partyName: 'China', kind: 'reservation' as const },
    ];
    const before = [...positions];
    expect(orderPositions(positions).map((p) => `${p.partyName} ${p.kind}`)).toEqual([
      'China reservation',
      'Japan explanation',
      'Mongolia reservation',
      'Mongolia explanation',
    ]);
    expect(positions).toEqual(before);
  });
});
