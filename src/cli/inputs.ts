/**
 * Reading the CLI's inputs into raw article records: .txt/.md files, .html pages, .json
 * (one article or an array), .jsonl, directories (with an optional manifest.json), and
 * `-` (JSONL on stdin). Each record keeps where it came from, so an error can name file
 * and line. Nothing here throws for bad input: every problem becomes one
 * NewslintInputError in `errors`, and reading goes on with the rest.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { NewslintInputError } from '../errors.js';
// The HTML reader (linkedom, Readability) is large: loaded only when a page is read (see extractPages).

export interface RawRecord {
  value: unknown;
  /** "file.jsonl:12", for error messages. */
  origin: string;
  /** Set when the record was extracted from an HTML page (its text is the extracted text). */
  html?: { extractedText: string; title?: string };
}

export interface ReadResult {
  records: RawRecord[];
  errors: NewslintInputError[];
  /**
   * Records and errors together, in input order, when the caller asks for it (pass an
   * array): `--bail` stops at the first bad record in this order, and errors print in it.
   */
  order?: (RawRecord | NewslintInputError)[];
  /**
   * HTML pages read but not yet extracted: their records are in place, with no value yet.
   * `extractPages` fills them in (or turns them into errors, in the same place).
   */
  pages?: { record: RawRecord; html: string; fields: Record<string, unknown>; path: string }[];
}

const TEXT_EXT = new Set(['.txt', '.md', '.markdown', '.text']);
const HTML_EXT = new Set(['.html', '.htm']);
/** V8's longest string (2^29 - 24 code units); a file larger than that cannot be one text. */
const MAX_STRING = 0x1fffffe8;

function addRecord(out: ReadResult, record: RawRecord): void {
  out.records.push(record);
  out.order?.push(record);
}

function addError(out: ReadResult, error: NewslintInputError): void {
  out.errors.push(error);
  out.order?.push(error);
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);

function decodeUtf8(buf: Buffer, origin: string): string {
  if (buf.includes(0)) throw new NewslintInputError('', 'is a binary file, not text', origin);
  if (buf.length > MAX_STRING) throw new NewslintInputError('', `is too large to read (${buf.length} bytes)`, origin);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new NewslintInputError('', 'is not valid UTF-8 text', origin);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ERR_FS_FILE_TOO_LARGE') throw new NewslintInputError('', 'is too large to read', path);
    throw new NewslintInputError('', `cannot be read (${code})`, path);
  }
}

/** One record per non-blank line; a line that is not JSON is one error naming file:line. */
export function parseJsonl(text: string, origin: string, out: ReadResult): void {
  // A byte order mark before the first record (stdin is not stripped of one).
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${origin}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      addError(out, new NewslintInputError('', `is not valid JSON (${(error as Error).message})`, where));
      return;
    }
    addRecord(out, { value, origin: where });
  });
}

interface ManifestEntry { id?: string; file: string; publishedAt?: string | null; source?: string | null }

/**
 * The directory's manifest.json: undefined when there is none, null when it is there but
 * unusable (the error is reported; the manifest is authoritative, so the directory's
 * files are then not read on a guess).
 */
function readManifest(dir: string, out: ReadResult): (ManifestEntry | undefined)[] | undefined | null {
  const path = join(dir, 'manifest.json');
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return undefined;
    addError(out, new NewslintInputError('', `cannot be read (${codeOf(error)})`, path));
    return null;
  }
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8(bytes, path));
  } catch (error) {
    addError(out, error instanceof NewslintInputError ? error : new NewslintInputError('', `is not valid JSON (${(error as Error).message})`, path));
    return null;
  }
  if (!Array.isArray(value)) {
    addError(out, new NewslintInputError('', 'must be an array of {"file", "id"?, "publishedAt"?, "source"?} entries', path));
    return null;
  }
  // A bad entry is reported on its own; the good entries are still read.
  return value.map((m: unknown, i) => {
    const entry = m as Partial<ManifestEntry> | null;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry) || typeof entry.file !== 'string' || !entry.file) {
      addError(out, new NewslintInputError(`[${i}].file`, 'must be the name of a file in the directory', path));
      return undefined;
    }
    return entry as ManifestEntry;
  });
}

