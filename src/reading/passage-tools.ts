/**
 * <passage-actions>: a passage's ¶ opens its tools, "Copy link" and "Cite", right after it, so a
 * passage costs the keyboard one stop until the reader asks for more. The ¶ is still the link to
 * the passage (the address bar shows it); without JavaScript it is only that. One passage's tools
 * are open at a time; Escape closes them, and so does the passage leaving the screen.
 * `data-url`: the article's public address (from the site's configured origin);
 * `data-citation`: the citation with `{url}` and `{accessed}` left to fill.
 */
import { fillCitation, formatAccessDate, passageUrl } from './links.ts';
import { copyText } from './copy.ts';

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
		this.#tools.append(button('link', 'Copy link'), button('cite', 'Cite'));
		for (const link of this.querySelectorAll<HTMLAnchorElement>('[data-passage] > .passage-link')) {
			link.setAttribute('aria-expanded', 'false');
			link.setAttribute('aria-controls', TOOLS_ID);
		}
		this.addEventListener('click', (event) => {
			const target = event.target as Element;
			const permalink = target.closest<HTMLAnchorElement>('[data-passage] > .passage-link');
			if (permalink) return this.#follow(event, permalink);
			const action = target.closest<HTMLButtonElement>('.passage-actions button');
			const id = action?.closest<HTMLElement>('[data-passage]')?.id;
			if (!action || !id) return;
			const url = passageUrl(this.dataset.url ?? location.href, id);
			if (action.dataset.action === 'link') void copyText(url, 'Link copied');
			else void copyText(fillCitation(this.dataset.citation ?? '', url, formatAccessDate(new Date())), 'Citation copied');
		});
		this.addEventListener('keydown', (event) => {
			if (event.key === 'Escape' && !this.#tools.hidden && this.#tools.contains(document.activeElement)) this.#close(true);
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
