import { type APIRequestContext, expect } from '@playwright/test';

/** The ids on a built page, fetched once per page, to check that a link's #fragment lands. */
const idsByPage = new Map<string, Promise<Set<string>>>();

export function idsOn(request: APIRequestContext, pathname: string): Promise<Set<string>> {
	if (!idsByPage.has(pathname)) {
		idsByPage.set(
			pathname,
			request.get(pathname).then(async (response) => {
				expect(response.status(), pathname).toBe(200);
				return new Set([...(await response.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
			}),
		);
	}
	return idsByPage.get(pathname)!;
}
