/** What a formatter knows beyond the Report: each article's text, and how it was read. */
export interface InputInfo {
  /** The input was an HTML page; spans refer to `extractedText`, the article text taken from it. */
  format: 'html';
  extractedText: string;
  title?: string;
}

export type InputInfoMap = ReadonlyMap<string, InputInfo>;

export const HTML_NOTE = 'Input was HTML: spans refer to extractedText, the article text extracted from the page.';
