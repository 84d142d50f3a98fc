/**
 * The preview itself, loaded by <link-previews> on the first sign of intent: one manual popover
 * (top layer, so opening it moves nothing on the page), filled from the analysis's or the
 * register's preview data (fetched once, then cached) with text nodes only, and placed by CSSOM
 * below the link, or above it where there is no room: never over it.
 *
 * It keeps to WCAG 2.2 SC 1.4.13: Escape closes it and leaves focus on the link; the pointer can
 * move into it (to select text, or to follow "Open the passage"); it stays while the pointer is on
 * the link or on it, or focus is on the link, and goes when neither is. While it is open the link
 * is described as having it (aria-describedby), and it is a region with a heading, not hidden
 * from assistive technology.
 */
import { type AnalysisPreviews, passagePreview, type QuestionPreviews, type RegisterPreviews } from './preview-data.ts';
import { passagePreviews, QUESTION_PREVIEWS_PATH, REGISTER_PREVIEWS_PATH } from '../../config/routes.ts';
import { previewTargetOf } from './preview-target.ts';
import { counted } from '../../text/wording.ts';
import { fetchData } from '../fetch-data.ts';

/** How long the pointer may be off both the link and the preview, on its way from one to the other. */
const GRACE = 300;
/** Space kept between the link and the preview, and between the preview and the viewport's edges, in px. */
const GAP = 6;

let popover: HTMLElement | undefined;
let current: HTMLAnchorElement | undefined;
let closing: number | undefined;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

function thePopover(): HTMLElement {
	if (popover) return popover;
	popover = element('section', 'link-preview');
	popover.id = 'link-preview';
	popover.popover = 'manual';
	popover.setAttribute('aria-labelledby', 'link-preview-heading');
	popover.addEventListener('pointerenter', stayOpen);
	popover.addEventListener('pointerleave', closeSoon);
	document.body.append(popover);
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && current) hidePreview();
	});
	document.addEventListener('focusin', (event) => {
		if (current && event.target !== current && !popover!.contains(event.target as Node)) hidePreview();
	});
	// A page restored from the back/forward cache must not come back with a preview open.
	addEventListener('pageshow', (event) => {
		if (event.persisted) hidePreview();
	});
	return popover;
}

/** The preview's content for the link, or undefined when there is nothing to show. */
async function contentFor(link: HTMLAnchorElement): Promise<HTMLElement[] | undefined> {
	const target = previewTargetOf(link.href, location.origin);
	if (!target) return undefined;
	const heading = element('h2', 'preview-title');
	heading.id = 'link-preview-heading';
	const hint = element('p', 'visually-hidden', 'Preview. Escape closes it.');
	hint.id = 'link-preview-hint';
	if (target.kind === 'passage') {
		const analysis = await fetchData<AnalysisPreviews>(passagePreviews(target.article));
		const passage = passagePreview(analysis, target.passage);
		if (!passage) return undefined;
		heading.textContent = analysis.title;
		const parts: HTMLElement[] = [hint, heading];
		if (passage.section) parts.push(element('p', 'preview-section', passage.section));
		parts.push(element('p', 'preview-text', passage.text));
		if (passage.themes.length > 0) parts.push(element('p', 'preview-themes', `Themes: ${passage.themes.join(' · ')}`));
		const open = element('a', 'preview-open', 'Open the passage');
		open.href = link.href;
		parts.push(open);
		return parts;
	}
	if (target.kind === 'question') {
		const row = (await fetchData<QuestionPreviews>(QUESTION_PREVIEWS_PATH))[target.question];
		if (!row) return undefined;
		heading.textContent = row.question;
		const parts: HTMLElement[] = [hint, heading];
		for (const cell of row.answers) {
			const answer = element('p', 'preview-answer');
			answer.append(element('span', 'preview-analysis', cell.analysis), 'silent' in cell ? 'Does not address this.' : cell.answer);
			parts.push(answer);
			if (!('silent' in cell)) parts.push(element('p', 'preview-text preview-quote', `“${cell.quote}”`));
		}
		if (row.comparison) parts.push(element('p', 'preview-comparison', `Compared (ours): ${row.comparison}`));
		const open = element('a', 'preview-open', 'Open the comparison');
		open.href = link.href;
		parts.push(open);
		return parts;
	}
	const entry = (await fetchData<RegisterPreviews>(REGISTER_PREVIEWS_PATH))[target.entry];
	if (!entry) return undefined;
	heading.textContent = entry.name;
	const parts: HTMLElement[] = [hint, heading];
	for (const role of entry.roles) parts.push(element('p', 'preview-role', `“${role.words}” (${role.analysis})`));
	parts.push(element('p', 'preview-count', `Mentioned in ${counted(entry.passages, 'passage', 'passages')} of ${counted(entry.analyses, 'analysis', 'analyses')}.`));
	return parts;
}

