/** An analysis's citation in BibLaTeX, RIS and CSL-JSON (citation/exports.ts). */
import type { GetStaticPaths } from 'astro';
import { loadArticles } from '../../../articles/articles.ts';
import { citationFile, citationFilePaths } from '../../../citation/citation-files.ts';

export const getStaticPaths = (async () => citationFilePaths((await loadArticles()).map((a) => a.slug))) satisfies GetStaticPaths;
export const GET = citationFile;
