import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { ARTICLES_DIR } from '../../../src/config/content-paths.ts';
import { markdownInWorkers, renderFilesInWorkers } from '../../../src/pipeline/markdown-workers.ts';
import { sitePipeline } from '../../../src/pipeline/site-pipeline.ts';

const WORKER = new URL('../../../src/pipeline/markdown-worker.ts', import.meta.url);
const articleFile = (slug: string) => path.join(ARTICLES_DIR, `${slug}.md`);

function readArticle(slug: string) {
	const { frontmatter, content } = parseFrontmatter(readFileSync(articleFile(slug), 'utf8'));
	return { content, options: { fileURL: pathToFileURL(articleFile(slug)), frontmatter } };
}

describe('markdownInWorkers', () => {
	it('renders each article in a worker exactly as the pipeline does on the main thread', async () => {
		const inProcess = await createMarkdownProcessor({ syntaxHighlight: false, ...sitePipeline() });
		const inWorkers = await markdownInWorkers(WORKER, { size: 2 }).createRenderer({});
		const slugs = ['axis-of-pragmatism', 'china-stake-neutrality-leverage', 'what-china-wants-and-fears'];
		// All at once, as Astro sends them: replies must find their way back to their own render.
		const rendered = await Promise.all(slugs.map((slug) => inWorkers.render(readArticle(slug).content, readArticle(slug).options)));
		for (const [i, slug] of slugs.entries()) {
			const { content, options } = readArticle(slug);
			expect(rendered[i]).toEqual(await inProcess.render(content, options));
			// The file's identity reached the worker: its passages have their registry ids.
			expect(rendered[i]!.code).toMatch(/<p id="[a-z0-9-]+" data-passage/);
		}
	});

	it('renders again after its idle workers have stopped', async () => {
		const renderer = await markdownInWorkers(WORKER, { size: 1, idleMs: 50 }).createRenderer({});
		const { content, options } = readArticle('axis-of-pragmatism');
		const first = await renderer.render(content, options);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(await renderer.render(content, options)).toEqual(first);
	});

	it('fails each render with the reason when the pipeline cannot load, rather than waiting forever', async () => {
		const renderer = await markdownInWorkers(new URL('../../fixtures/workers/pipeline-fails-to-load.ts', import.meta.url), { size: 1 }).createRenderer({});
		await expect(renderer.render('Some text.')).rejects.toThrow('the theme tags no passage');
		await expect(renderer.render('More text.')).rejects.toThrow('the theme tags no passage');
	});
});

describe('renderFilesInWorkers', () => {
	it('renders each file as Astro renders a Markdown module, frontmatter lines blanked', async () => {
		const inProcess = await createMarkdownProcessor({ syntaxHighlight: false, ...sitePipeline() });
		const slugs = ['axis-of-pragmatism', 'what-china-wants-and-fears'];
		const rendered = await Promise.all(renderFilesInWorkers(slugs.map(articleFile), WORKER, { size: 2 }));
		for (const [i, slug] of slugs.entries()) {
			const { frontmatter, content } = parseFrontmatter(readFileSync(articleFile(slug), 'utf8'), { frontmatter: 'empty-with-spaces' });
			expect(rendered[i]).toEqual(await inProcess.render(content, { fileURL: pathToFileURL(articleFile(slug)), frontmatter }));
		}
	});

	it('fails a file the pipeline refuses with the reason, at its line', async () => {
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'render-files-')), 'bad.md');
		writeFileSync(file, '---\ntitle: x\n---\n\nText.\n\n<script>alert(1)</script>\n');
		const [rendered] = renderFilesInWorkers([file], WORKER, { size: 1 });
		await expect(rendered).rejects.toThrow(/bad\.md:7: raw HTML \(<script>\) is not allowed/);
	});
});
