/** `1 period`, `3 periods`, `2 people` (with `words`): a count and its noun. */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}
