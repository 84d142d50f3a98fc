/**
 * <link-previews>: when a mouse rests on, or keyboard focus reaches, a link to a passage, to a
 * register entry or to a question's row, shows what it leads to beside it (preview-popover.ts, fetched then, with the small
 * data file it reads), so a page that is only read loads nothing more. Touch never opens one: a tap
 * follows the link. Its button turns previews off and on, remembered on this device.
 */
import { INTENT_DELAY } from './intent-delay.ts';

const KEY = 'link-previews';

const enabled = () => {
	try {
		return localStorage.getItem(KEY) !== 'off';
	} catch {
		return true;
	}
};

/** A link that may have a preview, to a passage, a register entry or a question's row (preview-popover.ts decides, once loaded). */
// The paths are written out (routes.ts's passage, COMPARE_PATH, registerEntry): every page loads this, and an import would cost it a chunk.
const candidate = (a: HTMLAnchorElement) =>
	a.origin === location.origin && (/^\/(articles\/[^/]+|compare)\/$/.test(a.pathname) ? a.hash.length > 1 : /^\/people\/[^/]+\/$/.test(a.pathname));

let code: Promise<typeof import('./preview-popover.ts')> | undefined;
let waiting: HTMLAnchorElement | undefined;
let timer = 0;

function intend(target: EventTarget | null) {
	const link = target instanceof Element ? target.closest('a') : null;
	if (!link || link === waiting || !enabled() || !candidate(link)) return;
	clearTimeout(timer);
	waiting = link;
	timer = window.setTimeout(() => {
		waiting = undefined;
		void (code ??= import('./preview-popover.ts')).then((preview) => preview.showPreview(link));
	}, INTENT_DELAY);
}

function leave(event: Event) {
	if (event.target === waiting) {
		clearTimeout(timer);
		waiting = undefined;
	}
}

export class LinkPreviews extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		const show = () => button.setAttribute('aria-pressed', String(enabled()));
		show();
		button.addEventListener('click', () => {
			try {
				localStorage.setItem(KEY, enabled() ? 'off' : 'on');
			} catch {
				// Private modes may refuse storage: the choice cannot be kept, so nothing changes.
			}
			show();
			if (!enabled()) void code?.then((preview) => preview.hidePreview());
		});
		document.addEventListener('pointerover', (event) => event.pointerType !== 'touch' && intend(event.target));
		// Not the link the address names: Chromium focuses it on arrival, which is not the reader asking.
		document.addEventListener('focusin', (event) => event.target instanceof Element && event.target.matches(':focus-visible:not(:target)') && intend(event.target));
		document.addEventListener('pointerout', leave);
		document.addEventListener('focusout', leave);
	}
}
