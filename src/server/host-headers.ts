/**
 * The `_headers` file that static hosts read (Netlify, Cloudflare Pages): blocks of a path pattern
 * followed by indented `Name: value` lines. Parsed here so the local servers send exactly what a
 * host would, and so the tests can check every file the site ships gets the headers it needs.
 */

interface HeaderRule {
	pattern: string;
	headers: Array<[name: string, value: string]>;
	/** The 1-based line of the pattern, for messages. */
	line: number;
}

/** Rules in file order. Throws, naming the line, on anything a host would reject. */
export function parseHeaders(source: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	source.split(/\r?\n/).forEach((raw, i) => {
		const line = i + 1;
		if (raw.trim() === '' || raw.trim().startsWith('#')) return;
		if (!/^\s/.test(raw)) {
			if (!raw.startsWith('/')) throw new Error(`_headers line ${line}: a rule's path must start with "/": ${raw}`);
			rules.push({ pattern: raw.trim(), headers: [], line });
			return;
		}
		const header = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(raw);
		if (!header) throw new Error(`_headers line ${line}: expected "Name: value": ${raw.trim()}`);
		const rule = rules.at(-1);
		if (!rule) throw new Error(`_headers line ${line}: a header before any path`);
		rule.headers.push([header[1]!, header[2]!]);
	});
	return rules;
}

/** A path pattern as hosts read it: `*` matches anything (slashes too), `:name` one segment. */
function patternRegExp(pattern: string): RegExp {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${source}$`);
}

/**
 * The headers for one site path: every matching rule applies, in file order, and a header named
 * by several rules gets their values joined with ", " (as Cloudflare Pages does). Names are lower-case.
 */
export function headersFor(rules: readonly HeaderRule[], sitePath: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const rule of rules) {
		if (!patternRegExp(rule.pattern).test(sitePath)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
		}
	}
	return headers;
}

/**
 * Headers that more than one rule sets for the path. Hosts disagree on what that means (Cloudflare
 * joins the values, Netlify keeps the most specific rule's), so the site's file must have none.
 */
export function conflictingHeaders(rules: readonly HeaderRule[], sitePath: string): string[] {
	const seen = new Map<string, number>();
	for (const rule of rules) {
		if (!patternRegExp(rule.pattern).test(sitePath)) continue;
		for (const [name] of rule.headers) seen.set(name.toLowerCase(), (seen.get(name.toLowerCase()) ?? 0) + 1);
	}
	return [...seen].filter(([, count]) => count > 1).map(([name]) => name);
}
