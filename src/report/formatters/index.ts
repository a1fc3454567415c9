/** Every output format, by name, for the CLI and for tools that import newslint. */
import type { Report } from '../../schema.js';
import type { InputInfoMap } from './context.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJsonl } from './jsonl.js';
import { formatMarkdown } from './markdown.js';
import { formatStylish } from './stylish.js';
import type { FormatName } from './names.js';

export { FORMATS, type FormatName } from './names.js';

export interface FormatOptions {
  /** Colours, for stylish on a terminal. */
  colour?: boolean;
  /** Articles read from HTML pages: their extracted text. */
  inputs?: InputInfoMap;
}

export function formatReport(report: Report, format: FormatName, texts: ReadonlyMap<string, string>, options: FormatOptions = {}): string {
  switch (format) {
    case 'stylish':
      return formatStylish(report, texts, options.colour ?? false, options.inputs);
    case 'json':
      return formatJson(report, texts, options.inputs);
    case 'jsonl':
      return formatJsonl(report, texts, options.inputs);
    case 'markdown':
      return formatMarkdown(report, texts, options.inputs);
    case 'html':
      return formatHtml(report, texts, options.inputs);
  }
}

export { formatHtml, formatJson, formatJsonl, formatMarkdown, formatStylish };
export { formatJsonlLine } from './jsonl.js';
export { toJsonReport, toJsonArticle } from './json.js';
export { HTML_NOTE, type InputInfo, type InputInfoMap } from './context.js';
