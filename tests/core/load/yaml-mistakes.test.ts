import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/core/load/load-project.ts';
import { parseYamlFile } from '../../../src/core/load/yaml-file.ts';
import { projectFiles } from '../../helpers/project-files.ts';

/** The one diagnostic of a YAML text, as `rule line:col message → hint`. */
function only(text: string): string[] {
  return parseYamlFile('x.yaml', text).diagnostics.map(
    (d) => `${d.rule} ${d.line}:${d.col} ${d.message} → ${d.hint}`,
  );
}

describe('plain words for common YAML mistakes, at the place of the mistake', () => {
  it('a tab used for indentation: one error, at the tab, with the line fixed', () => {
    // The parser adds "Implicit keys need to be on a single line" after it: a follow-on.
    expect(only('name: A\nteam:\n\tsales\ncadence: monthly\n')).toEqual([
      'yaml-syntax 3:1 This line is indented with a tab; YAML allows only spaces for indentation. → Replace the tab with spaces: `  sales` (an editor can show tabs and turn them into spaces).',
    ]);
  });

  it('a missing colon, with the fix in the user’s own text', () => {
    // `owner David Okafor`: the colon belongs after `owner` (line 2, column 6).
    expect(only('name: A\nowner David Okafor\ncadence: monthly\n')).toEqual([
      'yaml-syntax 2:6 There is no colon after `owner`, so YAML cannot tell the field from its value. → Write `owner: David Okafor`.',
    ]);
  });

  it('an unclosed { on line 2 is reported on line 2 at the {, not on line 3', () => {
    // `thresholds: {` — the brace is the 13th character of line 2.
    expect(only('name: A\nthresholds: { warning: 5%, critical: 10%\ncadence: monthly\n')).toEqual([
      'yaml-syntax 2:13 This `{` is never closed, so the lines after it are read as part of it. → Add the closing `}` where the block of fields ends: `thresholds: { warning: 5%, critical: 10% }`.',
    ]);
  });

  it('an unclosed [ and an unclosed quote, at the opening character', () => {
    expect(only('name: A\nobjectives: [a, b\ncadence: monthly\n')).toEqual([
      'yaml-syntax 2:13 This `[` is never closed, so the lines after it are read as part of it. → Add the closing `]` where the list ends: `objectives: [a, b]`.',
    ]);
    expect(only('name: "A\ncadence: monthly\nteam: x\n')).toEqual([
      'yaml-syntax 1:7 This `"` is never closed, so the lines after it are read as part of it. → Add the closing `"` where the text ends: `name: "A"`.',
    ]);
  });

  it('a line indented under a field that already has a value', () => {
    expect(only('name: A\n  cadence: monthly\nteam: x\n')).toEqual([
      'yaml-syntax 2:3 This line is indented more than the line above, but `name` above already has a value. → Indent it like the line above: `cadence: monthly`.',
    ]);
  });

  it('a field of a list item indented by 3 spaces where its siblings have 4', () => {
    expect(only('goals:\n  - id: a\n    title: A\n   kpis: [x]\n')).toEqual([
      'yaml-syntax 4:4 This line is indented by 3 spaces, but the fields of the list item it belongs to by 4. → Indent it by 4 spaces: `    kpis: [x]`.',
    ]);
  });

  it('a list item out of line with the items above', () => {
    expect(only('goals:\n  - id: a\n    title: A\n - id: b\n')).toEqual([
      'yaml-syntax 4:2 This list item starts at column 2, but the items above it start at column 3. → Line it up with the items above: `  - id: b`.',
    ]);
  });

  it('a closing bracket that closes nothing, with the line without it', () => {
    expect(only('- { id: acme, name: Acme, level: enterprise }}\n')).toEqual([
      'yaml-syntax 1:46 This `}` closes nothing: there is no `{` open before it. → Delete it: `- { id: acme, name: Acme, level: enterprise }`.',
    ]);
  });

  it('a value holding `: `, with the value quoted', () => {
    // `team: sales: x` — the value `sales: x` starts at column 7.
    expect(only('name: A\nteam: sales: x\n')).toEqual([
      'yaml-syntax 2:7 The value of `team` holds `: `, which YAML reads as the start of another field. → Put the value in quotes: `team: "sales: x"`.',
    ]);
  });

  it('several documents in one file', () => {
    expect(only('name: A\n---\nname: B\n')).toEqual([
      'yaml-syntax 2:1 This file holds more than one YAML document: the `---` line here starts another. → Plumbline reads one document per file: delete this `---` line (and what follows, if it belongs elsewhere).',
    ]);
  });

  it('a field written twice names the field', () => {
    expect(only('name: A\nteam: b\nname: C\n')).toEqual([
      'yaml-syntax 3:1 `name` appears twice in the same block. → Keep one of them and delete the other.',
    ]);
  });

  it('deep nesting is an error, not a crash, whatever the form', () => {
    const deep = [
      `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
      `a:\n${'- '.repeat(50_000)}x\n`,
      `${Array.from({ length: 5_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`,
    ];
    for (const text of deep) {
      const found = parseYamlFile('x.yaml', text).diagnostics;
      expect(found.map((d) => [d.rule, d.message])).toEqual([
        ['yaml-syntax', 'The YAML is nested too deeply to read.'],
      ]);
    }
  });
});

describe('YAML that is not plain data', () => {
  it('a custom tag is an error at the value, not silently the literal text', () => {
    expect(only('destination: !include destination.md\n')).toEqual([
      'yaml-tag 1:14 The tag `!include` is not plain YAML, so Plumbline would read the value as bare text. → Plumbline does not include other files: write the value itself here, without the tag.',
    ]);
  });

  it('a tag outside the core schema (!!binary) is an error; core tags are fine', () => {
    expect(only('a: !!binary aGVsbG8=\n').map((d) => d.slice(0, 26))).toEqual([
      'yaml-tag 1:4 The tag `!!bi',
    ]);
    expect(only('a: !!str 12\nb: !!int "3"\n')).toEqual([]);
  });

  it('__proto__, constructor and prototype are errors at the key, wherever they are', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(only(`policy:\n  severity:\n    ${key}: off\n`)).toEqual([
        `yaml-key 3:5 \`${key}\` cannot be a field name: it is a special word in JavaScript, which Plumbline is written in. → Rename or remove this field.`,
      ]);
    }
    expect(only(`- id: a\n  __proto__: { x: 1 }\n`).map((d) => d.slice(0, 12))).toEqual([
      'yaml-key 2:3',
    ]);
  });

  it('a number as a key is reported at the key, not at 1:1', () => {
    const { diagnostics } = loadProject(
      projectFiles({
        'metrics/leads.yaml':
          'name: Leads\ndirection: up\nteam: sales\ncadence: monthly\nmilestones:\n  2026: 150\n',
      }),
    );
    expect(diagnostics.map((d) => [d.rule, d.file, d.line, d.col])).toEqual([
      ['schema-type', 'metrics/leads.yaml', 6, 3],
    ]);
  });
});
