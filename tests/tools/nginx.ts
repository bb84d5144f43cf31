/**
 * Debian's nginx serving a built site with exactly the shipped config
 * (src/lib/hosting/nginx.conf, included unchanged), on loopback, as any user: a small wrapper
 * config puts the pid, temporary files and logs in a directory of its own and keeps nginx in the
 * foreground. The browser tests' server (playwright.config.ts runs this file), and the offline
 * tests' server, which they start and stop: stopping it is a network that is really gone.
 *
 *   tsx tests/tools/nginx.ts <root> <port>    serves until killed
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const SHIPPED_CONFIG = fileURLToPath(
	new URL('../../src/lib/hosting/nginx.conf', import.meta.url)
);

export interface NginxServer {
	origin: string;
	stop(): Promise<void>;
}

/** The wrapper: everything nginx writes goes to `dir`; the server block is the documented one. */
function wrapperConfig(dir: string, root: string, port: number): string {
	const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
	// Run as root (a CI container), nginx's workers would drop to `nobody`, who cannot read a
	// copy of the site in a private temporary folder: they stay the user who started them.
	const user = process.getuid?.() === 0 ? 'user root;\n' : '';
	return `${user}daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
	access_log off;
	${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n\t')}
	default_type application/octet-stream;
	server {
		listen 127.0.0.1:${port};
		root ${resolve(root)};
		include ${SHIPPED_CONFIG};
	}
}
`;
}

/** Starts nginx in the foreground on 127.0.0.1:`port`, serving `root`. */
export function launchNginx(root: string, port: number): { child: ChildProcess; dir: string } {
	const dir = mkdtempSync(join(tmpdir(), 'orbit-nginx-'));
	// The shipped file includes `mime.types` relative to the configuration's folder.
	symlinkSync('/etc/nginx/mime.types', join(dir, 'mime.types'));
	for (const name of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
		mkdirSync(join(dir, name));
	const conf = join(dir, 'nginx.conf');
	writeFileSync(conf, wrapperConfig(dir, root, port));
	// -e: the error log before the configuration is read (the default needs root).
	const child = spawn(NGINX, ['-p', dir, '-e', 'stderr', '-c', conf], {
		stdio: ['ignore', 'inherit', 'inherit']
	});
	return { child, dir };
}

async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
	});
}

/** nginx serving `root` on a free port, once it answers. */
export async function serveWithNginx(root: string): Promise<NginxServer> {
	const port = await freePort();
	const { child, dir } = launchNginx(root, port);
	const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
	const origin = `http://127.0.0.1:${port}`;
	for (;;) {
		const answered = await fetch(`${origin}/`).then(
			() => true,
			() => false
		);
		if (answered) break;
		if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}); see above`);
		await new Promise((r) => setTimeout(r, 50));
	}
	return {
		origin,
		stop: async () => {
			// SIGTERM: nginx's fast shutdown, open connections closed.
			if (child.exitCode === null) child.kill('SIGTERM');
			await exited;
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

// As a command (the browser tests' web server): serve until killed, then clean up.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [root = 'build', port = '4173'] = process.argv.slice(2);
	const { child, dir } = launchNginx(root, Number(port));
	const stop = () => child.kill('SIGTERM');
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
	child.on('exit', (code) => {
		rmSync(dir, { recursive: true, force: true });
		process.exit(code ?? 0);
	});
}
