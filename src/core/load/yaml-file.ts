import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import { diagnostic, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { explainYamlError } from './yaml-mistakes.ts';

/** A path inside a YAML value: map keys and list indexes. */
export type ValuePath = readonly PropertyKey[];

/** Finds the position of a path in a parsed YAML file. */
export interface Locator {
  /**
   * Position of the deepest node on `path` that exists; with `key`, of the map key rather than its
   * value (where an unknown or misspelt field name should point).
   */
  at(path: ValuePath, options?: { key?: boolean }): Position;
}

/** A YAML file read with positions. */
export interface YamlFile {
  /** The plain JS value, or undefined when the file could not be parsed. */
  readonly value: unknown;
  readonly locator: Locator;
  readonly diagnostics: Diagnostic[];
}

/** Aliases expanded beyond this count are refused: a "billion laughs" file cannot exhaust memory. */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses YAML text, keeping positions; never throws on bad input. Only the first syntax error is
 * reported, in plain words at the place of the mistake (see explainYamlError): what the parser
 * says after it is most often a consequence of it. A tag other than the core schema's
 * (`!include`) and a key that is not plain data (`__proto__`, a list as a key) are errors too.
 */
export function parseYamlFile(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      keepSourceTokens: false,
      logLevel: 'error',
    });
  } catch {
    // The parser reports deep nesting as an error; should it still run out of stack, say so.
    const words = explainYamlError(text, 'RESOURCE_EXHAUSTION', 0);
    return {
      value: undefined,
      locator: { at: () => ({ line: 1, col: 1 }) },
      diagnostics: [
        diagnostic('yaml-syntax', { file, line: 1, col: 1 }, words.message, words.hint),
      ],
    };
  }
  const locator = makeLocator(doc.contents, toPosition);
  const diagnostics: Diagnostic[] = [];
  const first = doc.errors[0];
  if (first !== undefined) {
    const words = explainYamlError(text, first.code, first.pos[0]);
    diagnostics.push(
      diagnostic('yaml-syntax', { file, ...toPosition(words.offset) }, words.message, words.hint),
    );
  } else {
    diagnostics.push(...plainData(doc.contents, text, file, toPosition));
  }
  if (diagnostics.length > 0) return { value: undefined, locator, diagnostics };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return {
      value: undefined,
      locator,
      diagnostics: [
        diagnostic(
          'file-empty',
          { file, line: 1, col: 1 },
          'This file is empty.',
          'Fill it in, or delete it.',
        ),
      ],
    };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), locator, diagnostics };
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount.
    const message = error instanceof Error ? error.message : String(error);
    return {
      value: undefined,
      locator,
      diagnostics: [
        diagnostic(
          'yaml-syntax',
          { file, line: 1, col: 1 },
          `The YAML expands too many aliases (*name references): ${firstLine(message)}`,
          'Write the values out instead of reusing them through anchors and aliases.',
        ),
      ],
    };
  }
}

/** The tags of the YAML core schema, the only ones Plumbline files may carry. */
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

/** Keys that would reach the prototype of a JavaScript object instead of being data. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * yaml-tag and yaml-key errors over the whole tree, walked without recursion so a deep file cannot
 * exhaust the stack.
 */
function plainData(
  root: unknown,
  text: string,
  file: string,
  toPosition: (offset: number) => Position,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (node: unknown) => ({
    file,
    ...(positionOf(node, toPosition) ?? { line: 1, col: 1 }),
  });
  const stack: unknown[] = [root];
  while (stack.length > 0 && out.length < 20) {
    const node = stack.pop();
    if (node === null || node === undefined || isAlias(node)) continue;
    const tag = (node as { tag?: string }).tag;
    if (tag !== undefined && !CORE_TAGS.has(tag)) {
      const shown = tag.replace(/^tag:yaml\.org,2002:/, '!!');
      // At the tag itself, written just before the value (on its line).
      const start = (node as { range?: number[] }).range?.[0] ?? 0;
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      let bang = text.lastIndexOf('!', start);
      while (bang > lineStart && !/\s/.test(text[bang - 1]!)) bang--;
      out.push(
        diagnostic(
          'yaml-tag',
          bang >= lineStart ? { file, ...toPosition(bang) } : at(node),
          `The tag \`${shown.replace(/`/g, "'")}\` is not plain YAML, so Plumbline would read the value as bare text.`,
          shown === '!include' || shown.startsWith('!')
            ? 'Plumbline does not include other files: write the value itself here, without the tag.'
            : 'Remove the tag and write the value itself.',
        ),
      );
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const key: unknown = pair.key;
        if (isScalar(key) && PROTOTYPE_KEYS.has(String(key.value))) {
          out.push(
            diagnostic(
              'yaml-key',
              at(key),
              `\`${String(key.value)}\` cannot be a field name: it is a special word in JavaScript, which Plumbline is written in.`,
              'Rename or remove this field.',
            ),
          );
        } else if (key !== null && !isScalar(key)) {
          out.push(
            diagnostic(
              'yaml-key',
              at(key),
              'This field name is a list or a block of fields; a field name must be plain text.',
              'Write the field name as text, followed by a colon and its value: `name: value`.',
            ),
          );
        }
        stack.push(pair.value, key);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return out;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function makeLocator(root: Node | null, toPosition: (offset: number) => Position): Locator {
  const start: Position = { line: 1, col: 1 };
  return {
    at(path, options) {
      let node: unknown = root;
      let best = positionOf(node, toPosition) ?? start;
      for (const segment of path) {
        let keyNode: unknown = null;
        if (isMap(node)) {
          const pair = node.items.find(
            (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
          );
          if (pair === undefined) break;
          keyNode = pair.key;
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          node = node.items[segment];
          if (node === undefined) break;
        } else {
          break;
        }
        best =
          positionOf(options?.key === true && keyNode !== null ? keyNode : node, toPosition) ??
          positionOf(keyNode, toPosition) ??
          best;
      }
      return best;
    },
  };
}

function positionOf(node: unknown, toPosition: (offset: number) => Position): Position | null {
  if (node !== null && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: readonly number[] | null }).range;
    if (range !== null && range !== undefined && range[0] !== undefined)
      return toPosition(range[0]);
  }
  return null;
}
