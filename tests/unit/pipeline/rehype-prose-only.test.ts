import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import rehypeProseOnly, { allowedHref } from '../../../src/pipeline/rehype-prose-only.ts';

/** Markdown through Astro's own processor with only this plugin, as the site renders it. */
async function render(markdown: string) {
	const processor = await createMarkdownProcessor({ syntaxHighlight: false, gfm: false, smartypants: false, rehypePlugins: [rehypeProseOnly] });
	return processor.render(markdown, { fileURL: new URL(`file://${process.cwd()}/content/themes/demo.md`) });
}

describe('allowedHref', () => {
	it('allows site paths, fragments and https URLs', () => {
		for (const href of ['/themes/taiwan/', '/articles/a/#p', '#top', 'https://example.org/x']) expect(allowedHref(href), href).toBe(true);
	});
	it('refuses other schemes, protocol-relative and relative links', () => {
		for (const href of ['javascript:alert(1)', 'JAVASCRIPT:x', 'data:text/html,x', 'http://example.org/', '//evil.example/', '/\\evil.example/', '../x', 'x.html', 'mailto:a@b.c', 'https:', '']) {
			expect(allowedHref(href), href).toBe(false);
		}
	});
});

describe('rehype-prose-only', () => {
	it('lets prose with internal and https links through unchanged', async () => {
		const { code } = await render('A [passage](/articles/a/#p), [a source](https://example.org/) and [the top](#top).');
		expect(code).toBe('<p>A <a href="/articles/a/#p">passage</a>, <a href="https://example.org/">a source</a> and <a href="#top">the top</a>.</p>');
	});

	it.each([
		['<script>alert(1)</script>', /demo\.md:1: raw HTML \(<script>\)/],
		['Text <meta http-equiv="refresh" content="0;url=https://x.example/"> inline.', /demo\.md:1: raw HTML \(<meta>\)/],
		['One.\n\nTwo <img src=x onerror=alert(1)>', /demo\.md:3: raw HTML \(<img>\)/],
		['<!-- a note -->', /raw HTML \(an HTML comment\)/],
		['[x](javascript:alert(1))', /the link to "javascript:alert\(1\)" is not allowed/],
		['<javascript:alert(1)>', /the link to "javascript:alert\(1\)" is not allowed/],
		['[x](http://example.org/)', /the link to "http:\/\/example\.org\/" is not allowed/],
		['[x](../y/)', /the link to "\.\.\/y\/" is not allowed/],
		['See [the summit][alaska].', /"\[the summit\]\[alaska\]" is a reference-style link with no definition/],
		['![a map](/map.png)', /images are not allowed/],
	])('refuses %j, naming the file, the line and the problem', async (markdown, message) => {
		await expect(render(markdown)).rejects.toThrow(message);
	});

	it('reports every problem at once', async () => {
		await expect(render('<b>x</b>\n\n[y](http://a.example/)')).rejects.toThrow(/<b>[\s\S]*http:\/\/a\.example/);
	});

	it('leaves text in brackets that is not a reference alone', async () => {
		const { code } = await render('He said [sic] that [this] was so.');
		expect(code).toBe('<p>He said [sic] that [this] was so.</p>');
	});
});
