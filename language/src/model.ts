/**
 * The read model's one face (the files are in model/): what a .grant file means, evaluated
 * once per document version. Validation, hover, lens, inlay hints, status, the report and
 * the preview import from here; only the model reads values/ and the dates for meaning
 * (the build's layer check, .dependency-cruiser.cjs, holds everyone else to it).
 */
export type {
    Completeness, EvalActivity, EvalIndicator, EvalInfoWork, EvalParticipantGroup, EvalPeriod, EvalProject, EvalPublication,
    EvalStatistics, EvalTask, EvaluatedFile, EvaluationOptions, IndicatorRole, IndicatorSection, PerCount, ProjectStage
} from './model/types.js';
export { fulfilmentPercent, participantCount } from './model/activity-measures.js';
export { achieved, addToRollup, emptyRollup, mergeRollup, short, type Rollup } from './model/rollup.js';
export { allActivities, datePointProblems, evaluate, evaluateProject, letterOf, valueText } from './model/evaluate.js';
export { GROWTH_TOLERANCE, learningOutcome, type LearningOutcome, type LearningResult } from './model/learning.js';
export { teamCounts, type TeamCount } from './model/team.js';
export {
    activityOver, claimsNoDeviations, factsBegun, periodEnded, departsFromPlan, deviates, formFor, hasReadablePlan, inProgress, isAchieved, isJustified, isReportStage, isRunning,
    isShort, isShortOrMissing, needsJustification, projectStage, ratioOf, singleFact
} from './model/predicates.js';
export {
    PUBLICATIONS_PER_MONTH, publicationMonths, statisticsConsistency, type PublicationMonths, type StatisticsConsistency
} from './model/readouts.js';
export { HEADER_REQUIREMENTS, REQUIRED_CLOSING, closingState, hasHeaderField, headerFieldState, isPlaceholder, requiredHeader, usableSum, type ClosingKey, type HeaderField, type HeaderRequirement, type ReportKind } from './model/forms.js';
// The values a consumer shows, and how numbers are written for people (decided in values/).
export {
    displayValue, formatNumber, formatPercent, houseStyleNumber, nameValueConflict, OVER_ACHIEVEMENT_RATIO,
    type ParsedValue, type Status, type ValueIssue, type ValuePart, type Verdict
} from './values/index.js';
// A big file read in pieces (the command line): what a piece knows of the others, read by the rules of the whole document.
export {
    NOTHING_ELSEWHERE, numberedTasks, numberRange, shortIndicators,
    type Elsewhere, type NumberedAt, type NumberedTask, type NumberSpot, type PieceOptions, type RemoteNumberFacts
} from './model/pieces.js';
