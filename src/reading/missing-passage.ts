/**
 * <missing-passage>: when the address names a passage id this page does not have (mistyped,
 * cut short, or never existed), says so instead of silently showing the top of the page.
 * Retired ids need no script: they are anchors inside their successor passage.
 */
export class MissingPassage extends HTMLElement {
	connectedCallback() {
		this.#check();
		addEventListener('hashchange', () => this.#check());
	}

	#check() {
		const id = decodedFragment(location.hash.slice(1));
		const missing = id !== '' && !document.getElementById(id);
		const slot = this.querySelector('.missing-id');
		if (slot) slot.textContent = `#${id}`;
		this.hidden = !missing;
		if (missing) this.scrollIntoView({ block: 'center' });
	}
}

/** The id a fragment names; a malformed escape ("#%E0%A4%A") names no id, and is shown as typed. */
function decodedFragment(fragment: string): string {
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
}
