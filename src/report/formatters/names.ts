/** The output formats by name: kept apart from the formatters so the CLI can name them without loading them. */
export const FORMATS = ['stylish', 'json', 'jsonl', 'markdown', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];
