/**
 * A plain static server for the built site (`/embed` is `embed.html`) that sends no headers but
 * the type: a host as installed, with no CORS headers (nginx's and Apache's default), where a
 * sandboxed embed cannot start. The site's own tests use nginx with the shipped config
 * (tests/tools/nginx.ts).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff'
};

async function isFile(path: string): Promise<boolean> {
	return stat(path).then(
		(s) => s.isFile(),
		() => false
	);
}

export interface StaticServer {
	origin: string;
	stop(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
	const server: Server = createServer(async (req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		const base = join(root, path);
		const candidates = path.endsWith('/') ? [join(base, 'index.html')] : [base, `${base}.html`];
		for (const file of candidates) {
			if (file.startsWith(root) && (await isFile(file))) {
				res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
				res.end(await readFile(file));
				return;
			}
		}
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('Not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('static server has no port');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		stop: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
