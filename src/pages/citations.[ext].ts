/** Every analysis's citation in one file, in BibLaTeX, RIS and CSL-JSON (citation/exports.ts). */
import type { GetStaticPaths } from 'astro';
import { citationFile, citationFilePaths } from '../citation/citation-files.ts';

export const getStaticPaths = (() => citationFilePaths()) satisfies GetStaticPaths;
export const GET = citationFile;
