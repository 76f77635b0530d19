/** How names of people are matched: trimmed, inner spaces collapsed, case ignored. */
export function personKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
