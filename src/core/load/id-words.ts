import { ID_PATTERN } from '../schema/common.ts';

import { kebabCase } from '../names/kebab-case.ts';

import { lookAlikeWords, skeleton } from './look-alikes.ts';

import type { MessageText } from './readings-messages.ts';

/** Something with an id and a name people may write instead of the id. */
export interface NamedThing {
  readonly id: string;
  readonly name: string;
  readonly what: 'team' | 'goal' | 'objective';
}

/**
 * Plain words for a value written where an id belongs, when the value tells what was meant: the
 * name of a team, goal or objective (`Inside Sales` is the name of team `inside-sales`), an id
 * typed with look-alike letters (Cyrillic `о`), or a KPI's id written as words. Null otherwise.
 * `key` is the field name for the fix (`team: inside-sales`), or null inside a list.
 */
export function idWords(
  field: string,
  key: string | null,
  value: string,
  named: readonly NamedThing[],
  kpiIds: ReadonlySet<string>,
): MessageText | null {
  const fix = (id: string) => `Write its id: \`${key === null ? id : `${key}: ${id}`}\`.`;
  const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  const byName = named.find((n) => norm(n.name) === norm(value));
  if (byName !== undefined) {
    return {
      message: `\`${field}\` takes an id, and \`${value}\` is the name of ${byName.what} \`${byName.id}\`.`,
      hint: fix(byName.id),
    };
  }
  const lookAlike = lookAlikeWords(value);
  if (lookAlike !== null) {
    const plain = skeleton(value).trim();
    return {
      message: `\`${field}\` must be a kebab-case id, but ${lookAlike}.`,
      hint: ID_PATTERN.test(plain)
        ? `Retype it with plain letters: \`${key === null ? plain : `${key}: ${plain}`}\`.`
        : 'Retype it with plain Latin letters, digits and hyphens.',
    };
  }
  const guess = kebabCase(value);
  const known = kpiIds.has(guess)
    ? `the KPI \`${guess}\``
    : named.find((n) => n.id === guess) !== undefined
      ? `${named.find((n) => n.id === guess)!.what} \`${guess}\``
      : null;
  if (known === null) return null;
  return {
    message: `\`${field}\` takes an id, not \`${value}\`: did you mean ${known}?`,
    hint: fix(guess),
  };
}

/** The teams of a raw teams.yaml value, and the goals and objectives of a raw strategy.yaml. */
export function namedThings(file: 'strategy' | 'teams', raw: unknown): NamedThing[] {
  const out: NamedThing[] = [];
  const take = (items: unknown, nameKey: string, what: NamedThing['what']) => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      const { id, [nameKey]: name } = (item ?? {}) as Record<string, unknown>;
      if (typeof id === 'string' && typeof name === 'string') out.push({ id, name, what });
    }
  };
  if (file === 'teams') take(raw, 'name', 'team');
  else if (raw !== null && typeof raw === 'object') {
    const { goals, objectives } = raw as Record<string, unknown>;
    take(goals, 'title', 'goal');
    take(objectives, 'title', 'objective');
  }
  return out;
}
