/**
 * A trigger's condition as a sentence: the model words a condition for titles ("below 92",
 * "falls 20 % or more against 1 week earlier"); a sentence needs its verb: "When it is below 92".
 */
export function whenIt(condition: string): string {
  return /^(below|above)\b/.test(condition) ? `When it is ${condition}` : `When it ${condition}`;
}
