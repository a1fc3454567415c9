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
    super(`${location ? `${location}: ` : ''}${field ? `${field} ` : ''}${problem}`);
  }
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
