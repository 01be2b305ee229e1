type Messages = Record<string, unknown>;

// Copies the messages at `path` from `from` into `into`, keeping their place in the catalog.
function pick(into: Messages, from: Messages, path: readonly string[]): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  const value = from[head];
  if (rest.length === 0 || typeof value !== 'object' || value === null) {
    into[head] = value;
    return;
  }
  const existing = into[head];
  const target: Messages = typeof existing === 'object' && existing !== null ? (existing as Messages) : {};
  into[head] = target;
  pick(target, value as Messages, rest);
}

/** The parts of a catalog at these paths (`agenda` or `agenda.followUpStatus`), each where the catalog has it. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) pick(picked, messages, path.split('.'));
  return picked;
}
