/**
 * Long lists in pages of ANALYSES_PER_PAGE (50), and the pages the list routes build, checked
 * without building a site: 51 analyses make a second page, 101 a third.
 */
import { describe, expect, it } from 'vitest';
import {
	analysesListPaths,
	listPages,
	pageAt,
	pageLinks,
	pageOf,
	quotesPassages,
	registerEntryPaths,
	themeListPaths,
} from '../../../src/components/paging.ts';
import { routes } from '../../../src/config/routes.ts';

/** The page `[...page]` builds for a parameter, as Astro fills in a rest parameter (none: the route's own folder). */
const builtAt = (folder: string, page: string | undefined) => `${folder}${page === undefined ? '' : `${page}/`}`;
const analyses = (count: number) => Array.from({ length: count }, (_, i) => `a${i + 1}`);

describe('the paging helper', () => {
	it('makes one page of a short or empty list, and a new page for the 51st and the 101st', () => {
		expect([0, 1, 50, 51, 100, 101, 150, 151].map((count) => listPages(count))).toEqual([[1], [1], [1], [1, 2], [1, 2], [1, 2, 3], [1, 2, 3], [1, 2, 3, 4]]);
	});

	it('cuts the list into pages of 50, the last holding what is left', () => {
		const list = analyses(101);
		expect(pageOf(list, 1)).toEqual(list.slice(0, 50));
		expect(pageOf(list, 2)).toEqual(list.slice(50, 100));
		expect(pageOf(list, 3)).toEqual(['a101']);
		expect(pageOf(analyses(51), 2)).toEqual(['a51']);
		expect(listPages(101).flatMap((page) => pageOf(list, page))).toEqual(list);
	});

	it('quotes the passages of a list that fits one page, and cites them by number once it runs past', () => {
		expect([1, 50, 51, 3000].map((count) => quotesPassages(listPages(count).length))).toEqual([true, true, false, false]);
	});

	it('links the first and last pages and two each side of the current one, a gap for each run left out', () => {
		expect(pageLinks(1, 2)).toEqual([1, 2]);
		expect(pageLinks(1, 7)).toEqual([1, 2, 3, null, 7]);
		expect(pageLinks(2, 60)).toEqual([1, 2, 3, 4, null, 60]);
		expect(pageLinks(30, 60)).toEqual([1, null, 28, 29, 30, 31, 32, null, 60]);
		expect(pageLinks(60, 60)).toEqual([1, null, 58, 59, 60]);
	});

	it('never hides a single page behind a gap', () => {
		expect(pageLinks(1, 5)).toEqual([1, 2, 3, 4, 5]);
		expect(pageLinks(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(pageLinks(6, 9)).toEqual([1, null, 4, 5, 6, 7, 8, 9]);
	});

	it('finds the page each analysis is on', () => {
		expect([0, 49, 50, 99, 100].map(pageAt)).toEqual([1, 1, 2, 2, 3]);
		const list = analyses(101);
		list.forEach((a, index) => expect(pageOf(list, pageAt(index)), a).toContain(a));
	});
});

describe('/articles/[...page]', () => {
	it('builds one page for 50 analyses, at /articles/', () => {
		expect(analysesListPaths(50)).toEqual([{ params: { page: undefined }, props: { page: 1, pages: 1 } }]);
	});

	it('builds /articles/ and /articles/page/2/ for 51 analyses', () => {
		expect(analysesListPaths(51)).toEqual([
			{ params: { page: undefined }, props: { page: 1, pages: 2 } },
			{ params: { page: 'page/2' }, props: { page: 2, pages: 2 } },
		]);
	});

	it('builds each page of 101 analyses at the address its links give', () => {
		const paths = analysesListPaths(101);
		expect(paths.map(({ params }) => builtAt('/articles/', params.page))).toEqual(['/articles/', '/articles/page/2/', '/articles/page/3/']);
		for (const { params, props } of paths) expect(builtAt('/articles/', params.page)).toBe(routes.analysesList(props.page));
		expect(paths.map(({ props }) => props.pages)).toEqual([3, 3, 3]);
	});
});

describe('/themes/[id]/[...page]', () => {
	const themes = [{ id: 'taiwan', title: 'Taiwan' }, { id: 'europe' }];

	it('builds every theme’s first page, at the theme’s address, for a short list', () => {
		expect(themeListPaths(themes, 50)).toEqual([
			{ params: { id: 'taiwan', page: undefined }, props: { theme: themes[0], page: 1, pages: 1 } },
			{ params: { id: 'europe', page: undefined }, props: { theme: themes[1], page: 1, pages: 1 } },
		]);
	});

	it('builds /themes/<id>/2/ for 51 analyses, and /3/ for 101, each at the address its links give', () => {
		expect(themeListPaths(themes, 51).map(({ params }) => builtAt(`/themes/${params.id}/`, params.page))).toEqual([
			'/themes/taiwan/',
			'/themes/taiwan/2/',
			'/themes/europe/',
			'/themes/europe/2/',
		]);
		const paths = themeListPaths(themes, 101);
		expect(paths.map(({ params }) => params.page)).toEqual([undefined, '2', '3', undefined, '2', '3']);
		for (const { params, props } of paths) {
			expect(props.theme.id).toBe(params.id);
			expect(props.pages).toBe(3);
			expect(builtAt(`/themes/${params.id}/`, params.page)).toBe(routes.theme(params.id, props.page));
		}
	});
});

describe('/people/[slug]/[...page]', () => {
	// Each entry's list holds only the analyses that mention it.
	const entries = [
		{ id: 'china', mentionedIn: 101 },
		{ id: 'kaja-kallas', mentionedIn: 1 },
		{ id: 'nato', mentionedIn: 51 },
	];
	const paths = registerEntryPaths(entries, (entry) => entry.mentionedIn);

	it('gives each entry as many pages as the analyses that mention it need', () => {
		expect(paths.map(({ params, props }) => [params.slug, params.page, `${props.page} of ${props.pages}`])).toEqual([
			['china', undefined, '1 of 3'],
			['china', '2', '2 of 3'],
			['china', '3', '3 of 3'],
			['kaja-kallas', undefined, '1 of 1'],
			['nato', undefined, '1 of 2'],
			['nato', '2', '2 of 2'],
		]);
	});

	it('builds each page at the address its links give, with its entry', () => {
		for (const { params, props } of paths) {
			expect(props.entry.id).toBe(params.slug);
			expect(builtAt(`/people/${params.slug}/`, params.page)).toBe(routes.registerEntry(params.slug, props.page));
		}
		expect(routes.registerEntry('nato', 2)).toBe('/people/nato/2/');
	});
});
