/** Shared test helpers: what a user or author sees, not private fields. */

/** Runs `action` (sync or async) and returns every `console.warn` message it logged. */
export async function captureWarnings(action: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await action();
  } finally {
    console.warn = original;
  }
  return warnings;
}
