/** The comparison lists of every theme, one file for the site (editorial/themes/passage-comparisons.ts), fetched when a passage's themes disclosure first opens. */
import type { APIRoute } from 'astro';
import { loadAnnotations } from '../../editorial/annotations.ts';

export const GET: APIRoute = async () => {
	const { comparisons } = await loadAnnotations();
	return new Response(JSON.stringify(comparisons), { headers: { 'Content-Type': 'application/json' } });
};
