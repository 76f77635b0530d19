import { describe, expect, it } from 'vitest';
import { lazy, withValues } from '../../../src/core/analytics/lazy.ts';

describe('lazy', () => {
  it('computes the value on the first read only, and never without one', () => {
    let calls = 0;
    const facts = lazy({ a: 1 }, 'b', () => {
      calls++;
      return 'two';
    });
    expect(calls).toBe(0);
    expect(facts.b).toBe('two');
    expect(facts.b).toBe('two');
    expect(calls).toBe(1);
  });

  it('is seen by equality, keys and JSON like a plain property', () => {
    const facts = lazy({ a: 1 }, 'b', () => null);
    expect(facts).toEqual({ a: 1, b: null });
    expect(Object.keys(facts)).toEqual(['a', 'b']);
    expect(JSON.stringify(facts)).toBe('{"a":1,"b":null}');
  });
});

describe('withValues', () => {
  it('replaces values and keeps a lazy property lazy (one computation for both objects)', () => {
    let calls = 0;
    const before = lazy({ trend: 'raw', grain: 'day' }, 'forecast', () => ++calls);
    const after = withValues(before, { trend: 'judged' });
    expect(calls).toBe(0);
    expect(after).toEqual({ trend: 'judged', grain: 'day', forecast: 1 });
    expect(before).toEqual({ trend: 'raw', grain: 'day', forecast: 1 });
    expect(calls).toBe(1);
  });
});
