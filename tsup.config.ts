import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/** esbuild's plugin type, as tsup takes it (esbuild itself is not a direct dependency). */
type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// Dev-only packages the code imports lazily or as a peer: never bundled.
const external = ['vitest', 'tsx', 'tsx/esm/api'];

/**
 * Bundled into the CLI (not into the library entries): a cold `newslint check` otherwise
 * spends a fifth of its time resolving, reading and linking ~200 separate files (zod alone
 * is 95 ES modules, wink's model code 35 CommonJS files). Kept external: wink's model
 * data (megabytes of JSON, read from node_modules; see winkModelData), piscina (it starts
 * its own worker file by path), and the HTML reader (linkedom, Readability), which is
 * loaded lazily and only for an HTML input. yaml is bundled for the config lookup every
 * run without --no-config makes: as 72 separate modules it costs ~50 ms, bundled ~10 ms.
 */
const cliBundled = [/^zod(\/|$)/, 're2js', 'picocolors', /^natural\//, 'wink-nlp', 'wink-eng-lite-web-model', 'yaml'];

const WINK_MODEL = 'wink-eng-lite-web-model';

/** Exact text replacements in one file, applied only if every `from` occurs exactly once. */
class Rewrite {
  constructor(readonly pairs: Array<[from: string, to: string]>) {}
  fits(source: string): boolean {
    return this.pairs.every(([from]) => source.split(from).length === 2);
  }
  apply(source: string): string {
    return this.pairs.reduce((text, [from, to]) => text.replace(from, () => to), source);
  }
}

/**
 * wink's table of 87,593 lexemes (word -> index), built lazily (scripts/wink-lexemes.cjs:
 * a Map per bucket of words, made on the bucket's first lookup) instead of as a
 * null-prototype object of every word: as an object it is ~40 ms of a cold start (every
 * key is interned and the dictionary regrows), as one Map ~20 ms, lazily ~2 ms plus the
 * buckets an article asks for. Only wink-nlp's cache.js reads or extends the table (one
 * lookup, and getFeaturesIndex, which serves every feature: it learns to ask the table by
 * identity). Both files are checked before either is changed, so the two halves go together.
 */
function lexemeTableLazy(): { model: Rewrite; cache: Rewrite } | undefined {
  const require = createRequire(resolve('package.json'));
  const lazy = readFileSync(resolve('scripts/wink-lexemes.cjs'), 'utf8');
  const model = new Rewrite([[
    'featuresData.lexeme.hash=Object.create(null);for(let k=0;k<featuresData.lexeme.list.length;k+=1)featuresData.lexeme.hash[featuresData.lexeme.list[k]]=k',
    `featuresData.lexeme.hash=new((function(){var module={exports:{}};${lazy}\nreturn module.exports})())(featuresData.lexeme.list)`,
  ]]);
  const cache = new Rewrite([
    ['var index = lexemesHash[ text ];', 'var index = lexemesHash.get( text );'],
    ['var index = h[ value ];', 'var index = h === lexemesHash ? h.get( value ) : h[ value ];'],
    ['index = h[ value ] = f.index;', 'index = f.index; if ( h === lexemesHash ) h.set( value, index ); else h[ value ] = index;'],
  ]);
  const modelSource = readFileSync(require.resolve(`${WINK_MODEL}/dist/read-core-model.js`), 'utf8');
  const cacheSource = readFileSync(require.resolve('wink-nlp/src/cache.js'), 'utf8');
  return model.fits(modelSource) && cache.fits(cacheSource) ? { model, cache } : undefined;
}

/**
 * wink's model code is bundled, its JSON data is not: each `require("./languages/...json")`
 * inside the package stays a require of the same file in node_modules.
 *
 * Two guarded rewrites of read-core-model.js, which change no result:
 * - it `require`s the 3 MB core model (a parse), then deep-copies it with
 *   `JSON.parse(JSON.stringify(...))` (a second parse and a stringify) so each call gets
 *   its own copy. Parsing the file afresh on each call gives the same fresh copy for a
 *   third of the work (~35 ms of a ~400 ms cold start);
 * - it decodes the 1.9 MB base64 lexicon with atob and a loop over characters; Node's
 *   Buffer decodes the same bytes in a tenth of the time (~9 ms saved).
 * If a new model version words these differently, the file is bundled as it is (only
 * slower) and the build says so.
 */
function winkModelData(): Plugin {
  const lexemeTable = lexemeTableLazy();
  return {
    name: 'wink-model-data',
    setup(build) {
      build.onResolve({ filter: /\.json$/ }, (args) => {
        const marker = `${sep}node_modules${sep}${WINK_MODEL}${sep}`;
        if (!args.importer.includes(marker)) return undefined;
        // Already a package path: the CommonJS bundle passes our own require.resolve through here.
        if (args.path.startsWith(`${WINK_MODEL}/`)) return { path: args.path, external: true };
        const root = args.importer.slice(0, args.importer.indexOf(marker) + marker.length);
        const file = relative(root, resolve(dirname(args.importer), args.path)).split(sep).join('/');
        return { path: `${WINK_MODEL}/${file}`, external: true };
      });
      build.onLoad({ filter: /[\\/]wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const load = 'const originalModel=require("./languages/cur/models/eng-core-web-model.json")';
        const copy = 'JSON.parse(JSON.stringify(originalModel))';
        const decode = 'bufferFromBase64=function(data){';
        if (![load, copy, decode].every((s) => source.split(s).length === 2)) {
          return { contents: source, loader: 'js', warnings: [{ text: `${WINK_MODEL}: read-core-model.js has changed; it is bundled unoptimised` }] };
        }
        const fresh = `JSON.parse(require("fs").readFileSync(require.resolve("${WINK_MODEL}/dist/languages/cur/models/eng-core-web-model.json"),"utf8"))`;
        // A copy of the decoded bytes in an ArrayBuffer of their own, as the original returns.
        const fast = 'if(typeof Buffer==="function"){const b=Buffer.from(data,"base64");return b.buffer.slice(b.byteOffset,b.byteOffset+b.length)}';
        const model = source.replace(load, 'const originalModel=null').replace(copy, fresh).replace(decode, decode + fast);
        return { contents: lexemeTable?.model.apply(model) ?? model, loader: 'js' };
      });
      build.onLoad({ filter: /[\\/]wink-nlp[\\/]src[\\/]cache\.js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!lexemeTable) return { contents: source, loader: 'js', warnings: [{ text: 'wink-nlp or its model has changed: the lexeme table stays an object, built whole (slower start)' }] };
        return { contents: lexemeTable.cache.apply(source), loader: 'js' };
      });
    },
  };
}

