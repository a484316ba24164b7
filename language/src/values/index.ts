/**
 * Value expressions: the ONE module that knows what «кемінде 5», «100%»,
 * «1 000 адам, оның ішінде 200», «кемінде 10/2» or «1 (әр мектепте)» mean.
 * It reads the source text of a value into its normalised form and decides,
 * for a plan/fact pair, whether the fact meets the plan (resolution rules A1–A7).
 * Only the read model (model/) asks it; everything else asks the model.
 *
 * Pure TypeScript: no Node APIs, so it also runs in a browser worker.
 */
export type { Comparator, ParsedValue, SubValue, ValueContext, ValueIssue, ValueIssueCode, ValuePart } from './types.js';
export { parseNumber } from './numbers.js';
export { clearValueCache, parseValue } from './cache.js';
export { ofWhichLabel } from './parser.js';
export { nameValueConflict } from './name-value.js';
export {
    judge, OVER_ACHIEVEMENT_RATIO,
    type JudgeContext, type PartVerdict, type Status, type UnverifiableReason, type Verdict
} from './judge.js';
export { displayValue, formatNumber, formatPercent, houseStyleNumber } from './format.js';
