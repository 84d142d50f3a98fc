/**
 * Real `astro build`s of small content folders: the valid one builds, and each bad one fails with
 * a message naming the file and the problem. Nothing bad is dropped silently.
 *
 * A bad fixture holds only what differs from `valid`: its files are laid over a copy of it, and
 * the paths listed in its REMOVE file (one a line) are taken away.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/content');
const WORK = mkdtempSync(path.join(tmpdir(), 'bad-input-'));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** The fixture as a whole content folder. */
function contentFolder(fixture: string): string {
	if (fixture === 'valid') return path.join(FIXTURES, 'valid');
	const dir = path.join(WORK, fixture, 'content');
	cpSync(path.join(FIXTURES, 'valid'), dir, { recursive: true });
	cpSync(path.join(FIXTURES, fixture), dir, { recursive: true, filter: (src) => path.basename(src) !== 'REMOVE' });
	const remove = path.join(FIXTURES, fixture, 'REMOVE');
	if (existsSync(remove)) for (const line of readFileSync(remove, 'utf8').split('\n').filter(Boolean)) rmSync(path.join(dir, line));
	return dir;
}

let builds = 0;

/** A build of the fixture: its exit status and everything it printed. */
async function build(fixture: string, env: Record<string, string | undefined> = { SITE_URL: 'https://example.org' }) {
	// One at a time: builds of one project share its .astro/ folder (the content modules' imports).
	const result = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--force'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...process.env,
			CONTENT_DIR: contentFolder(fixture),
			OUT_DIR: path.join(WORK, `out-${++builds}`),
			ASTRO_TELEMETRY_DISABLED: '1',
			...env,
		},
	}).then(
		(done) => ({ ...done, code: 0 }),
		(failed: { code: number; stdout: string; stderr: string }) => failed,
	);
	// Astro colours its messages in some environments (CI=true): the tests read the words.
	const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	return { status: result.code, output };
}

