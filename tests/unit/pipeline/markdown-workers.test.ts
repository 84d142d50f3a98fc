import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { ARTICLES_DIR, NOTES_DIR, REGISTER_DIR, THEMES_DIR } from '../../../src/config/content-paths.ts';
import { markdownInWorkers, renderFilesInWorkers } from '../../../src/pipeline/markdown-workers.ts';
import { sitePipeline, siteRegistry } from '../../../src/pipeline/site-pipeline.ts';

const WORKER = new URL('../../../src/pipeline/markdown-worker.ts', import.meta.url);
const articleFile = (slug: string) => path.join(ARTICLES_DIR, `${slug}.md`);
/** Our own Markdown, which Astro hands to the workers: a theme, a register entry, an editor's note. */
const editorialFiles = [path.join(THEMES_DIR, 'taiwan.md'), path.join(REGISTER_DIR, 'china.md'), path.join(NOTES_DIR, 'non-war-order-date.md')];

function readMarkdown(file: string) {
	const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
	return { content, options: { fileURL: pathToFileURL(file), frontmatter } };
}

describe('markdownInWorkers', () => {
	it('renders each file in a worker exactly as the pipeline does on the main thread', async () => {
		const inProcess = await createMarkdownProcessor({ syntaxHighlight: false, ...sitePipeline(siteRegistry()) });
		const inWorkers = await markdownInWorkers(WORKER, { size: 2 }).createRenderer({});
		// All at once, as Astro sends them: replies must find their way back to their own render.
		const rendered = await Promise.all(editorialFiles.map((file) => inWorkers.render(readMarkdown(file).content, readMarkdown(file).options)));
		for (const [i, file] of editorialFiles.entries()) {
			const { content, options } = readMarkdown(file);
			expect(rendered[i]).toEqual(await inProcess.render(content, options));
		}
	});

	it('refuses an article, which comes with its registry entry (renderFilesInWorkers): the file’s identity reached the worker', async () => {
		const inWorkers = await markdownInWorkers(WORKER, { size: 1 }).createRenderer({});
		const { content, options } = readMarkdown(articleFile('axis-of-pragmatism'));
		await expect(inWorkers.render(content, options)).rejects.toThrow('the article has no entry in content/passages.lock.json');
	});

	it('renders again after its idle workers have stopped', async () => {
		const renderer = await markdownInWorkers(WORKER, { size: 1, idleMs: 50 }).createRenderer({});
		const { content, options } = readMarkdown(editorialFiles[0]!);
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
	it('renders each file as Astro renders a Markdown module, frontmatter lines blanked, an article with its registry ids', async () => {
		const registry = siteRegistry();
		const inProcess = await createMarkdownProcessor({ syntaxHighlight: false, ...sitePipeline(registry) });
		const slugs = ['axis-of-pragmatism', 'what-china-wants-and-fears'];
		const rendered = await Promise.all(renderFilesInWorkers(slugs.map(articleFile), WORKER, registry, { size: 2 }));
		for (const [i, slug] of slugs.entries()) {
			const { frontmatter, content } = parseFrontmatter(readFileSync(articleFile(slug), 'utf8'), { frontmatter: 'empty-with-spaces' });
			expect(rendered[i]).toEqual(await inProcess.render(content, { fileURL: pathToFileURL(articleFile(slug)), frontmatter }));
			expect(rendered[i]!.code).toMatch(/<p id="[a-z0-9-]+" data-passage/);
		}
	});

	it('gives an article only the registry entry it is sent: the worker reads no registry of its own', async () => {
		const [rendered] = renderFilesInWorkers([articleFile('axis-of-pragmatism')], WORKER, { version: 1, articles: {} }, { size: 1 });
		await expect(rendered).rejects.toThrow('the article has no entry in content/passages.lock.json');
	});

	it('fails a file the pipeline refuses with the reason, at its line', async () => {
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'render-files-')), 'bad.md');
		writeFileSync(file, '---\ntitle: x\n---\n\nText.\n\n<script>alert(1)</script>\n');
		const [rendered] = renderFilesInWorkers([file], WORKER, siteRegistry(), { size: 1 });
		await expect(rendered).rejects.toThrow(/bad\.md:7: raw HTML \(<script>\) is not allowed/);
	});
});
