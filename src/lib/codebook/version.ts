/**
 * The published coding's version (semantic: major when the codebook changes classes) and release
 * day, as in CITATION.cff (a unit test keeps them in step). The changelog is in dataset.ts.
 */
export const DATASET_VERSION = '1.0.0';
export const DATASET_RELEASED = '2026-11-30';
