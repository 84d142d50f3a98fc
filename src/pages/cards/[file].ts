/**
 * The link cards, one PNG each (src/cards/): drawn once for the whole build, in worker threads,
 * or read from their cache.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArticles } from '../../articles/articles.ts';
import { allCards } from '../../cards/cards.ts';
import { type RenderedCards, renderCards } from '../../cards/render-cards.ts';

let rendered: Promise<RenderedCards> | undefined;
const renderAll = async () => {
	rendered ??= renderCards(allCards(await loadArticles()), { cacheDir: import.meta.env.CARD_CACHE, worker: new URL(import.meta.env.CARD_WORKER) });
	return rendered;
};

export const getStaticPaths = (async () => allCards(await loadArticles()).map(({ file }) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const png = (await renderAll()).pngs.get(params.file!)!;
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