/** Below the link if it fits there, else on the side with more room, cut to fit: never over the link. */
function place(box: HTMLElement, link: HTMLAnchorElement) {
	// All of the link, over as many lines as it runs.
	const rect = link.getBoundingClientRect();
	box.style.maxHeight = '';
	const height = box.offsetHeight;
	const below = innerHeight - rect.bottom - 2 * GAP;
	const above = rect.top - 2 * GAP;
	const downwards = height <= below || below >= above;
	box.style.maxHeight = `${Math.max(downwards ? below : above, 120)}px`;
	// Measured again: the height allowed may differ from the stylesheet's.
	const top = downwards ? rect.bottom + GAP : rect.top - GAP - box.offsetHeight;
	// The viewport's width without its scroll bar.
	const left = Math.min(Math.max(rect.left, GAP), document.documentElement.clientWidth - box.offsetWidth - GAP);
	box.style.top = `${top + scrollY}px`;
	box.style.left = `${Math.max(left, GAP) + scrollX}px`;
}

function stayOpen() {
	window.clearTimeout(closing);
	closing = undefined;
}

function closeSoon() {
	stayOpen();
	closing = window.setTimeout(() => {
		if (current && document.activeElement !== current) hidePreview();
	}, GRACE);
}

/** Whether any of the element is in the viewport. */
const onScreen = (el: Element) => {
	const { top, bottom } = el.getBoundingClientRect();
	return bottom > 0 && top < innerHeight;
};

/** A link with a preview, unless it is a passage's own ¶, is in a preview, or leads to a passage already on screen. */
function wantsPreview(link: HTMLAnchorElement): boolean {
	if (link.closest('.passage-link, .link-preview')) return false;
	const target = previewTargetOf(link.href, location.origin);
	if (!target) return false;
	// The synopsis's own links to its rows lead to what is already on the page.
	if (target.kind === 'question' && link.pathname === location.pathname) return false;
	const here = target.kind === 'passage' && link.pathname === location.pathname ? document.getElementById(target.passage) : null;
	return !(here && onScreen(here));
}

export async function showPreview(link: HTMLAnchorElement) {
	if (!wantsPreview(link)) return;
	const box = thePopover();
	const parts = await contentFor(link).catch(() => undefined);
	// Gone while the data came: the pointer and focus have both left the link.
	if (!parts || !(link.matches(':hover') || document.activeElement === link)) return;
	if (current && current !== link) hidePreview();
	stayOpen();
	box.replaceChildren(...parts);
	if (!box.matches(':popover-open')) box.showPopover();
	place(box, link);
	current = link;
	link.setAttribute('aria-describedby', 'link-preview-hint');
	link.addEventListener('pointerleave', closeSoon);
	link.addEventListener('pointerenter', stayOpen);
	link.addEventListener('focusout', onLinkBlur);
}

function onLinkBlur(event: FocusEvent) {
	if (!(event.relatedTarget instanceof Node && popover?.contains(event.relatedTarget)) && !current?.matches(':hover')) hidePreview();
}

export function hidePreview() {
	stayOpen();
	if (current) {
		current.removeAttribute('aria-describedby');
		current.removeEventListener('pointerleave', closeSoon);
		current.removeEventListener('pointerenter', stayOpen);
		current.removeEventListener('focusout', onLinkBlur);
	}
	current = undefined;
	if (popover?.matches(':popover-open')) popover.hidePopover();
}
