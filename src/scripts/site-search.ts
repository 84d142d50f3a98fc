/**
 * <site-search>: upgrades the header's search link into Pagefind's search dialog. "/" and
 * Ctrl/⌘+K open it from anywhere except while typing; the dialog (a native <dialog>) traps focus
 * and closes on Esc. On the search page itself the shortcuts focus that page's search box. The
 * dialog's code (search-dialog.ts) loads on first use, so pages carry only this.
 */
import type { PagefindModal } from './search-dialog.ts';

const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export class SiteSearch extends HTMLElement {
	#ready: Promise<PagefindModal | null> | undefined;

	connectedCallback() {
		this.querySelector('a.search-link')?.addEventListener('click', (event) => {
			event.preventDefault();
			void this.open();
		});
		document.addEventListener('keydown', (event) => {
			const shortcut = (event.key === '/' && !isTyping(event.target)) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
			if (!shortcut || event.altKey) return;
			event.preventDefault();
			void this.open();
		});
	}

	async open() {
		const pageInput = document.querySelector<HTMLInputElement>('.search-page input[type="search"]');
		if (pageInput) return pageInput.focus();
		// The first time, the dialog's code is still loading: keep what the reader types meanwhile.
		const typed: string[] = [];
		const keep = (event: KeyboardEvent) => {
			if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
			typed.push(event.key);
			event.preventDefault();
			event.stopImmediatePropagation();
		};
		document.addEventListener('keydown', keep, true);
		this.#ready ??= import('./search-dialog.ts').then(({ prepareDialog }) => prepareDialog(this));
		const modal = await this.#ready;
		document.removeEventListener('keydown', keep, true);
		modal?.open();
		const input = modal?.querySelector('input');
		if (input && typed.length > 0) {
			input.value += typed.join('');
			input.dispatchEvent(new Event('input', { bubbles: true }));
		}
	}
}
