/**
 * Where the browser tests serve the built sites. `npm test` builds the site with SITE_URL set to
 * SITE_ORIGIN (package.json), so copied links and citations must carry it: a build that fell back
 * to any other origin fails the link tests.
 */
// E2E_SITE_PORT and E2E_FIXTURE_PORT let a second checkout's run (built for those origins) go beside this one.
export const SITE_PORT = Number(process.env.E2E_SITE_PORT ?? 4329);
export const SITE_ORIGIN = `http://127.0.0.1:${SITE_PORT}`;
/** The valid content fixture (`npm run build:fixture-site`, built for this origin). */
export const FIXTURE_PORT = Number(process.env.E2E_FIXTURE_PORT ?? 4330);
export const FIXTURE_ORIGIN = `http://127.0.0.1:${FIXTURE_PORT}`;
/** The paged site: long lists, past one page (`npm run build:paged-site`, built for this origin). */
export const PAGED_PORT = Number(process.env.E2E_PAGED_PORT ?? 4332);
export const PAGED_ORIGIN = `http://127.0.0.1:${PAGED_PORT}`;
