/**
 * <synopsis-columns>: on /compare/, a checkbox an analysis, so a reader can hide one and set the
 * other two side by side. The choice is in the URL (`?with=a,b`, shown-analyses.ts), so it can be
 * shared. Without JavaScript the controls are hidden (by the page's style) and every analysis shows.
 * The table's cells say whose they are with `data-analysis`.
 */
import { canHide, readShownAnalyses, writeShownAnalyses } from './shown-analyses.ts';

export class SynopsisColumns extends HTMLElement {
	connectedCallback() {
		const boxes = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
		const analyses = boxes.map((box) => box.value);
		const show = (shown: string[]) => {
			for (const box of boxes) {
				box.checked = shown.includes(box.value);
				// The last two stay: a box that would leave one is disabled, and says why by its label.
				box.disabled = box.checked && !canHide(shown);
			}
			for (const cell of this.querySelectorAll<HTMLElement>('[data-analysis]')) cell.hidden = !shown.includes(cell.dataset.analysis!);
		};
		show(readShownAnalyses(location.search, analyses));
		// The row the address names, brought (back) into view: hidden columns change the rows'
		// heights, and Firefox under load may scroll to the row before the table above it is laid out.
		document.querySelector(':target')?.scrollIntoView();
		this.addEventListener('change', () => {
			const shown = boxes.filter((box) => box.checked).map((box) => box.value);
			show(shown);
			history.replaceState(history.state, '', `${location.pathname}${writeShownAnalyses(location.search, shown, analyses)}${location.hash}`);
		});
	}
}
