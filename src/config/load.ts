/**
 * Finding and reading config files. This module touches the file system; the rest of
 * the config layer is pure. Every error names the file, the path inside it and the
 * problem: "newslint.config.yaml: rules.attribution/vague-source must be one of ...".
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { fromZodError, NewslintInputError } from '../errors.js';
import { compileHouseRule, compileHouseRules } from '../house/compile.js';
import { NewslintConfig } from './schema.js';

export const CONFIG_FILES = [
  'newslint.config.json',
  'newslint.config.yaml',
  'newslint.config.yml',
  'newslint.config.js',
  'newslint.config.mjs',
  'newslint.config.ts',
] as const;

export interface LoadedConfig {
  /** Absolute path of the file it came from. */
  path: string;
  /** Validated, with `house` file references replaced by the rules they hold (plain data, so it can go to a worker). */
  config: NewslintConfig;
}

/** The nearest config file at or above `cwd`, or undefined. */
export function findConfigFile(cwd: string = process.cwd()): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new NewslintInputError('', `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, path);
  }
}

/** JSON or YAML data from a file, by extension. */
export function readDataFile(path: string): unknown {
  const text = readText(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.json') {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new NewslintInputError('', `is not valid JSON (${(error as Error).message})`, path);
    }
  }
  if (ext === '.yaml' || ext === '.yml') {
    try {
      return parseYaml(text) as unknown;
    } catch (error) {
      throw new NewslintInputError('', `is not valid YAML (${(error as Error).message.split('\n')[0]})`, path);
    }
  }
  throw new NewslintInputError('', 'must be a .json, .yaml or .yml file', path);
}

/**
 * The CLI bundle runs as a V8 script (src/cli.ts), where import() would need an experimental
 * loader option; its loader, an ES module, lends its own import() under this key. Bare
 * specifiers then resolve from the installed package, as they do everywhere else.
 */
const HOST_IMPORT = Symbol.for('newslint.import');
const dynamicImport = (specifier: string): Promise<unknown> => {
  const host = (globalThis as Record<symbol, unknown>)[HOST_IMPORT] as ((s: string) => Promise<unknown>) | undefined;
  return host ? host(specifier) : import(specifier);
};

async function importModule(path: string): Promise<unknown> {
  const url = pathToFileURL(path).href;
  let mod: Record<string, unknown>;
  try {
    if (extname(path) === '.ts') {
      // Node 20 cannot import TypeScript by itself; tsx (a dev dependency) can.
      let tsImport: (specifier: string, parent: string) => Promise<unknown>;
      try {
        ({ tsImport } = (await dynamicImport('tsx/esm/api')) as { tsImport: typeof tsImport });
      } catch {
        throw new Error('a .ts config needs the "tsx" package installed (or use newslint.config.js/.json/.yaml)');
      }
      mod = (await tsImport(url, import.meta.url)) as Record<string, unknown>;
    } else {
      mod = (await dynamicImport(url)) as Record<string, unknown>;
    }
  } catch (error) {
    throw new NewslintInputError('', `cannot be loaded (${(error as Error).message.split('\n')[0]})`, path);
  }
  let value = mod.default ?? mod.config;
  // tsx may wrap a default export once more.
  if (value && typeof value === 'object' && 'default' in value && Object.keys(value).length === 1) value = (value as { default: unknown }).default;
  if (value === undefined) throw new NewslintInputError('', 'must export the config object as its default export', path);
  return value;
}

/** Validate a raw config value; `location` is the file name used in errors. */
export function parseConfig(raw: unknown, location = 'config', baseDir = process.cwd()): NewslintConfig {
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new NewslintInputError('', 'must hold an object (the config)', location);
  const parsed = NewslintConfig.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, '', location);
  const config = parsed.data;
  // Inline every house rule: files are read now, so the result is plain data.
  const house: Record<string, unknown>[] = [];
  config.house.forEach((entry, i) => {
    if (typeof entry !== 'string') {
      compileHouseRule(entry, `house[${i}]`, location);
      house.push(entry);
      return;
    }
    const file = isAbsolute(entry) ? entry : resolve(baseDir, entry);
    const data = readDataFile(file);
    // A file holds a list of rules, or { rules: [...] }, or one rule.
    const rules = (data as { rules?: unknown } | null)?.rules;
    const list = Array.isArray(data) ? data : Array.isArray(rules) ? rules : [data];
    compileHouseRules(list, '', file);
    house.push(...(list as Record<string, unknown>[]));
  });
  // Names must be unique across inline rules and files.
  compileHouseRules(house, 'house', location);
  return { ...config, house };
}

/** Read and validate one config file. */
export async function loadConfigFile(path: string): Promise<LoadedConfig> {
  const abs = resolve(path);
  if (!existsSync(abs)) throw new NewslintInputError('', 'does not exist', path);
  const ext = extname(abs).toLowerCase();
  const raw = ext === '.json' || ext === '.yaml' || ext === '.yml' ? readDataFile(abs) : ['.js', '.mjs', '.cjs', '.ts'].includes(ext) ? await importModule(abs) : (() => {
    throw new NewslintInputError('', 'must be a .json, .yaml, .yml, .js, .mjs or .ts file', path);
  })();
  return { path: abs, config: parseConfig(raw, path, dirname(abs)) };
}

/** `--config PATH` if given, else the nearest config file upward from `cwd`, else none. */
export async function loadConfig(options: { configPath?: string; cwd?: string } = {}): Promise<LoadedConfig | undefined> {
  if (options.configPath) return loadConfigFile(isAbsolute(options.configPath) ? options.configPath : resolve(options.cwd ?? process.cwd(), options.configPath));
  const found = findConfigFile(options.cwd);
  return found ? loadConfigFile(found) : undefined;
}
