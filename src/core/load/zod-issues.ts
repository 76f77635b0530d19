import type { z } from 'zod';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { ID_PATTERN } from '../schema/common.ts';
import { GITHUB_LOGIN } from '../schema/people.ts';
import { didYouMean, suggest } from './suggest.ts';
import type { MessageText } from './readings-messages.ts';
import type { Locator, ValuePath } from './yaml-file.ts';
import { describe, fieldsOf, isInteger, schemaAt } from './zod-schema-at.ts';

/** Context for turning zod issues into diagnostics. */
/**
 * How our files are validated: with each issue's input (the words name the value found), and
 * without zod's compiled fast path, which builds a function per object shape with `new Function`
 * on first use: compiling those costs more than they save on the few dozen files a check
 * validates, and a 1,000-KPI check is no slower without them.
 */
export const PARSE_OPTIONS = { reportInput: true, jitless: true } as const;

export interface IssueContext {
  readonly file: string;
  readonly locator: Locator;
  /** The schema the file was parsed with, to list allowed fields and describe values. */
  readonly schema: z.ZodType;
  /** What the file is, for messages: "a KPI file", "strategy.yaml". */
  readonly noun: string;
  /**
   * Plain words for a value written where an id belongs, when the value tells what was meant (a
   * name, look-alike letters); `key` is the field name, null inside a list.
   */
  readonly explainId?: (field: string, key: string | null, value: string) => MessageText | null;
}

/** Turns the issues of one zod parse into diagnostics a non-programmer can act on. */
export function issuesToDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  ctx: IssueContext,
): Diagnostic[] {
  return issues.flatMap((issue) => issueToDiagnostics(issue, ctx));
}

function issueToDiagnostics(issue: z.core.$ZodIssue, ctx: IssueContext): Diagnostic[] {
  const path = issue.path;
  const at = (p: ValuePath, key = false) => ({ file: ctx.file, ...ctx.locator.at(p, { key }) });
  const field = fieldName(path);
  const expected = describe(schemaAt(ctx.schema, path));
  const expectedHint = expected === undefined ? undefined : `Expected: ${expected}`;
  if (
    issue.input === undefined &&
    issue.code !== 'unrecognized_keys' &&
    issue.code !== 'custom' &&
    path.length > 0
  ) {
    return [
      diagnostic(
        'schema-missing',
        at(path.slice(0, -1)),
        `\`${field}\` is required ${where(path.slice(0, -1), ctx.noun)} but is missing.`,
        `Add \`${lastKey(path)}: …\`${expected === undefined ? '' : ` (${expected})`}.`,
      ),
    ];
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = fieldsOf(schemaAt(ctx.schema, path));
      return issue.keys.map((key) => {
        const guess = suggest(key, allowed);
        return diagnostic(
          'schema-unknown-key',
          at([...path, key], true),
          `\`${key}\` is not a field ${where(path, ctx.noun)}.${guess === null ? '' : ` Did you mean \`${guess}\`?`}`,
          guess === null
            ? `Remove it, or use one of: ${allowed.join(', ')}.`
            : `Rename it to \`${guess}\`. Allowed fields: ${allowed.join(', ')}.`,
        );
      });
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const got = issue.input;
      return [
        diagnostic(
          'schema-value',
          at(path),
          `\`${field}\` must be one of ${options.join(', ')} — got ${show(got)}.${typeof got === 'string' ? didYouMean(got, options) : ''}`,
          `Change it to one of: ${options.join(', ')}.`,
        ),
      ];
    }
    case 'invalid_type': {
      const expectedType =
        issue.expected === 'number' && isInteger(schemaAt(ctx.schema, path))
          ? 'int'
          : issue.expected;
      return [
        diagnostic(
          'schema-type',
          at(path),
          `\`${field}\` must be ${typeWords(expectedType)} — got ${show(issue.input)}.`,
          expectedHint ?? `Write ${typeWords(expectedType)} here.`,
        ),
      ];
    }
    case 'invalid_format': {
      const words =
        issue.format === 'regex' && isIdPattern(issue.pattern) && typeof issue.input === 'string'
          ? ctx.explainId?.(field, keyOf(path), issue.input)
          : undefined;
      if (words !== undefined && words !== null)
        return [diagnostic('schema-value', at(path), words.message, words.hint)];
      return [
        diagnostic(
          'schema-value',
          at(path),
          `\`${field}\` ${formatWords(issue)} — got ${show(issue.input)}.`,
          expectedHint,
        ),
      ];
    }
    case 'too_small':
    case 'too_big': {
      const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const words =
        issue.origin === 'string'
          ? 'must not be empty'
          : issue.origin === 'array'
            ? `must have ${issue.code === 'too_small' ? 'at least' : 'at most'} ${limit} items`
            : `must be ${issue.code === 'too_small' ? 'at least' : 'at most'} ${limit}`;
      return [
        diagnostic(
          'schema-value',
          at(path),
          `\`${field}\` ${words} — got ${show(issue.input)}.`,
          expectedHint,
        ),
      ];
    }
    case 'invalid_union':
      return [
        diagnostic(
          'schema-value',
          at(path),
          `\`${field}\` has a value that is not allowed — got ${show(issue.input)}.`,
          expectedHint,
        ),
      ];
    case 'invalid_key':
      return [
        diagnostic(
          'schema-value',
          at(path, true),
          `\`${lastKey(path)}\` is not a valid name.`,
          'Names are kebab-case: lower-case letters and digits, words joined by single hyphens, e.g. `warehouse` or `product-db`.',
        ),
      ];
    case 'custom':
      return [customDiagnostic(issue, ctx, at(path), field)];
    default:
      return [
        diagnostic(
          'schema-value',
          at(path),
          `\`${field}\` is not valid: ${issue.message}.`,
          expectedHint,
        ),
      ];
  }
}

