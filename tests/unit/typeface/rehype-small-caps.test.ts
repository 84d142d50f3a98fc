import path from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import rehypeSmallCaps from '../../../src/typeface/rehype-small-caps.ts';

const articlesDir = path.resolve('content/articles');

/** Markdown through Astro's own processor with only this plugin, as the site renders a file at `file`. */
async function render(markdown: string, file: string) {
	const processor = await createMarkdownProcessor({ syntaxHighlight: false, gfm: false, smartypants: false, rehypePlugins: [[rehypeSmallCaps, { articlesDir }]] });
	return (await processor.render(markdown, { fileURL: new URL(`file://${path.resolve(file)}`) })).code;
}

describe('rehype-small-caps', () => {
	it('wraps our abbreviations, and only them, in caps spans, the characters unchanged', async () => {
		const html = await render('The EU and NATO, the BRICS group; NGOs, a US-led plan, but not I, A or Beijing.', 'content/register/demo.md');
		expect(html).toBe(
			'<p>The <span class="caps">EU</span> and <span class="caps">NATO</span>, the <span class="caps">BRICS</span> group; ' +
				'<span class="caps">NGO</span>s, a <span class="caps">US</span>-led plan, but not I, A or Beijing.</p>',
		);
	});

	it('reaches into links and emphasis, and leaves headings as they are', async () => {
		expect(await render('## The UN\n\nSee [the UN](/people/un/) and *the SCO*.', 'content/themes/demo.md')).toBe(
			'<h2 id="the-un">The UN</h2>\n<p>See <a href="/people/un/">the <span class="caps">UN</span></a> and <em>the <span class="caps">SCO</span></em>.</p>',
		);
	});

	it('leaves the authors’ words alone', async () => {
		expect(await render('The EU and NATO.', 'content/articles/demo.md')).toBe('<p>The EU and NATO.</p>');
	});
});
