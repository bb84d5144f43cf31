/**
 * The published coding's version and release day, as in CITATION.cff (a unit test keeps them in
 * step). Semantic: major when the public contract changes (class ids, columns, files), minor when
 * the codebook's rules or records recode state-years, patch for corrections of prose and sources.
 * The changelog is in dataset.ts.
 */
export const DATASET_VERSION = '1.1.0';
export const DATASET_RELEASED = '2026-12-07';
