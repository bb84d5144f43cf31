/**
 * A seeded random stream, so one `?seed=` gives every reader in a room the same questions:
 * mulberry32 (Tommy Ettinger's 32-bit generator), small and fast, and the same in every browser
 * and in Node because it uses only 32-bit integer arithmetic.
 */

/** The largest seed: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffffffff;

export type Random = () => number;

/** A stream of numbers in [0, 1), fixed by `seed`. */
export function mulberry32(seed: number): Random {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A fresh seed for a reader who did not bring one (not for anything secret). */
export function randomSeed(random: Random = Math.random): number {
	return Math.floor(random() * (MAX_SEED + 1));
}

/** The index of one item drawn with probability proportional to its weight (all weights > 0). */
export function weightedIndex(weights: readonly number[], random: Random): number {
	const total = weights.reduce((sum, w) => sum + w, 0);
	let r = random() * total;
	for (let i = 0; i < weights.length; i++) {
		r -= weights[i];
		if (r < 0) return i;
	}
	return weights.length - 1;
}

/** `items` in an order fixed by the stream (Fisher-Yates); the input is not changed. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}
