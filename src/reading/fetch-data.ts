/**
 * The small data files fetched on intent (link previews, a passage's comparisons), each fetched
 * once a page and shared by every later use; a failed fetch is forgotten, so a later intent tries again.
 */
const data = new Map<string, Promise<unknown>>();

export function fetchData<T>(url: string): Promise<T> {
	if (!data.has(url)) {
		const request = fetch(url).then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${url}: ${response.status}`))));
		request.catch(() => data.delete(url));
		data.set(url, request);
	}
	return data.get(url) as Promise<T>;
}
