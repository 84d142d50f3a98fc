/**
 * Copying for the passage tools: the Clipboard API where it works; otherwise the text is shown
 * selected in a dialog for the reader to copy. Either way the outcome is announced through the
 * page's status region (#copy-status, in PassageTools.astro).
 */

function announce(message: string) {
	const status = document.querySelector<HTMLElement>('#copy-status');
	if (!status) return;
	// Cleared first so that the same message twice is announced twice.
	status.textContent = '';
	requestAnimationFrame(() => (status.textContent = message));
	clearTimeout(Number(status.dataset.timer));
	status.dataset.timer = String(setTimeout(() => (status.textContent = ''), 4000));
}

function showForManualCopy(text: string) {
	const dialog = document.querySelector<HTMLDialogElement>('#copy-fallback');
	const field = dialog?.querySelector('textarea');
	if (!dialog || !field) return;
	field.value = text;
	dialog.showModal();
	field.select();
}

/** Copies `text` (and `html`, for pasting with its italics); `done` is what the reader is told ("Link copied"). */
export async function copyText(text: string, done: string, html?: string): Promise<void> {
	try {
		if (html) {
			const blob = (data: string, type: string) => new Blob([data], { type });
			await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob(text, 'text/plain'), 'text/html': blob(html, 'text/html') })]);
		} else await navigator.clipboard.writeText(text);
		announce(done);
	} catch {
		showForManualCopy(text);
		announce('Copying is not available here: the text is selected for you to copy.');
	}
}
