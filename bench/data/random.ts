/** A seeded pseudo-random source (mulberry32): the same scale always makes the same data. */
export type Random = {
  /** A number in [0, 1). */
  next: () => number;
  /** An integer in [min, max]. */
  integer: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** True with the given probability. */
  chance: (probability: number) => boolean;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const integer = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    integer,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[integer(0, items.length - 1)]!;
    },
    chance: (probability) => next() < probability,
  };
}
