/**
 * The pseudo-random generator of the Monte Carlo (docs/model.md section 6), specified exactly so that any
 * platform reproduces the same numbers from the same seed. All arithmetic is on unsigned 32-bit
 * integers (in JavaScript: Math.imul and >>> 0), so a C, Python or VBA port gives identical output.
 *
 * Seeding (splitmix32, the mixer of Wellons' "lowbias32" applied to a Weyl sequence):
 *   x = (x + 0x9E3779B9) mod 2^32;  z = x;
 *   z ^= z >>> 16;  z = z * 0x21F0AAAD mod 2^32;  z ^= z >>> 15;  z = z * 0x735A2D97 mod 2^32;  z ^= z >>> 15
 * starting from x = seed, called four times to fill the state s0, s1, s2, s3 (in that order).
 * If all four are 0 (impossible in practice), s0 = 1.
 *
 * Generator: xoshiro128** 1.1 (Blackman and Vigna, https://prng.di.unimi.it/xoshiro128starstar.c):
 *   result = rotl(s1 * 5, 7) * 9;  t = s1 << 9;
 *   s2 ^= s0;  s3 ^= s1;  s1 ^= s2;  s0 ^= s3;  s2 ^= t;  s3 = rotl(s3, 11)
 *
 * Uniform number in (0, 1): two outputs a then b give k = (a >>> 5) * 2^26 + (b >>> 6), a 53-bit
 * integer, and u = (k + 0.5) / 2^53, so u is never exactly 0 or 1.
 */
import { defineMessages, invalid, showValueIn } from './messages';

export const MAX_SEED = 4294967295;

function splitmix32(x: number): [number, number] {
  x = (x + 0x9e3779b9) >>> 0;
  let z = x;
  z ^= z >>> 16;
  z = Math.imul(z, 0x21f0aaad);
  z ^= z >>> 15;
  z = Math.imul(z, 0x735a2d97);
  z ^= z >>> 15;
  return [x, z >>> 0];
}

defineMessages({
  seedRange: {
    en: (p, l) => `seed must be a whole number from 0 to ${p.max} (got ${showValueIn(p.value, l)})`,
    da: (p, l) => `seed skal være et helt tal fra 0 til ${p.max} (fik ${showValueIn(p.value, l)})`,
  },
});

export function checkSeed(seed: unknown): number {
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw invalid('seedRange', { max: MAX_SEED, value: seed }, 'seed', seed);
  }
  return seed;
}

export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    let x = checkSeed(seed);
    const s: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [nx, z] = splitmix32(x);
      x = nx;
      s.push(z);
    }
    [this.s0, this.s1, this.s2, this.s3] = s;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Next 32-bit output of xoshiro128**, as an unsigned integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const m = Math.imul(s1, 5);
    const r = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return r;
  }

  /** Uniform in the open interval (0, 1) with 53 random bits. */
  uniform(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b + 0.5) / 9007199254740992;
  }
}