function customDiagnostic(
  issue: z.core.$ZodIssueCustom,
  _ctx: IssueContext,
  at: { file: string; line: number; col: number },
  field: string,
): Diagnostic {
  const kind = (issue.params as { plumbline?: string } | undefined)?.plumbline;
  switch (kind) {
    case 'date':
      return diagnostic(
        'schema-value',
        at,
        `\`${field}\` must be a date — got ${show(issue.input)}.`,
        'Write a real date as 2026-03-02, or a period: 2026-W09 (ISO week), 2026-03 (month), 2026-Q1 (quarter), 2026 (year).',
      );
    case 'trigger-condition':
      return diagnostic(
        'schema-value',
        at,
        'A trigger’s `when` needs exactly one of `change`, `below` or `above`.',
        'Write e.g. `when: { change: -20%, periods: 1 }` or `when: { below: 100, periods: 2 }`; put a second condition in a trigger of its own.',
      );
    case 'retired-needs-record':
      return diagnostic(
        'schema-missing',
        at,
        'This KPI has `status: retired` but no `retired:` block.',
        'Add `retired: { date: 2026-03-31, reason: …, replaced_by: other-kpi }`.',
      );
    case 'retired-but-active':
      return diagnostic(
        'schema-value',
        at,
        'This KPI has a `retired:` block but its `status` is not `retired`.',
        'Set `status: retired`, or remove the `retired:` block.',
      );
    case 'sources-secret':
      return diagnostic(
        'schema-value',
        at,
        `\`${field}\` would put a secret into git: a connection string or password does not belong in sources.yaml.`,
        'Write `url_env: WAREHOUSE_URL` (any variable name) and set that environment variable to the connection string where `plumbline pull` runs (a repository secret in CI).',
      );
    case 'sources-env-name':
      return diagnostic(
        'schema-value',
        at,
        `\`url_env\` must name an environment variable — got ${show(issue.input)}.`,
        'Use letters, digits and underscores, not starting with a digit, e.g. `url_env: WAREHOUSE_URL`.',
      );
    case 'sources-url-env':
      return diagnostic(
        'schema-missing',
        at,
        'A `postgres` connection needs `url_env`, the environment variable holding its connection string.',
        'Add `url_env: WAREHOUSE_URL` (any variable name) and set it where `plumbline pull` runs.',
      );
    case 'sources-misplaced': {
      const type = (issue.params as { type?: string }).type;
      return diagnostic(
        'schema-value',
        at,
        `\`${field}\` does not apply to a \`${type}\` connection.`,
        type === 'postgres'
          ? '`root` is for `duckdb` connections; remove it.'
          : '`url_env` is for `postgres` connections; a `duckdb` connection reads files under `root`.',
      );
    }
    default:
      return diagnostic('schema-value', at, `\`${field}\` is not valid: ${issue.message}.`);
  }
}

/** The last key of a path, with indexes shown the way people read them: `triggers[0].when`. */
export function fieldName(path: ValuePath): string {
  if (path.length === 0) return 'the file';
  let out = '';
  for (const segment of path)
    out +=
      typeof segment === 'number' ? `[${segment}]` : `${out === '' ? '' : '.'}${String(segment)}`;
  return out;
}

/** The field name at the end of a path, or null when the path ends in a list index. */
function keyOf(path: ValuePath): string | null {
  const last = path[path.length - 1];
  return typeof last === 'string' ? last : null;
}

function lastKey(path: ValuePath): string {
  return String(path[path.length - 1]);
}

function where(path: ValuePath, noun: string): string {
  return path.length === 0 ? `of ${noun}` : `of \`${fieldName(path)}\``;
}

function typeWords(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a block of `key: value` fields';
    case 'tuple':
      return 'a list like [min, max]';
    default:
      return expected;
  }
}

/** zod 4 reports a regex as `/…/`; earlier versions as its source. */
function isIdPattern(pattern: string | undefined): boolean {
  return pattern === String(ID_PATTERN) || pattern === ID_PATTERN.source;
}

function formatWords(issue: z.core.$ZodIssueInvalidStringFormat): string {
  if (issue.format === 'regex' && isIdPattern(issue.pattern)) {
    return 'must be a kebab-case id (lower-case letters and digits, words joined by single hyphens, e.g. `grow-pipeline`)';
  }
  if (issue.format === 'regex' && issue.pattern?.includes('%') === true)
    return 'must be a percent such as `5%` or `-20%`';
  if (issue.format === 'regex' && issue.pattern?.includes('https?') === true)
    return 'must be a link starting with http:// or https://';
  if (issue.format === 'regex' && issue.pattern?.replace(/^\//, '').startsWith('^@') === true)
    return 'must be a GitHub user or team such as `@org/team`';
  if (issue.format === 'regex' && issue.pattern?.includes(GITHUB_LOGIN.source) === true)
    return 'must be a GitHub login without `@`: letters, digits and single hyphens, at most 39, e.g. `leewong`';
  if (issue.format === 'email') return 'must be an e-mail address such as `lee@example.com`';
  return `is not in the expected format`;
}

/** Shows a value the way it was written, shortened. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value === '' ? 'empty text' : `\`${truncate(value)}\``;
  if (typeof value === 'number' || typeof value === 'boolean') return `\`${String(value)}\``;
  if (Array.isArray(value)) return 'a list';
  return 'a block of fields';
}

function truncate(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}
