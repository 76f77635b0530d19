import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { diagnostic, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';

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

/** Parses YAML text, keeping positions; never throws on bad input. */
export function parseYamlFile(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    keepSourceTokens: false,
  });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const locator = makeLocator(doc.contents, toPosition);
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    const at = toPosition(error.pos[0]);
    diagnostics.push(
      diagnostic(
        'yaml-syntax',
        { file, ...at },
        `The YAML cannot be read here: ${firstLine(error.message)}`,
        yamlHint(error.code),
      ),
    );
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

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'A field appears twice in the same block: keep one of them.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'Check the indentation (spaces, not tabs) and that every `key:` has a value; quote text that contains `: ` or starts with a special character.';
    case 'TAB_AS_INDENT':
      return 'Indent with spaces, not tabs.';
    default:
      return 'Fix the YAML syntax at this position; quoting the value often helps.';
  }
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
            (p) => isPair(p) && isScalar(p.key) && p.key.value === segment,
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
