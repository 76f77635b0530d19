/**
 * A small seeded pseudo-random source for the generators. The same seed gives the same numbers on
 * every machine and Node version, so generated files are byte-for-byte reproducible.
 */

/** A seeded stream of pseudo-random numbers. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Normally distributed (Box–Muller). */
  normal(mean?: number, sd?: number): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /**
   * An independent stream derived from this one's seed and a label. Each consumer takes its own
   * fork, so adding a draw in one place does not shift the numbers of another.
   */
  fork(label: string): Random;
}

/** mulberry32 (Tommy Ettinger): a 32-bit state generator, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a hash of a string, to derive fork seeds from labels. */
function hashString(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A seeded random source. */
export function createRandom(seed: number): Random {
  const uniform = mulberry32(seed);
  let spare: number | null = null;
  const random: Random = {
    next: uniform,
    normal(mean = 0, sd = 1) {
      if (spare !== null) {
        const z = spare;
        spare = null;
        return mean + sd * z;
      }
      // 1 - u keeps the logarithm finite.
      const u = 1 - uniform();
      const v = uniform();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return mean + sd * r * Math.cos(2 * Math.PI * v);
    },
    int(min, max) {
      return min + Math.floor(uniform() * (max - min + 1));
    },
    chance(p) {
      return uniform() < p;
    },
    pick(items) {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(uniform() * items.length)]!;
    },
    fork(label) {
      return createRandom(hashString(label, seed));
    },
  };
  return random;
}
