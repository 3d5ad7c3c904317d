/** Public API of the pure core. Adapters (CLI, Word, browser) import from here. */
export * from './model';
export * from './findings';
export * from './profile';
export * from './result';
export * from './plan';
export * from './host';
export * from './errors';
export type * from './analysis';
export { analyze } from './analyze';
export { check, type CheckOptions, type CheckProgress } from './engine';
export { detectProfile, type Detection } from './detect';
export { planSkeleton, applyPlan } from './planner';
export { allRules, ruleById } from './rules';
export * from './groups';
export * from './verdict';
export * from './batch';
