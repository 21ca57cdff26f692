// Drafting: a clerk's numbers and facts → a complete six-section report draft.
export { composeDraft, parseDraftInput, DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES } from './compose.js';
export { DraftInputSchema } from './types.js';
export type { DraftDeps, DraftInput, DraftInputIn, DraftResult, Passage, ProgressEvent, Retrieve, SectionOutcome, NarrativeNo } from './types.js';
export { inputFromReport } from './from-report.js';
export { maskPassage } from './mask.js';
export { styleOf } from './offline.js';
