/**
 * The shape of src/, checked: no module imports itself round a cycle, and nothing is exported
 * that no other file (source or test) uses. Read from the files as text, as a reviewer would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const filesUnder = (dir: string): string[] =>
	readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
		const relative = path.join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name.startsWith('.') ? [] : filesUnder(relative);
		return /\.(ts|astro)$/.test(entry.name) ? [relative] : [];
	});

const files = [...filesUnder('src'), ...filesUnder('tests'), 'astro.config.ts'];
const text = new Map(files.map((file) => [file, readFileSync(path.join(ROOT, file), 'utf8')]));
/** Module imports, static and dynamic (a worker's `new URL(…)` is an address, not an import). */
const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;
const importsOf = (file: string) => [...text.get(file)!.matchAll(IMPORT)].map((m) => path.join(path.dirname(file), m[2]!));

describe('src/', () => {
	it('has no import cycle', () => {
		const cycles: string[] = [];
		const done = new Set<string>();
		const visit = (file: string, trail: string[]) => {
			if (trail.includes(file)) return void cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
			if (done.has(file) || !text.has(file)) return;
			for (const next of importsOf(file)) visit(next, [...trail, file]);
			done.add(file);
		};
		for (const file of files.filter((f) => f.startsWith('src/'))) visit(file, []);
		expect(cycles).toEqual([]);
	});

	it('exports only what another file uses', () => {
		const importers = new Map<string, string[]>();
		for (const file of files) for (const target of importsOf(file)) importers.set(target, [...(importers.get(target) ?? []), file]);
		const EXPORT = /^export\s+(?:declare\s+)?(?:async\s+)?(?:const|let|function\*?|class|interface|type)\s+([A-Za-z_$][\w$]*)/gm;
		const unused = files
			.filter((file) => file.startsWith('src/') && file.endsWith('.ts') && !file.startsWith('src/pages/') && file !== 'src/content.config.ts')
			.flatMap((file) =>
				[...text.get(file)!.matchAll(EXPORT)]
					.map((m) => m[1]!)
					.filter((name) => !(importers.get(file) ?? []).some((other) => new RegExp(`\\b${name.replace('$', '\\$')}\\b`).test(text.get(other)!)))
					.map((name) => `${file}: ${name}`),
			);
		expect(unused).toEqual([]);
	});
});
