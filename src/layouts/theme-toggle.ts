/**
 * <theme-toggle>: a "Dark" button, pressed when the page is dark. Pressing it sets the other
 * scheme and remembers it; the head script in Base.astro applies the memory on the next page.
 */
const KEY = 'colour-scheme';
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');

const isDark = () => (root.dataset.theme ?? (systemDark.matches ? 'dark' : 'light')) === 'dark';

export class ThemeToggle extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		if (!button) return;
		const show = () => button.setAttribute('aria-pressed', String(isDark()));
		show();
		systemDark.addEventListener('change', show);
		button.addEventListener('click', () => {
			const scheme = isDark() ? 'light' : 'dark';
			root.dataset.theme = scheme;
			try {
				localStorage.setItem(KEY, scheme);
			} catch {
				// Private modes may refuse storage; the choice then lasts for this page only.
			}
			show();
		});
	}
}