/** zod's parts the CLI leaves out: 60 locales (English is registered by zod's schemas module itself) and JSON Schema. */
const ZOD_LEFT_OUT = ['core', 'locales', 'toJSONSchema', 'fromJSONSchema'];

/**
 * The CLI's `zod`: zod's own classic entry, less ZOD_LEFT_OUT. The whole namespace `z` is
 * one object, so the bundler cannot drop unused parts of it; leaving these out makes the
 * CLI's zod 280 KB instead of 755 KB, and it loads in half the time (~20 ms). The
 * remaining exports are generated from zod's external.js, so an update follows. Any use
 * of a left-out part (`z.locales`, `import { toJSONSchema } from 'zod'`) in src/ or rules/
 * fails the build rather than being undefined at run time.
 */
function zodWithoutLocales(): Plugin {
  const root = dirname(createRequire(resolve('package.json')).resolve('zod/package.json'));
  const classic = join(root, 'v4', 'classic');
  const leftOut = new RegExp(`\\b(${ZOD_LEFT_OUT.join('|')})\\b`);
  const zUse = new RegExp(`\\bz\\.(${ZOD_LEFT_OUT.join('|')})\\b`, 'g');
  const namedImport = /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"]zod['"]/g;
  return {
    name: 'zod-without-locales',
    setup(build) {
      build.onResolve({ filter: /^zod$/ }, () => ({ path: 'zod', namespace: 'cli-zod' }));
      build.onResolve({ filter: /^external$/, namespace: 'cli-zod' }, () => ({ path: 'external', namespace: 'cli-zod' }));
      build.onLoad({ filter: /^zod$/, namespace: 'cli-zod' }, () => ({
        contents: "import * as z from 'external';\nexport * from 'external';\nexport { z, z as default };\n",
        loader: 'js',
        resolveDir: classic,
      }));
      build.onLoad({ filter: /^external$/, namespace: 'cli-zod' }, () => {
        const source = readFileSync(join(classic, 'external.js'), 'utf8');
        const kept = source.split('\n').map((line) => {
          if (!line.startsWith('export')) return line;
          if (/^export \* as (\w+)/.test(line) && ZOD_LEFT_OUT.includes(line.match(/^export \* as (\w+)/)![1]!)) return '';
          const named = line.match(/^export \{([^}]*)\}/);
          if (named && leftOut.test(named[1]!)) {
            const names = named[1]!.split(',').filter((n) => n.trim() && !ZOD_LEFT_OUT.includes(n.trim()));
            return names.length ? line.replace(/\{[^}]*\}/, `{${names.join(',')}}`) : '';
          }
          return line;
        });
        return { contents: kept.join('\n'), loader: 'js', resolveDir: classic };
      });
      build.onLoad({ filter: /[\\/](src|rules)[\\/].*\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const used = [...[...source.matchAll(zUse)].map((m) => `z.${m[1]}`), ...[...source.matchAll(namedImport)].flatMap((m) => m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!).filter((n) => ZOD_LEFT_OUT.includes(n)))];
        if (!used.length) return undefined;
        return { errors: [{ text: `${args.path} uses zod's ${used.join(', ')}, which the CLI bundle leaves out: see zodWithoutLocales in tsup.config.ts` }] };
      });
    },
  };
}

