/**
 * From a validated NewslintConfig to what the engine runs: the rule list (built-ins plus
 * compiled house rules), the core Config (presets, rule settings and lexicon entries
 * merged) and the post-processing settings (overrides, suppressions). Pure.
 */
import { builtinRules } from '../../rules/index.js';
import { activeRules, type ActiveRule } from '../engine/run.js';
import type { Rule } from '../engine/rule.js';
import { fromZodError, NewslintInputError } from '../errors.js';
import { compileHouseRules } from '../house/compile.js';
import { Config, type Severity } from '../schema.js';
import { NewslintConfig, type NewslintConfigInput, type Override, type Preset, type RuleSetting, type Suppression } from './schema.js';

export interface ResolvedConfig {
  config: Config;
  rules: Rule<any>[];
  active: ActiveRule[];
  /** Rule levels per source; applied to flags after the run. */
  overrides: Override[];
  /** Rule levels from the config (after presets), to know what an override changes. */
  levels: Map<string, 'off' | Severity>;
  suppressions: Suppression[];
  failOn?: Severity;
}

/** The rule settings a preset stands for, given the rules it applies to. */
export function presetRules(preset: Preset, rules: readonly Rule<any>[]): Record<string, RuleSetting> {
  if (preset === 'recommended') return {};
  // strict: every rule on, and the weak signals (info) count as warnings.
  return Object.fromEntries(rules.filter((r) => r.meta.severity === 'info').map((r) => [r.meta.id, 'warning' as const]));
}

function suggest(id: string, known: readonly string[]): string {
  const name = id.split('/').pop() ?? id;
  const near = known.find((k) => k.endsWith(`/${name}`) || k.includes(name));
  return near ? ` (did you mean "${near}"?)` : '';
}

/**
 * @param input the config (validated here if not already)
 * @param options.rules the code rules to start from (built-ins by default)
 * @param options.location the file name, for errors
 */
export function resolveConfig(input: NewslintConfigInput | NewslintConfig = {}, options: { rules?: readonly Rule<any>[]; location?: string } = {}): ResolvedConfig {
  const location = options.location;
  const parsed = NewslintConfig.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error, '', location ?? 'config');
  const cfg = parsed.data;
  if (cfg.house.some((h) => typeof h === 'string')) {
    throw new NewslintInputError('house', 'lists a file; read the config with loadConfig() so the files are loaded', location);
  }
  const base = options.rules ?? builtinRules;
  const house = compileHouseRules(cfg.house, 'house', location);
  const byId = new Map<string, Rule<any>>(base.map((r) => [r.meta.id, r]));
  house.forEach((r, i) => {
    if (byId.has(r.meta.id)) throw new NewslintInputError(`house[${i}].name`, `gives the id "${r.meta.id}" of an existing rule`, location);
    byId.set(r.meta.id, r);
  });
  const rules = [...byId.values()];
  const known = [...byId.keys()];
  const check = (field: string, id: string) => {
    if (!byId.has(id)) throw new NewslintInputError(field, `names an unknown rule "${id}"${suggest(id, known)}`, location);
  };

  const settings: Record<string, RuleSetting> = {};
  for (const p of cfg.extends === undefined ? [] : Array.isArray(cfg.extends) ? cfg.extends : [cfg.extends]) Object.assign(settings, presetRules(p, rules));
  for (const [id, s] of Object.entries(cfg.rules)) {
    check(`rules.${id}`, id);
    settings[id] = s;
  }
  const levels = new Map<string, 'off' | Severity>(rules.map((r) => {
    const s = settings[r.meta.id];
    return [r.meta.id, s === undefined ? r.meta.severity : Array.isArray(s) ? s[0] : s];
  }));

  // Lexicon entries reach the rule as options.lexicon; a rule must declare that option.
  for (const [id, entries] of Object.entries(cfg.lexicon)) {
    check(`lexicon.${id}`, id);
    const rule = byId.get(id)!;
    const s = settings[id];
    const [level, opts] = Array.isArray(s) ? s : [s ?? rule.meta.severity, {}];
    const lexicon = entries.map((e) => (typeof e === 'string' ? { pattern: e } : e));
    const merged = { ...opts, lexicon: [...(((opts as { lexicon?: unknown[] }).lexicon) ?? []), ...lexicon] };
    if (rule.meta.options) {
      const probe = rule.meta.options.safeParse(merged);
      if (!probe.success) throw fromZodError(probe.error, `lexicon.${id}`, location);
      if (!('lexicon' in (probe.data as object))) throw new NewslintInputError(`lexicon.${id}`, `cannot be used: rule "${id}" does not take extra lexicon entries (its options have no "lexicon")`, location);
    }
    settings[id] = [level, merged];
  }

  // A rule off in the config but on for some sources must still run; the flags for other sources are dropped afterwards.
  cfg.overrides.forEach((o, i) => {
    for (const [id, level] of Object.entries(o.rules)) {
      check(`overrides[${i}].rules.${id}`, id);
      if (level !== 'off' && levels.get(id) === 'off') {
        const s = settings[id];
        settings[id] = Array.isArray(s) ? [level, s[1]] : level;
      }
    }
  });
  cfg.suppressions.forEach((s, i) => {
    if (s.rule !== '*') check(`suppressions[${i}].rule`, s.rule);
  });

  const config = Config.parse({ rules: settings, cluster: cfg.cluster, maxTextLength: cfg.maxTextLength });
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    try {
      active.push(...activeRules([rule], config));
    } catch (error) {
      if (error instanceof Error && 'issues' in error) throw fromZodError(error as never, `rules.${rule.meta.id}`, location);
      throw error;
    }
  }
  return { config, rules, active, overrides: cfg.overrides, levels, suppressions: cfg.suppressions, failOn: cfg.failOn };
}
