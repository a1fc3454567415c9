import type { z } from 'zod';

/**
 * Thrown for input newslint cannot read. `field` names where the problem is (a dotted
 * path such as `articles[2].publishedAt`), `problem` says what is wrong with it.
 */
export class NewslintInputError extends Error {
  override readonly name = 'NewslintInputError';
  constructor(
    readonly field: string,
    readonly problem: string,
    readonly location?: string,
  ) {
    // One line, always: the CLI prints one stderr line per bad record, and a file name,
    // a JSON parser's excerpt or a zod message must not break it.
    super(oneLine(`${location ? `${location}: ` : ''}${field ? `${field} ` : ''}${problem}`));
  }
}

/** Line breaks and other control characters shown as spaces or escapes, on one line. */
export function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function pathToField(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(input)';
}

/** The first zod issue, as a NewslintInputError that names its field. */
export function fromZodError(error: z.ZodError, prefix = '', location?: string): NewslintInputError {
  const issue = error.issues[0]!;
  let problem = issue.message;
  if (issue.code === 'invalid_type') problem = `must be ${issue.expected} (${issue.message.replace(/^Invalid input: /, '')})`;
  else if (issue.code === 'unrecognized_keys') problem = `has unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return new NewslintInputError(pathToField(prefix, issue.path), problem, location);
}

/** Ids already taken in one batch or stream; a repeated id is an input error naming `field`. */
export class IdRegistry {
  private readonly seen = new Set<string>();
  claim(id: string, field: string): void {
    if (this.seen.has(id)) throw new NewslintInputError(field, `duplicates the id "${id}" of an earlier article`);
    this.seen.add(id);
  }
}
