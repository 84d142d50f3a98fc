import { describe, expect, it } from 'vitest';
import { citedTextProblems, plainTextProblem } from '../../../src/editorial/cited-text.ts';
import { decodeUtf8, fileNameProblems, impossibleDates, slugFor } from '../../../src/schemas/content-files.ts';
import { readSiteUrl } from '../../../src/config/site.ts';

describe('fileNameProblems', () => {
	it('accepts slug names and ignores files that are not Markdown', () => {
		expect(fileNameProblems('content/themes', ['taiwan.md', 'us-russia-talks.md', 'README.txt'])).toEqual([]);
	});
	it('names a file that is not a slug, with the slug it would need', () => {
		expect(fileNameProblems('content/articles', ['Axis of Pragmatism.md'])).toEqual([
			'content/articles/Axis of Pragmatism.md: the file name must be a lower-case slug, such as "axis-of-pragmatism.md" (it becomes the page\'s address)',
		]);
	});
	it('names both files when one would take the other’s address', () => {
		expect(fileNameProblems('content/themes', ['Taiwan.md', 'taiwan.md'])).toEqual([
			'content/themes/Taiwan.md: the file name must be a lower-case slug, such as "taiwan.md" (it becomes the page\'s address, the address of content/themes/taiwan.md too)',
		]);
	});
	it('slugFor folds case, accents and punctuation', () => {
		expect(slugFor('Ça va — 2025_notes')).toBe('ca-va-2025-notes');
	});
});

describe('impossibleDates', () => {
	const file = (dates: string) => `---\ntitle: x\npublished:\n${dates}\n---\n\nBody 2025-02-31 is not frontmatter.\n`;
	it('accepts real dates, leap days included', () => {
		expect(impossibleDates('a.md', file('  earliest: 2024-02-29\n  latest: 2025-12-31'))).toEqual([]);
	});
	it('names each day that does not exist, with its line, and only in the frontmatter', () => {
		expect(impossibleDates('a.md', file('  earliest: 2025-02-29\n  latest: 2025-04-31'))).toEqual([
			'a.md:4: 2025-02-29 is not a date',
			'a.md:5: 2025-04-31 is not a date',
		]);
		expect(impossibleDates('a.md', file('  earliest: 2025-13-01'))).toEqual(['a.md:4: 2025-13-01 is not a date']);
	});
});

describe('decodeUtf8', () => {
	it('returns the text of UTF-8 bytes', () => {
		expect(decodeUtf8('a.md', new TextEncoder().encode('Zelenskyy’s “plan”'))).toBe('Zelenskyy’s “plan”');
	});
	it('names the file and the line of the first bad byte', () => {
		const bytes = new Uint8Array([...new TextEncoder().encode('one\ntwo '), 0xe9, 0x0a]);
		expect(() => decodeUtf8('a.md', bytes)).toThrow('a.md:2: the file is not valid UTF-8');
	});
});

describe('plain and cited text', () => {
	it('passes plain text, angle brackets that are not tags included', () => {
		expect(plainTextProblem('Growth < 2% and 3 > 1, a “quote”')).toBeUndefined();
		expect(citedTextProblems('Says [this](#a-passage) and [that](#b-passage).')).toEqual([]);
	});
	it('names HTML', () => {
		expect(plainTextProblem('a <script>x</script>')).toMatch(/HTML \(<script…\) is not allowed/);
		expect(plainTextProblem('a <img src=x onerror=y>')).toMatch(/<img/);
		expect(plainTextProblem('a <!-- x -->')).toMatch(/<!--/);
	});
	it('names a link that is not a passage citation', () => {
		expect(citedTextProblems('[x](javascript:alert(1)).')).toEqual(['the link to "javascript:alert(1)" is not a passage citation; cite a passage by its id, as (#passage-id)']);
		expect(citedTextProblems('See [x](https://example.org/).')[0]).toMatch(/is not a passage citation/);
		expect(citedTextProblems('See [x](#Not_A_Slug).')[0]).toMatch(/is not a passage citation/);
	});
});

describe('readSiteUrl', () => {
	it('is undefined when unset, and the origin when set', () => {
		expect(readSiteUrl(undefined)).toBeUndefined();
		expect(readSiteUrl('')).toBeUndefined();
		expect(readSiteUrl('https://example.org')).toBe('https://example.org');
		expect(readSiteUrl('https://example.org/')).toBe('https://example.org');
		expect(readSiteUrl('http://127.0.0.1:4329')).toBe('http://127.0.0.1:4329');
	});
	it.each([
		['example.org', /"example\.org" is not an absolute URL/],
		['localhost:4321', /has the scheme "localhost:"/],
		['ftp://example.org', /has the scheme "ftp:"/],
		['https://example.org/edition/', /has a path, query or fragment/],
		['https://user:pw@example.org', /carries credentials/],
	])('refuses %s, naming SITE_URL', (value, why) => {
		expect(() => readSiteUrl(value)).toThrow(/^SITE_URL must be the site's origin with its scheme/);
		expect(() => readSiteUrl(value)).toThrow(why);
	});
});
