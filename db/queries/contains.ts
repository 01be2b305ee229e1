/** An ILIKE pattern matching values that contain `term` as typed: its own `%`, `_` and `\` match themselves. */
export function containing(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
