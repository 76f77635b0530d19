/** The ISO 4217 code of a `currency:XXX` unit (upper-cased), or null for any other unit. */
export function currencyOf(unit: string): string | null {
  const code = /^currency:([A-Za-z]{3})$/.exec(unit)?.[1];
  return code === undefined ? null : code.toUpperCase();
}
