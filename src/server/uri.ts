/** Percent-decoding that says "not valid" instead of throwing (`%`, `%E0%A4%A`): for paths and fragments from outside. */
export function decodedUri(text: string): string | undefined {
	try {
		return decodeURIComponent(text);
	} catch {
		return undefined;
	}
}
