/**
 * How to load the published data in R, Python and JavaScript: the snippets /data shows, written
 * for the site's address. A unit test runs each one as shown (against the files the routes serve)
 * where its language is installed.
 */

export interface LoadSnippet {
	id: 'r' | 'pandas' | 'frictionless' | 'javascript';
	/** The heading on /data. */
	title: string;
	/** What it needs, in a few words. */
	needs: string;
	code: string;
}

/** The snippets for data published at `dataUrl` (the absolute address of /data/, ending in /). */
export function loadSnippets(dataUrl: string): LoadSnippet[] {
	// A JSON string is a valid string literal in R, Python and JavaScript alike.
	const url = JSON.stringify(dataUrl);
	return [
		{
			id: 'r',
			title: 'R',
			needs: 'base R',
			code: [
				`data <- ${url}`,
				'read <- function(file) read.csv(paste0(data, file), na.strings = "", encoding = "UTF-8")',
				'relations <- read("relations.csv")',
				'states <- read("states.csv")',
				'table(relations$class[relations$year == 1985])'
			].join('\n')
		},
		{
			id: 'pandas',
			title: 'Python with pandas',
			needs: 'pandas',
			code: [
				'import pandas as pd',
				'',
				`data = ${url}`,
				'# Only an empty field is missing, as the data package says ("NA" is text).',
				'read = dict(keep_default_na=False, na_values=[""])',
				'relations = pd.read_csv(data + "relations.csv", **read)',
				'states = pd.read_csv(data + "states.csv", **read)',
				'print(relations[relations.year == 1985]["class"].value_counts())'
			].join('\n')
		},
		{
			id: 'frictionless',
			title: 'Python with frictionless',
			needs: 'frictionless 5 (pip install frictionless)',
			code: [
				'from frictionless import Package',
				'',
				`package = Package(${JSON.stringify(dataUrl + 'datapackage.json')})`,
				'print(package.validate().valid)  # types, keys and foreign keys',
				'relations = package.get_resource("relations").read_rows()'
			].join('\n')
		},
		{
			id: 'javascript',
			title: 'JavaScript (Node)',
			needs: 'datapackage (npm install datapackage)',
			code: [
				'import datapackage from "datapackage";',
				'',
				`const pkg = await datapackage.Package.load(${JSON.stringify(dataUrl + 'datapackage.json')});`,
				'const relations = await pkg.getResource("relations").read({ keyed: true });',
				'console.log(relations.filter((row) => row.year === 1985).length);'
			].join('\n')
		}
	];
}
