/**
 * Writes the content of the paged site, on which the browser tests check long lists
 * (tests/e2e/paged-site.spec.ts): a synthetic corpus (synthetic-corpus.ts) of one analysis more
 * than a page holds, so that every theme, and the register's most-named entries, run to a second
 * page. `npm run build:paged-site` writes it, then builds it for PAGED_ORIGIN (origins.ts).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ANALYSES_PER_PAGE } from '../../src/components/paging.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

const content = path.resolve(import.meta.dirname, '..', '.paged-site.content');
rmSync(content, { recursive: true, force: true });
await writeSyntheticCorpus(content, ANALYSES_PER_PAGE + 1);
