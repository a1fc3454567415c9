/**
 * Reading the CLI's inputs into raw article records: .txt/.md files, .json (one article
 * or an array), .jsonl, directories (with an optional manifest.json), and `-` (JSONL on
 * stdin). Each record keeps where it came from, so an error can name file and line.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { NewslintInputError } from '../errors.js';
import { extractArticle } from '../input/html.js';

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
}

const TEXT_EXT = new Set(['.txt', '.md', '.markdown', '.text']);
const HTML_EXT = new Set(['.html', '.htm']);

function decodeUtf8(buf: Buffer, origin: string): string {
  if (buf.includes(0)) throw new NewslintInputError('', 'is a binary file, not text', origin);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    throw new NewslintInputError('', 'is not valid UTF-8 text', origin);
  }
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new NewslintInputError('', `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, path);
  }
}

export function parseJsonl(text: string, origin: string, out: ReadResult): void {
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${origin}:${i + 1}`;
    try {
      out.records.push({ value: JSON.parse(line), origin: where });
    } catch (error) {
      out.errors.push(new NewslintInputError('', `is not valid JSON (${(error as Error).message})`, where));
    }
  });
}

interface ManifestEntry { id?: string; file: string; publishedAt?: string | null; source?: string | null }

function readDirectory(dir: string, out: ReadResult, defaults: Record<string, unknown>): void {
  const manifestPath = join(dir, 'manifest.json');
  let manifest: ManifestEntry[] | undefined;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestEntry[];
  } catch {
    manifest = undefined;
  }
  if (Array.isArray(manifest)) {
    for (const m of manifest) {
      // A manifest entry may leave out the id: the file name stands in, as for a lone file.
      const fields: Record<string, unknown> = { ...defaults, publishedAt: m.publishedAt ?? defaults.publishedAt, source: m.source ?? undefined };
      if (m.id !== undefined) fields.id = m.id;
      readTextFile(join(dir, m.file), out, fields);
    }
    return;
  }
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const ext = extname(name).toLowerCase();
    if (statSync(full).isFile() && (TEXT_EXT.has(ext) || HTML_EXT.has(ext) || ext === '.json' || ext === '.jsonl') && name !== 'manifest.json' && !/^readme/i.test(name)) {
      readInput(full, out, defaults);
    }
  }
}

function readTextFile(path: string, out: ReadResult, fields: Record<string, unknown>): void {
  try {
    const text = decodeUtf8(readBytes(path), path);
    if (HTML_EXT.has(extname(path).toLowerCase())) {
      const page = extractArticle(text);
      out.records.push({ value: { id: basename(path, extname(path)), title: page.title, ...fields, text: page.text }, origin: path, html: { extractedText: page.text, title: page.title } });
      return;
    }
    out.records.push({ value: { id: basename(path, extname(path)), ...fields, text }, origin: path });
  } catch (error) {
    if (error instanceof NewslintInputError) out.errors.push(error);
    else throw error;
  }
}

/** Read one input path into `out`. `defaults` fill fields plain text cannot carry. */
export function readInput(path: string, out: ReadResult, defaults: Record<string, unknown> = {}): void {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    out.errors.push(new NewslintInputError('', `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, path));
    return;
  }
  if (stat.isDirectory()) return readDirectory(path, out, defaults);
  const ext = extname(path).toLowerCase();
  if (ext === '.json' || ext === '.jsonl') {
    let text: string;
    try {
      text = decodeUtf8(readBytes(path), path);
    } catch (error) {
      out.errors.push(error as NewslintInputError);
      return;
    }
    if (ext === '.jsonl') return parseJsonl(text, path, out);
    try {
      const value = JSON.parse(text) as unknown;
      const list = Array.isArray(value) ? value : [value];
      list.forEach((v, i) => out.records.push({ value: v, origin: Array.isArray(value) ? `${path}[${i}]` : path }));
    } catch (error) {
      out.errors.push(new NewslintInputError('', `is not valid JSON (${(error as Error).message})`, path));
    }
    return;
  }
  readTextFile(path, out, { ...defaults });
}