function readDirectory(dir: string, out: ReadResult, defaults: Record<string, unknown>): void {
  const manifest = readManifest(dir, out);
  if (manifest === null) return;
  if (manifest) {
    for (const m of manifest) {
      if (!m) continue;
      // A manifest entry may leave out the id: the file name stands in, as for a lone file.
      const fields: Record<string, unknown> = { ...defaults, publishedAt: m.publishedAt ?? defaults.publishedAt, source: m.source ?? undefined };
      if (m.id !== undefined) fields.id = m.id;
      readTextFile(join(dir, m.file), out, fields);
    }
    return;
  }
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    addError(out, new NewslintInputError('', `cannot be read (${codeOf(error)})`, dir));
    return;
  }
  for (const name of names) {
    const full = join(dir, name);
    const ext = extname(name).toLowerCase();
    if (!(TEXT_EXT.has(ext) || HTML_EXT.has(ext) || ext === '.json' || ext === '.jsonl') || name === 'manifest.json' || /^readme/i.test(name)) continue;
    let isFile: boolean;
    try {
      isFile = statSync(full).isFile();
    } catch (error) {
      // A dangling link or an entry that vanished: say so, go on with the others.
      addError(out, new NewslintInputError('', `cannot be read (${codeOf(error)})`, full));
      continue;
    }
    if (isFile) readInput(full, out, defaults);
  }
}

function readTextFile(path: string, out: ReadResult, fields: Record<string, unknown>): void {
  try {
    const text = decodeUtf8(readBytes(path), path);
    if (HTML_EXT.has(extname(path).toLowerCase())) {
      const record: RawRecord = { value: undefined, origin: path };
      addRecord(out, record);
      (out.pages ??= []).push({ record, html: text, fields, path });
      return;
    }
    addRecord(out, { value: { id: basename(path, extname(path)), ...fields, text }, origin: path });
  } catch (error) {
    if (error instanceof NewslintInputError) addError(out, error);
    else throw error;
  }
}

/** Read one input path into `out`. `defaults` fill fields plain text cannot carry. */
export function readInput(path: string, out: ReadResult, defaults: Record<string, unknown> = {}): void {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    addError(out, new NewslintInputError('', `cannot be read (${codeOf(error)})`, path));
    return;
  }
  if (stat.isDirectory()) return readDirectory(path, out, defaults);
  if (!stat.isFile()) {
    // A FIFO or a device would block or never end.
    addError(out, new NewslintInputError('', 'is not a regular file', path));
    return;
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.json' || ext === '.jsonl') {
    let text: string;
    try {
      text = decodeUtf8(readBytes(path), path);
    } catch (error) {
      if (!(error instanceof NewslintInputError)) throw error;
      addError(out, error);
      return;
    }
    if (ext === '.jsonl') return parseJsonl(text, path, out);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      addError(out, new NewslintInputError('', `is not valid JSON (${(error as Error).message})`, path));
      return;
    }
    const list = Array.isArray(value) ? value : [value];
    list.forEach((v, i) => addRecord(out, { value: v, origin: Array.isArray(value) ? `${path}[${i}]` : path }));
    return;
  }
  readTextFile(path, out, { ...defaults });
}

/**
 * Extract the article text of the HTML pages `readInput` found, in place: each page's
 * record gets its value, or becomes an error where it stood in `order`. Loads the HTML
 * reader only when there is a page.
 */
export async function extractPages(out: ReadResult): Promise<void> {
  const pages = out.pages ?? [];
  out.pages = [];
  if (!pages.length) return;
  const { extractArticle } = await import('../input/html.js');
  for (const { record, html, fields, path } of pages) {
    try {
      const page = extractArticle(html);
      record.value = { id: basename(path, extname(path)), title: page.title, ...fields, text: page.text };
      record.html = { extractedText: page.text, title: page.title };
    } catch (error) {
      const problem = new NewslintInputError('', `could not be read as an HTML page (${(error as Error)?.message ?? String(error)})`, path);
      out.records.splice(out.records.indexOf(record), 1);
      out.errors.push(problem);
      if (out.order) out.order[out.order.indexOf(record)] = problem;
    }
  }
}