describe('astro build on content fixtures', () => {
	it('builds the valid fixture, printing no warning or error', async () => {
		const { status, output } = await build('valid');
		expect(output).not.toMatch(/error|warn/i);
		expect(status).toBe(0);
	});

	it.each([
		['without SITE_URL', {}, /SITE_URL is not set[\s\S]*SITE_URL=https:\/\/example\.org npm run build/],
		['with SITE_URL=example.org', { SITE_URL: 'example.org' }, /SITE_URL must be the site's origin with its scheme[\s\S]*"example\.org" is not an absolute URL/],
		['with SITE_URL=ftp://example.org', { SITE_URL: 'ftp://example.org' }, /SITE_URL must be[\s\S]*has the scheme "ftp:"/],
	])('refuses to build %s, naming the variable', async (_, env, message) => {
		const { status, output } = await build('valid', { SITE_URL: undefined, ...env });
		expect(status).not.toBe(0);
		expect(output).toMatch(message);
		expect(output).not.toMatch(/Invalid URL/);
	});

	it.each([
		// Frontmatter
		['missing-field', /byline[\s\S]*missing-field\/content\/articles\/demo\.md/],
		['malformed-date', /earliest must not be after latest[\s\S]*malformed-date\/content\/articles\/demo\.md/],
		['impossible-date', /impossible-date\/content\/articles\/demo\.md:8: 2025-02-30 is not a date/],
		['updated-before-published', /updated must not be earlier than published[\s\S]*articles\/demo\.md/],
		['author-not-in-byline', /author must be the person the byline names[\s\S]*articles\/demo\.md/],
		['html-in-summary', /summary: HTML \(<img…\) is not allowed here[\s\S]*articles\/demo\.md/],
		['link-in-summary', /summary: the link to "javascript:alert\(1\)" is not a passage citation[\s\S]*articles\/demo\.md/],
		['html-in-position', /positions\.demo: HTML \(<script…\) is not allowed here[\s\S]*themes\/taiwan\.md/],
		// Markdown bodies
		['raw-html-script', /articles\/demo\.md:\d+: raw HTML \(<script>\) is not allowed/],
		['raw-html-meta-refresh', /themes\/taiwan\.md:\d+: raw HTML \(<meta>\) is not allowed/],
		['raw-html-img-onerror', /themes\/taiwan\.md:\d+: raw HTML \(<img>\) is not allowed/],
		['raw-html-iframe', /themes\/taiwan\.md:\d+: raw HTML \(<iframe>\) is not allowed/],
		['javascript-link', /themes\/taiwan\.md:\d+: the link to "javascript:alert\(document\.cookie\)" is not allowed/],
		['data-link', /themes\/taiwan\.md:\d+: the link to "data:text\/html,[^"]*" is not allowed/],
		['http-link', /themes\/taiwan\.md:\d+: the link to "http:\/\/example\.org\/" is not allowed/],
		['relative-link', /themes\/taiwan\.md:\d+: the link to "\.\.\/sanctions\/" is not allowed/],
		['missing-reference', /themes\/taiwan\.md:\d+: "\[the summit\]\[alaska\]" is a reference-style link with no definition/],
		['image', /themes\/taiwan\.md:\d+: images are not allowed/],
		['dangling-fragment', /\/themes\/taiwan\/ \(\S*themes\/taiwan\.md\) links to #no-such-place: no element with that id/],
		['broken-link', /content\/themes\/taiwan\.md: the explainer links to unknown theme "sanctions"[\s\S]*links to \/about\/methods\/, which is neither a passage nor a theme/],
		// Files
		['capitalised-file-name', /themes\/Taiwan\.md: the file name must be a lower-case slug, such as "taiwan\.md" \(it becomes the page's address, the address of \S*themes\/taiwan\.md too\)/],
		['spaced-file-name', /articles\/Demo Analysis\.md: the file name must be a lower-case slug, such as "demo-analysis\.md"/],
		['not-utf8', /articles\/demo\.md:\d+: the file is not valid UTF-8/],
		['passage-too-long', /articles\/demo\.md: passage 2 \("[^"]+"\) is 20,0\d\d characters long; a passage may have at most 20,000/],
		// Registry
		['duplicate-id', /passages\.lock\.json: malformed passage registry[\s\S]*demo: id "first-passage-sanctions" is used more than once/],
		['unregistered-passage', /articles\/demo\.md[\s\S]*passage 3 \("A third passage that nobody registered/],
		['vanished-id', /articles\/demo\.md[\s\S]*id "second-passage-taiwan" .* is registered but its passage is gone/],
		['empty-body', /articles\/demo\.md:[\s\S]*the article has no passages: its body is empty/],
		['registry-orphan', /passages\.lock\.json: lists "gone", with no file in \S*articles\//],
		['malformed-registry', /passages\.lock\.json: malformed passage registry[\s\S]*version/],
		['unknown-citation', /articles\/demo\.md: summary cites unknown passage id\(s\): no-such-passage/],
		['summary-retired-passage', /articles\/demo\.md: summary cites passage "deleted-passage-europe", which was retired \(its place is now "second-passage-taiwan"\)/],
		['position-retired-passage', /content\/themes\/taiwan\.md: the position for "demo" names passage "deleted-passage-europe" of "demo", which was retired \(its place is now "second-passage-taiwan"\)/],
		// Themes
		['unknown-theme', /content\/themes\/taiwan\.md: related names unknown theme "climate"/],
		['related-to-itself', /content\/themes\/taiwan\.md: related names the theme itself/],
		['related-twice', /content\/themes\/taiwan\.md: related names "europe" twice/],
		['dangling-passage-ref', /content\/themes\/taiwan\.md: passages names passage "no-such-passage", which does not exist in "demo"/],
		['theme-without-passages', /content\/themes\/taiwan\.md: the theme tags no passage/],
		['theme-passage-without-keyword', /content\/themes\/taiwan\.md: passage "first-passage-sanctions" of "demo" names none of the keywords \(Taiwan\): give its tag a note saying why it belongs/],
		// The register
		['register-without-name', /name[\s\S]*register-without-name\/content\/register\/china\.md/],
		['register-shared-form', /content\/register\/(?:china|beijing)\.md: the form "China" is also the form of content\/register\/(?:beijing|china)\.md/],
		['register-unused-form', /content\/register\/china\.md: the form "Beijing" occurs in no passage of the analyses/],
		['register-bad-slug', /register\/China_State\.md: the file name must be a lower-case slug, such as "china-state\.md"/],
		['register-note-retired-passage', /content\/register\/china\.md: the editor's note link \/articles\/demo\/#deleted-passage-europe names passage "deleted-passage-europe" of "demo", which was retired/],
		['register-note-unknown-passage', /content\/register\/china\.md: the editor's note link \/articles\/demo\/#no-such-passage names passage "no-such-passage", which does not exist in "demo"/],
		['register-unsourced-note', /content\/register\/china\.md: the editor's note has no sources/],
		['register-role-not-quoted', /content\/register\/china\.md: the role "a rising superpower" is not in passage "second-passage-taiwan" of "demo"/],
		// The timeline's events
		['event-without-date', /date[\s\S]*event-without-date\/content\/events\/demo-talks\.md/],
		['event-range-reversed', /until must not be before date[\s\S]*events\/demo-talks\.md/],
		['event-quote-missing', /content\/events\/demo-talks\.md: the passage quote "about tariffs" is not in passage "first-passage-sanctions" of "demo"/],
		['event-retired-passage', /content\/events\/demo-talks\.md: the passage quote "about sanctions" names passage "deleted-passage-europe" of "demo", which was retired/],
		['event-http-source', /must be an https: address[\s\S]*events\/demo-talks\.md/],
		['event-title-twice', /content\/events\/same-talks\.md: has the title "Demo talks" of content\/events\/demo-talks\.md/],
		// Editor's notes
		['note-phrase-missing', /content\/notes\/demo-oil\.md: the phrase "the trade in gas" is not in passage "first-passage-sanctions" of "demo": re-anchor the note/],
		['note-retired-passage', /content\/notes\/demo-oil\.md: names passage "deleted-passage-europe" of "demo", which was retired/],
		['question-left-out', /content\/questions\/demo-on-taiwan\.md: "demo" is left out: give its answer, or doesNotAddress: true/],
		['question-quote-missing', /content\/questions\/demo-on-taiwan\.md: the quote "about Taiwan and the invasion of China" for "demo" is not in passage "second-passage-taiwan" of "demo"/],
		['question-retired-passage', /content\/questions\/demo-on-taiwan\.md: the quote "about Taiwan" for "demo" names passage "deleted-passage-europe" of "demo", which was retired \(its place is now "second-passage-taiwan"\)/],
		['question-unknown-passage', /content\/questions\/demo-on-taiwan\.md: the answer for "demo" names passage "third-passage", which does not exist in "demo"/],
		['question-without-theme', /themes[\s\S]*questions\/demo-on-taiwan\.md/],
		['question-shipped-id-dropped', /content\/questions\.lock\.json: "demo-on-europe" has shipped \(\/compare\/#demo-on-europe\) but no question has it now: name it in its successor's formerIds/],
		['question-asked-twice', /content\/questions\/demo-on-taiwan\.md: asks the question of content\/questions\/demo-again\.md: two files ask one question|content\/questions\/demo-again\.md: asks the question of content\/questions\/demo-on-taiwan\.md: two files ask one question/],
		['note-unknown-passage', /content\/notes\/demo-oil\.md: names passage "no-such-passage", which does not exist in "demo"/],
		['note-http-link', /notes\/demo-oil\.md:\d+: the link to "http:\/\/example\.org\/" is not allowed/],
		['note-unsourced', /content\/notes\/demo-oil\.md: the note has no sources/],
		['note-date-outside-event', /content\/notes\/demo-oil\.md: its date 2025-03-02 is not the date of the event "demo-talks" \(2025-03-01\)/],
	])('fails on %s, naming the file and the problem', async (fixture, message) => {
		const { status, output } = await build(fixture);
		expect(output).toMatch(message);
		expect(status).not.toBe(0);
	});
});
