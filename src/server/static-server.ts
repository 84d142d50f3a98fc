/**
 * The built site served as a static host serves it: text gzipped, and the response headers of the
 * site's `_headers` file (src/server/host-headers.ts), so what the tests and `npm start` see is what
 * a reader gets from the host. Used by `npm start`, the browser tests and the bench;
 * `node src/server/static-server.ts <dir> <port>` runs it.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeaders } from './host-headers.ts';
import { decodedUri } from './uri.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};
/** Text a host would compress (Pagefind's index files are gzip already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt']);
/** Files the host reads for itself and never serves. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
	if (HOST_FILES.has(pathname)) return undefined;
	const file = path.join(root, pathname);
	if (file !== root && !file.startsWith(root + path.sep)) return undefined;
	const info = await stat(file).catch(() => undefined);
	if (info?.isFile()) return file;
	if (info?.isDirectory()) return resolveFile(root, path.posix.join(pathname, 'index.html'));
	return undefined;
}

/** A request path as the file system sees it; undefined when it is not valid percent-encoding. */
const decodedPath = (url: string | undefined) => decodedUri(new URL(url ?? '/', 'http://localhost').pathname);

interface StaticSite {
	origin: string;
	close(): Promise<void>;
}

export async function serveStatic(dir: string, port = 0): Promise<StaticSite> {
	const root = path.resolve(dir);
	const headersFile = path.join(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
	const server: Server = createServer(async (req, res) => {
		const pathname = decodedPath(req.url);
		const found = pathname === undefined ? undefined : await resolveFile(root, pathname);
		const file = found ?? path.join(root, '404.html');
		const sitePath = found ? `/${path.relative(root, found).split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1') : '/404.html';
		const gzip = COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		res.writeHead(found ? 200 : 404, {
			'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
			...(gzip && { 'content-encoding': 'gzip', vary: 'accept-encoding' }),
			...Object.fromEntries(headersFor(rules, sitePath)),
		});
		if (req.method === 'HEAD') return void res.end();
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
	if (!dir || !port) throw new Error('usage: node src/server/static-server.ts <dir> <port>');
	if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir} holds no built site: run \`npm run build\` first.`);
	const site = await serveStatic(dir, Number(port));
	console.log(`Serving ${dir} at ${site.origin.replace('127.0.0.1', 'localhost')}/`);
}
