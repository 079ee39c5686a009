export { analyze, type AnalyzeInput } from './analyze';
export { defaultOptions, type PoiseOptions, type PhraseSpec } from './options';
export { validateOptions, parseOptionsJson, mergeOptions, formatConfigProblem, knownRuleNames, type ValidatedOptions } from './config';
export { parseDirective, type Directive } from './suppress';
export { poise, type PoiseVFileFields } from './plugin';
export { RULES } from './rules/index';
export { ruleUrl, DOCS_URL } from './rules/rule';
export * from './types';
