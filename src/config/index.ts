/** `newslint/config`: config files (reads the file system) and the linter they configure. */
export { createLinter, type Linter, type LinterOptions } from './linter.js';
export { resolveConfig, presetRules, type ResolvedConfig } from './resolve.js';
export { loadConfig, loadConfigFile, findConfigFile, parseConfig, readDataFile, CONFIG_FILES, type LoadedConfig } from './load.js';
export { NewslintConfig, type NewslintConfigInput, PRESETS, Override, Suppression, LexiconEntry } from './schema.js';
export { disabledRegions } from './markers.js';
