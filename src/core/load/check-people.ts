import { personKey } from '../names/person-key.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

import { type Person } from '../schema/people.ts';
import type { Position } from '../diagnostics/diagnostic.ts';
import type { ValuePath } from './yaml-file.ts';
import { PEOPLE_FILE } from '../names/file-names.ts';

/**
 * people.yaml: two entries with one name would make every owner with that name ambiguous, so the
 * second is an error (`person-duplicate`) at its `name`. Names compare as written, after trimming
 * and ignoring case ("lee wong" and "Lee Wong" are one person to a reader).
 */
export function checkPeople(
  people: readonly Person[],
  at: (path: ValuePath) => Position,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, number>();
  people.forEach((person, index) => {
    const key = personKey(person.name);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, index);
      return;
    }
    const earlierLine = at([earlier, 'name']).line;
    out.push(
      diagnostic(
        'person-duplicate',
        { file: PEOPLE_FILE, ...at([index, 'name']) },
        `\`${person.name}\` is listed twice (first on line ${earlierLine}), so owners with this name cannot be matched to one person.`,
        'Merge the two entries into one, or tell the two people apart by their full names here and in the files that name them.',
      ),
    );
  });
  return out;
}
