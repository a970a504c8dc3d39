// A seeded random source (mulberry32): the same world config and seed give the same world on
// every machine, so a planted effect is a fixed fact a test can check, not a lucky draw.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  chance(p: number): boolean;
  /** Integer in [min, max] (both included). */
  int(min: number, max: number): number;
  uniform(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** A key drawn with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  normal(mean?: number, sd?: number): number;
  /** Log-normal with the given arithmetic mean and log-scale sigma. */
  lognormal(mean: number, sigma: number): number;
  exponential(mean: number): number;
  poisson(mean: number): number;
  shuffle<T>(items: T[]): T[];
  hex(length: number): string;
  /** A version-4-shaped UUID from this stream. */
  uuid(): string;
  /** An independent stream derived from this one and a label (stable as other draws change). */
  fork(label: string): Random;
}

function hashLabel(label: string): number {
  let h = 2166136261;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function seeded(seed: number): Random {
  const origin = seed >>> 0;
  let state = origin;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (mean = 0, sd = 1): number => {
    const u = 1 - next();
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const hex = (length: number): string => {
    let out = '';
    while (out.length < length) out += Math.floor(next() * 4294967296).toString(16).padStart(8, '0');
    return out.slice(0, length);
  };
  const random: Random = {
    next,
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    uniform: (min, max) => min + next() * (max - min),
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(weights) {
      const entries = Object.entries(weights) as [string, number][];
      const total = entries.reduce((s, [, w]) => s + Math.max(0, w), 0);
      let x = next() * total;
      for (const [key, w] of entries) {
        x -= Math.max(0, w);
        if (x < 0) return key as never;
      }
      return entries[entries.length - 1][0] as never;
    },
    normal,
    lognormal(mean, sigma) {
      // E[exp(N(mu, sigma))] = exp(mu + sigma²/2) = mean
      return Math.exp(normal(Math.log(mean) - (sigma * sigma) / 2, sigma));
    },
    exponential: (mean) => -Math.log(1 - next()) * mean,
    poisson(mean) {
      const limit = Math.exp(-mean);
      let k = 0;
      for (let p = next(); p > limit; p *= next()) k++;
      return k;
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
    hex,
    uuid() {
      const h = hex(32);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[Math.floor(next() * 4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    fork: (label) => seeded(hashLabel(`${origin}:${label}`)),
  };
  return random;
}
