/**
 * HTML pages in: the article text is extracted with Mozilla's Readability (the Firefox
 * reader view) over a linkedom DOM, then flattened to plain text with a blank line
 * between blocks. Every span newslint reports for such an input refers to this
 * extracted text, which the report carries (`extractedText`).
 *
 * `<!-- newslint-disable ... -->` comments are kept as text in the extraction, so the
 * inline suppression markers work in HTML exactly as in Markdown.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ExtractedArticle {
  text: string;
  title?: string;
  byline?: string;
  publishedTime?: string;
}

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'FIGCAPTION', 'UL', 'OL', 'TABLE', 'HEADER', 'FOOTER', 'ASIDE', 'DL', 'DT', 'DD', 'FIGURE', 'MAIN']);
const MARKER = /^\s*newslint-(disable|enable)\b/;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Plain text of a DOM subtree: blocks separated by blank lines, inline whitespace collapsed. */
function flatten(root: DomNode): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\f\r]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (t) blocks.push(t);
    line = '';
  };
  const walk = (n: DomNode) => {
    if (n.nodeType === 3) line += (n.textContent ?? '').replace(/\s+/g, ' ');
    else if (n.nodeType === 8 && MARKER.test(n.textContent ?? '')) line += ` <!--${n.textContent}--> `;
    else if (n.nodeType === 1) {
      if (n.nodeName === 'BR') line += '\n';
      else if (n.nodeName === 'SCRIPT' || n.nodeName === 'STYLE') return;
      const block = BLOCK.has(n.nodeName);
      if (block) flush();
      for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

/** Comments Readability would drop become text so their position survives extraction. */
function keepMarkers(html: string): string {
  return html.replace(/<!--(\s*newslint-(?:disable|enable)\b[^>]*?)-->/g, (_, body: string) => `<span data-newslint-marker="">&lt;!--${body.replace(/</g, '&lt;')}--&gt;</span>`);
}

export function extractArticle(html: string): ExtractedArticle {
  const { document } = parseHTML(keepMarkers(html));
  // Readability changes the DOM it reads; it gets its own copy.
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  let body = '';
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    body = flatten(content.body as unknown as DomNode);
  }
  if (!body.trim()) body = flatten((parseHTML(keepMarkers(html)).document.body ?? { nodeType: 9, nodeName: '#document', textContent: '', childNodes: [] }) as unknown as DomNode);
  const title = parsed?.title?.trim() || undefined;
  // The headline leads the text, as in a plain-text article, unless the body already starts with it.
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { text, title, byline: parsed?.byline ?? undefined, publishedTime: parsed?.publishedTime ?? undefined };
}
