// Batch review: uploads and zips → checked rows (with year-over-year and reviewer decisions) → xlsx / CSV.
export { BATCH_LIMITS, expandUploads, type BatchItem, type Upload } from './expand.js';
export { reviewBatch, type ReviewFinding, type ReviewRow, type BatchProgress } from './check.js';
export { batchXlsx, batchCsvExport, CSV_HEADERS, FINDING_HEADERS, SUMMARY_HEADERS, type ExportRow } from './export.js';
