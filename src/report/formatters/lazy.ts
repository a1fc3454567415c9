/**
 * The CLI's way to a formatter: only the chosen one is loaded (each is a dynamic import,
 * so the bundle splits them out of the CLI's start-up path).
 */
import type { FormatOptions } from './index.js';
import type { FormatName } from './names.js';
import type { Report } from '../../schema.js';

export type ReportFormatter = (report: Report, texts: ReadonlyMap<string, string>, options: FormatOptions) => string;

export async function loadFormatter(format: FormatName): Promise<ReportFormatter> {
  switch (format) {
    case 'stylish': {
      const { formatStylish } = await import('./stylish.js');
      return (report, texts, options) => formatStylish(report, texts, options.colour ?? false, options.inputs);
    }
    case 'json': {
      const { formatJson } = await import('./json.js');
      return (report, texts, options) => formatJson(report, texts, options.inputs);
    }
    case 'jsonl': {
      const { formatJsonl } = await import('./jsonl.js');
      return (report, texts, options) => formatJsonl(report, texts, options.inputs);
    }
    case 'markdown': {
      const { formatMarkdown } = await import('./markdown.js');
      return (report, texts, options) => formatMarkdown(report, texts, options.inputs);
    }
    case 'html': {
      const { formatHtml } = await import('./html.js');
      return (report, texts, options) => formatHtml(report, texts, options.inputs);
    }
  }
}
