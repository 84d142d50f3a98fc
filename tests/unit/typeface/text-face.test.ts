import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { characterSet, subsetFace, TEXT_FACES, TEXT_FAMILY } from '../../../src/typeface/text-face.ts';

const packageDir = path.dirname(createRequire(import.meta.url).resolve('source-serif/package.json'));

describe('characterSet', () => {
	it('holds each character once, printable ASCII always, in code-point order, no control characters', () => {
		const set = characterSet(['Zoë’s “café” – 1960s\n\t', 'ëë']);
		expect([...set].filter((c) => c === 'ë')).toHaveLength(1);
		for (const c of ['ë', '’', '“', '”', '–', 'Z', '~', ' ']) expect(set).toContain(c);
		expect(set).not.toMatch(/[\n\t]/);
		const points = [...set].map((c) => c.codePointAt(0)!);
		expect(points).toEqual([...points].sort((a, b) => a - b));
	});
});

describe('subsetFace', () => {
	it('cuts each face to WOFF2 a fraction of its size, growing with the characters asked for', async () => {
		for (const face of TEXT_FACES) {
			const whole = readFileSync(path.join(packageDir, face.source)).byteLength;
			const small = await subsetFace(packageDir, face, characterSet([]));
			const larger = await subsetFace(packageDir, face, characterSet(['ÀÉÎÕÜàéîõüĀāŁłŒœ€']));
			expect(new TextDecoder().decode(small.slice(0, 4)), face.file).toBe('wOF2');
			expect(small.byteLength, face.file).toBeLessThan(whole / 4);
			expect(larger.byteLength, face.file).toBeGreaterThan(small.byteLength);
		}
	});
});

it('the stylesheet and the stack name the family the faces are declared as', () => {
	const declared = readFileSync('src/typeface/TextFace.astro', 'utf8');
	const tokens = readFileSync('src/styles/tokens.css', 'utf8');
	expect(declared.match(/font-family: '([^']+)'/g)).toEqual([`font-family: '${TEXT_FAMILY}'`, `font-family: '${TEXT_FAMILY}'`]);
	expect(tokens).toMatch(new RegExp(`--font-text: '${TEXT_FAMILY}',`));
});
