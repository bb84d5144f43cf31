// Citation.js ships no types; only the part cite-formats.ts uses is declared.
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown, options?: Record<string, unknown>);
		data: Record<string, unknown>[];
		format(format: string, options?: Record<string, unknown>): string;
	}
	export const plugins: {
		output: {
			format(name: string, data: unknown[], options?: Record<string, unknown>): string;
			has(name: string): boolean;
		};
		config: { get(ref: string): unknown };
	};
	export const version: string;
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
