/**
 * The words of the search that led to a page, marked with Pagefind's highlighter, and the notice
 * that clears them (`<search-highlight>`): shown while a marked passage is on screen, so it is never
 * left over unrelated text.
 */
const PARAM = 'pagefind-highlight';

interface PagefindHighlightModule {
	default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}

export async function markSearchWords(notice: HTMLElement): Promise<void> {
	const url = '/pagefind/pagefind-highlight.js';
	const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as PagefindHighlightModule;
	new PagefindHighlight({ highlightParam: PARAM, addStyles: false });
	const marked = new Set([...document.querySelectorAll('mark.pagefind-highlight')].map((m) => m.closest('[data-passage], p, li') ?? m));
	if (marked.size === 0) return;
	const inView = new Set<Element>();
	const observer = new IntersectionObserver((entries) => {
		for (const { target, isIntersecting } of entries) isIntersecting ? inView.add(target) : inView.delete(target);
		notice.hidden = inView.size === 0;
	});
	for (const element of marked) observer.observe(element);
	notice.querySelector('button')?.addEventListener('click', () => {
		// Unwraps the marks and drops the parameter, keeping the passage in the URL.
		observer.disconnect();
		for (const mark of document.querySelectorAll('mark.pagefind-highlight')) mark.replaceWith(...mark.childNodes);
		document.querySelector('[data-pagefind-body]')?.normalize();
		const address = new URL(location.href);
		address.searchParams.delete(PARAM);
		history.replaceState(history.state, '', address);
		notice.hidden = true;
	});
}
