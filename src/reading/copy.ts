/**
 * Copying for the passage tools: the Clipboard API where it works; otherwise the text is shown
 * selected in a dialog for the reader to copy. Either way the outcome is announced through the
 * page's status region. Both are made here, the region as soon as copying may happen (a live
 * region must be in the page before its words change to be read out); styled in PassageTools.astro.
 */

/** Made when this code loads, on the first tool used: the copy itself comes after. */
const status = Object.assign(document.createElement('p'), { id: 'copy-status', className: 'copy-status' });
status.setAttribute('role', 'status');
document.body.append(status);

function announce(message: string) {
	// Cleared first so that the same message twice is announced twice; a moment later, so that a
	// screen reader has met the region first, just made.
	status.textContent = '';
	setTimeout(() => (status.textContent = message), 100);
	clearTimeout(Number(status.dataset.timer));
	status.dataset.timer = String(setTimeout(() => (status.textContent = ''), 4000));
}

/** The dialog for copying by hand, made the first time the clipboard refuses. */
function fallbackDialog() {
	const made = document.querySelector<HTMLDialogElement>('#copy-fallback');
	if (made) return made;
	const dialog = Object.assign(document.createElement('dialog'), { id: 'copy-fallback', className: 'copy-fallback dialog-card' });
	dialog.setAttribute('aria-labelledby', 'copy-fallback-heading');
	dialog.innerHTML =
		'<h2 id="copy-fallback-heading">Copy this text</h2><p>Your browser did not let the page copy it. It is selected: press Ctrl+C (⌘C on a Mac).</p><textarea readonly rows="4" aria-labelledby="copy-fallback-heading"></textarea><form method="dialog"><button type="submit">Close</button></form>';
	document.body.append(dialog);
	return dialog;
}

function showForManualCopy(text: string) {
	const dialog = fallbackDialog();
	const field = dialog.querySelector('textarea')!;
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
