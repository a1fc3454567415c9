export { compileHouseRule, compileHouseRules, HOUSE_PREFIX } from './compile.js';
export { HouseRule, type HouseRuleInput } from './schema.js';
export { compilePattern } from './regex.js';
