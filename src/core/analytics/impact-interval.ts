import type { Elasticity } from './elasticity.ts';

/** z for a two-sided 95 % normal interval. */
const Z95 = 1.959963984540054;

/**
 * The elasticity of a chain of links — the product of theirs — with a 95 % interval by the delta
 * method: Var(Π bᵢ) ≈ Σᵢ (Π_{j≠i} bⱼ)² · seᵢ², each seᵢ read back from its own interval as
 * (high − low) / (2 × 1.96), so a chain of one link keeps that link's interval exactly. Null when
 * the chain is empty or any link has no estimate.
 */
export function impactInterval(
  links: readonly (Pick<Elasticity, 'value' | 'low' | 'high'> | null)[],
): { value: number; low: number; high: number } | null {
  if (links.length === 0 || links.some((l) => l === null)) return null;
  const known = links as readonly Pick<Elasticity, 'value' | 'low' | 'high'>[];
  if (known.length === 1) {
    const only = known[0]!;
    return { value: only.value, low: only.low, high: only.high };
  }
  const value = known.reduce((a, l) => a * l.value, 1);
  let variance = 0;
  known.forEach((l, i) => {
    const others = known.reduce((a, m, j) => (j === i ? a : a * m.value), 1);
    const se = (l.high - l.low) / (2 * Z95);
    variance += (others * se) ** 2;
  });
  const half = Z95 * Math.sqrt(variance);
  return { value: value + 0, low: value - half, high: value + half };
}