/**
 * The rules' data files (rules/data/*.json, ~180 KB) as `JSON.parse("...")` rather than
 * as JavaScript object literals, which is how the bundler inlines JSON by default: V8
 * parses a JSON string several times faster than the same data as code, and this code runs
 * at every start. The value is the same (loadData still validates it with zod at load).
 */
function dataAsJsonParse(): Plugin {
  return {
    name: 'data-as-json-parse',
    setup(build) {
      build.onLoad({ filter: /[\\/]rules[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        try {
          JSON.parse(text);
        } catch (error) {
          return { errors: [{ text: `${args.path} is not valid JSON: ${(error as Error).message}` }] };
        }
        return { contents: `export default JSON.parse(${JSON.stringify(text)});\n`, loader: 'js' };
      });
    },
  };
}

export default defineConfig([
  {
    entry: { index: 'src/index.ts', testing: 'src/testing.ts', vitest: 'src/vitest.ts', config: 'src/config/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    sourcemap: true,
    external,
    shims: true,
    // wink's model is large: keep it (and every dependency) external, loaded from node_modules.
  },
  {
    // The command: a loader of the CLI bundle below, with V8's code cache (see src/cli.ts).
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
  },
  {
    // The CLI itself, one CommonJS file: Node 20 gives a script V8's code cache, not an ES module.
    entry: { 'cli-bundle': 'src/cli/process.ts' },
    format: ['cjs'],
    target: 'node20',
    sourcemap: true,
    splitting: false,
    // import.meta.url (the pool finds dist/workers/worker.js from it) from the bundle's own path.
    shims: true,
    external,
    noExternal: cliBundled,
    esbuildPlugins: [winkModelData(), zodWithoutLocales(), dataAsJsonParse()],
  },
  {
    // The pool worker the CLI starts by file name (dist/workers/worker.js).
    entry: { 'workers/worker': 'src/workers/worker.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    external,
    noExternal: cliBundled,
    esbuildPlugins: [winkModelData(), zodWithoutLocales(), dataAsJsonParse()],
    // Bundled CommonJS packages (natural, wink-nlp, picocolors, wink's model code) call
    // require() for Node's own modules and the model's data; an ES module has no require,
    // so give each chunk one.
    banner: { js: "import { createRequire as __newslintCreateRequire } from 'node:module';\nconst require = __newslintCreateRequire(import.meta.url);" },
  },
]);
