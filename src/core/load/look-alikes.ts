/**
 * Letters that look like Latin ones but are not — Cyrillic `о`, Greek `ο` — and invisible or
 * unusual spaces: a file or an id typed with one looks right and matches nothing. These name the
 * character and give the text with plain Latin letters.
 */

/** Pairs of a look-alike letter and the Latin letter it passes for: Cyrillic, then Greek. */
const LETTERS =
  'аaвbеeкkмmнhоoрpсcтtуyхxіiјjѕsԁdһhӏlԛqԝwүyАAВBЕEКKМMНHОOРPСCТTХXІIЈJЅS' +
  'αaοoνvιiκkρpτtυuχxεeΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX';

/** Look-alike → the Latin letter, space, nothing (invisible) or hyphen it passes for. */
const LATIN_OF: ReadonlyMap<string, string> = new Map([
  ...Array.from({ length: LETTERS.length / 2 }, (_, i): [string, string] => [
    LETTERS[2 * i]!,
    LETTERS[2 * i + 1]!,
  ]),
  ...[...'\u00a0\u2007\u202f'].map((c): [string, string] => [c, ' ']),
  ...[...'\u200b\u200c\u200d\u2060\ufeff'].map((c): [string, string] => [c, '']),
  ...[...'\u2010\u2011\u2013\u2212'].map((c): [string, string] => [c, '-']),
]);

/** The text with every look-alike replaced by the Latin letter (or space) it passes for. */
export function skeleton(text: string): string {
  let out = '';
  for (const c of text) out += LATIN_OF.get(c) ?? c;
  return out;
}

/**
 * Words naming the first look-alike in `text` — "the `о` in `оrders` is Cyrillic U+043E, not the
 * Latin letter `o`" — or null when there is none.
 */
export function lookAlikeWords(text: string): string | null {
  for (const c of text) {
    const latin = LATIN_OF.get(c);
    if (latin === undefined) continue;
    const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const shown = `\`${visible(text)}\``;
    if (latin === ' ') return `${shown} holds a special space (${code}), not a plain one`;
    if (latin === '') return `${shown} holds an invisible character (${code})`;
    if (latin === '-') return `${shown} holds a dash (${code}), not a plain hyphen \`-\``;
    const script = /\p{Script=Cyrillic}/u.test(c) ? 'Cyrillic' : 'Greek';
    return `the \`${c}\` in ${shown} is ${script} ${code}, not the Latin letter \`${latin}\``;
  }
  return null;
}

/** Invisible characters shown as `<U+200B>` so the reader sees where they are. */
function visible(text: string): string {
  return text.replace(
    /[\u200b-\u200d\u2060\ufeff]/g,
    (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}
