/**
 * Sets `key` on `target` to a value computed on its first read and kept: for results only the
 * model reads (forecasts, elasticities, impact), so `plumbline check` never pays for them. The
 * property is enumerable, so spreads, equality and JSON see it like any other (and compute it).
 */
export function lazy<T extends object, K extends PropertyKey, V>(
  target: T,
  key: K,
  compute: () => V,
): T & { readonly [P in K]: V } {
  let computed = false;
  let value: V;
  return Object.defineProperty(target, key, {
    enumerable: true,
    get: () => {
      if (!computed) {
        value = compute();
        computed = true;
      }
      return value;
    },
  }) as T & { readonly [P in K]: V };
}

/**
 * A copy of `source` with `values` in place of its own, keeping its lazy properties lazy (a
 * spread would compute them).
 */
export function withValues<T extends object>(source: T, values: Partial<T>): T {
  return Object.defineProperties(
    {},
    { ...Object.getOwnPropertyDescriptors(source), ...Object.getOwnPropertyDescriptors(values) },
  ) as T;
}
