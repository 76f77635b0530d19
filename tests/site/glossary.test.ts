import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossarySections } from '../../src/site/lib/glossary.ts';

describe('the glossary', () => {
  it('puts every entry on the help page exactly once', () => {
    const shown = glossarySections().flatMap((s) => s.entries.map((e) => e.id));
    expect([...shown].sort()).toEqual(Object.keys(GLOSSARY).sort());
    expect(new Set(shown).size).toBe(shown.length);
    for (const s of glossarySections()) expect(s.entries.length, s.title).toBeGreaterThan(0);
  });

  it('has ids usable as anchors and plain words that end a sentence', () => {
    for (const [id, e] of Object.entries(GLOSSARY)) {
      expect(id).toMatch(/^[a-z][a-z-]*$/);
      expect(e.term.length, id).toBeGreaterThan(0);
      expect(e.plain, id).toMatch(/[.)]$/);
    }
  });

  it('names the method and its reference for the statistical terms', () => {
    const withReference = Object.entries(GLOSSARY)
      .filter(([, e]) => 'reference' in e)
      .map(([id]) => id);
    for (const id of ['trend', 'significant', 'forecast', 'seasonal', 'decorrelated', 'q-value'])
      expect(withReference, id).toContain(id);
    const methods = Object.values(GLOSSARY)
      .map((e) => ('method' in e ? e.method : '') + ('reference' in e ? e.reference : ''))
      .join(' ');
    for (const name of [
      'Theil–Sen',
      'Mann–Kendall',
      'Hamed & Rao',
      'Hirsch, Slack & Smith (1982)',
      'Benjamini–Hochberg',
      'split-conformal',
      'Bartlett',
      'Fisher z',
      'Bonferroni',
    ])
      expect(methods, name).toContain(name);
  });
});
