/**
 * `npm run passages:update`: after an intentional edit of an article, records its passages in
 * content/passages.lock.json (matched passages keep their ids, new ones get ids, deleted ones are
 * retired to the passage now in their place) and prints every change for review.
 *
 * `npm run passages:check`: exits 1 when the registry is not exactly in step with the articles.
 */
import path from 'node:path';
import { readRegistry, writeRegistry } from './registry-file.ts';
import { ARTICLES_DIR, REGISTRY_PATH } from '../config/content-paths.ts';
import { syncRegistry } from './registry-sync.ts';

const update = process.argv.includes('--update');
const { next, changes, inStep } = await syncRegistry(readRegistry(REGISTRY_PATH), ARTICLES_DIR);
const where = path.relative(process.cwd(), REGISTRY_PATH);

if (inStep) {
	console.log(`${where} is in step with the articles.`);
} else if (update) {
	writeRegistry(REGISTRY_PATH, next);
	console.log(`Updated ${where}:\n${changes.join('\n') || '(fingerprints refreshed)'}`);
} else {
	console.error(`${where} is out of step with the articles:\n${changes.join('\n') || '(fingerprints changed)'}\nRun \`npm run passages:update\`, review and commit the result.`);
	process.exitCode = 1;
}
