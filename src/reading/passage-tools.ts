/**
 * <passage-actions>: a passage's number opens its tools, "Copy link", "Copy quote" and "Cite"
 * (which shows the citation before copying it), right after it, so a passage costs the keyboard
 * one stop until the reader asks for more. The number is still the link to the passage (the
 * address bar shows it); without JavaScript it is only that. One passage's tools are open at a
 * time; Escape closes them, and so does the passage leaving the screen. The code behind each tool
 * loads on its first use (imported whole: a destructured import costs a wrapper in the bundle).
 * `data-url`: the article's public address (from the site's configured origin);
 * `data-citation`: the edition's own citation with `{url}`, `{accessed}` and `{paragraph}` (the
 * number in the passage's margin) left to fill; `data-attribution`: a quote's source (citation/quote.ts).
 */
import { passageNumber, passageUrl } from './links.ts';

const TOOLS_ID = 'passage-tools';

/** A tool's button; the group's name ("Tools for this paragraph") says what it acts on. */
function button(action: string, label: string) {
	const el = document.createElement('button');
	el.type = 'button';
	el.dataset.action = action;
	el.textContent = label;
	return el;
}

export class PassageActions extends HTMLElement {
	/** The one set of tools, moved to whichever passage's ¶ opened it. */
	#tools = Object.assign(document.createElement('span'), { id: TOOLS_ID, className: 'passage-actions', hidden: true });
	/** Closes the tools once their passage, having been on screen (the ¶'s link scrolls to it), leaves it. */
	#onScreen = new IntersectionObserver(([entry]) => {
		if (entry?.isIntersecting) this.#seen = true;
		else if (this.#seen) this.#close(false);
	});
	#seen = false;

	connectedCallback() {
		this.#tools.dataset.pagefindIgnore = '';
		this.#tools.setAttribute('role', 'group');
		this.#tools.setAttribute('aria-label', 'Tools for this paragraph');
		this.#tools.append(button('link', 'Copy link'), button('quote', 'Copy quote'), button('cite', 'Cite'));
		for (const link of this.querySelectorAll<HTMLAnchorElement>('[data-passage] > .passage-link')) {
			link.setAttribute('aria-expanded', 'false');
			link.setAttribute('aria-controls', TOOLS_ID);
		}
		this.addEventListener('click', (event) => {
			const target = event.target as Element;
			const permalink = target.closest<HTMLAnchorElement>('[data-passage] > .passage-link');
			if (permalink) return this.#follow(event, permalink);
			const action = target.closest<HTMLButtonElement>('.passage-actions button');
			const passage = action?.closest<HTMLElement>('[data-passage]');
			if (!action || !passage) return;
			const url = passageUrl(this.dataset.url ?? location.href, passage.id);
			const kind = action.dataset.action;
			if (kind === 'link') void import('./copy.ts').then((copy) => copy.copyText(url, 'Link copied'));
			else if (kind === 'quote')
				void import('../citation/copy-quote.ts').then((quote) => quote.copyQuote(quote.passageRange(passage), this.dataset.attribution ?? '', url));
			else
				void import('../citation/passage-citation.ts').then((cite) =>
					cite.citePassage({ url, paragraph: passageNumber(passage), articleUrl: this.dataset.url!, template: this.dataset.citation! }),
				);
		});
		this.addEventListener('keydown', (event) => {
			// From the tools or from the ¶ that opened them (where the focus stays after a click).
			const fromTools = this.#tools.contains(document.activeElement) || document.activeElement === this.#tools.previousElementSibling;
			if (event.key === 'Escape' && !this.#tools.hidden && fromTools) this.#close(true);
		});
	}

	/**
	 * The ¶ goes to its passage as ever, and then keeps the focus: going to a fragment moves where
	 * Tab starts from to the passage, which would send Tab back to the ¶ rather than on to the tools.
	 */
	#follow(event: MouseEvent, permalink: HTMLAnchorElement) {
		if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		event.preventDefault();
		const passage = permalink.parentElement!;
		if (location.hash !== `#${passage.id}`) location.hash = passage.id;
		if (document.activeElement === permalink) permalink.blur();
		permalink.focus({ preventScroll: true });
		this.#toggle(permalink);
	}

	/** Opens the ¶'s tools beside it, or closes them if they were open there. */
	#toggle(permalink: HTMLAnchorElement) {
		const open = !this.#tools.hidden && this.#tools.previousElementSibling === permalink;
		this.#close(false);
		if (open) return;
		permalink.after(this.#tools);
		this.#tools.hidden = false;
		permalink.setAttribute('aria-expanded', 'true');
		this.#seen = false;
		this.#onScreen.observe(permalink.parentElement!);
	}

	#close(refocus: boolean) {
		const permalink = this.#tools.previousElementSibling as HTMLElement | null;
		this.#onScreen.disconnect();
		this.#tools.hidden = true;
		permalink?.setAttribute('aria-expanded', 'false');
		if (refocus) permalink?.focus();
	}
}
