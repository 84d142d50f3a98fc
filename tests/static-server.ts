/**
 * A plain static file server for a built site, as a static host serves it (text gzipped), for output folders
 * other than `dist/` (Astro runs one `astro preview` per project): the content fixture for the
 * browser tests, and the bench's builds. `node tests/static-server.ts <dir> <port>` runs it.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
};
/** Text a host would compress (Pagefind's index files are gzip already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml']);

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
	const file = path.join(root, decodeURIComponent(pathname));
	if (!file.startsWith(root)) return undefined;
	const info = await stat(file).catch(() => undefined);
	if (info?.isFile()) return file;
	if (info?.isDirectory()) return resolveFile(root, path.join(pathname, 'index.html'));
	return undefined;
}

export interface StaticSite {
	origin: string;
	close(): Promise<void>;
}

export async function serveStatic(dir: string, port = 0): Promise<StaticSite> {
	const root = path.resolve(dir);
	const server: Server = createServer(async (req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		const file = (await resolveFile(root, pathname)) ?? path.join(root, '404.html');
		const gzip = COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		res.writeHead(file.endsWith('404.html') && !pathname.endsWith('404.html') ? 404 : 200, {
			'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
			...(gzip && { 'content-encoding': 'gzip', vary: 'accept-encoding' }),
		});
		const body = createReadStream(file);
		(gzip ? body.pipe(createGzip()) : body).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

if (import.meta.main) {
	const [dir, port] = process.argv.slice(2);
	if (!dir || !port) throw new Error('usage: node tests/static-server.ts <dir> <port>');
	const site = await serveStatic(dir, Number(port));
	console.log(`Serving ${dir} at ${site.origin}`);
}
