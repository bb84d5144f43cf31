/**
 * The published coding's version and release day, as in CITATION.cff (a unit test keeps them in
 * step). Semantic: major when something published is renamed or removed (class ids, columns,
 * files), minor when the codebook's rules or records recode state-years or something is added (a
 * file, a column, a key in the data package), patch for corrections of prose and sources.
 * The changelog is in dataset.ts.
 */
export const DATASET_VERSION = '1.2.0';
export const DATASET_RELEASED = '2026-12-07';
