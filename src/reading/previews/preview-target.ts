/**
 * Which links have a preview: those to a passage of an analysis (`/articles/<slug>/#<id>`), to
 * a register entry (`/people/<slug>/`) and to a question's row of the synopsis (`/compare/#<id>`),
 * on this site. Pure, so it is unit-tested.
 */
import { passageLink } from '../../passages/refs.ts';
import { COMPARE_PATH } from '../../config/routes.ts';

type PreviewTarget = { kind: 'passage'; article: string; passage: string } | { kind: 'entry'; entry: string } | { kind: 'question'; question: string };

const ENTRY = /^\/people\/([a-z0-9-]+)\/$/;

/** What the link at `href` (as the browser resolved it) would preview, seen from a page of `origin`. */
export function previewTargetOf(href: string, origin: string): PreviewTarget | undefined {
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return undefined;
	}
	if (url.origin !== origin || url.search) return undefined;
	const passage = passageLink(url.pathname + url.hash);
	if (passage) return { kind: 'passage', article: passage.article, passage: passage.id };
	const entry = ENTRY.exec(url.pathname)?.[1];
	if (entry && !url.hash) return { kind: 'entry', entry };
	if (url.pathname === COMPARE_PATH && /^#[a-z0-9-]+$/.test(url.hash)) return { kind: 'question', question: url.hash.slice(1) };
	return undefined;
}
