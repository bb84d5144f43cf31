/** The parts of Frictionless's reference validator for JavaScript the data package's tests use. */
declare module 'datapackage' {
	export interface DataResource {
		name: string;
		/** Rows cast by the schema; `relations` resolves (and so checks) the foreign keys. */
		read(options?: { relations?: boolean; keyed?: boolean }): Promise<unknown[]>;
	}
	export class Package {
		static load(descriptor: string | object, options?: { basePath?: string }): Promise<Package>;
		readonly errors: Error[];
		readonly resources: DataResource[];
	}
	export function validate(descriptor: unknown): Promise<{ valid: boolean; errors: Error[] }>;
}

/** The JSON Schema library `datapackage` validates its profiles with. */
declare module 'tv4' {
	const tv4: {
		addFormat(name: string, check: (value: unknown) => string | null): void;
	};
	export default tv4;
}
