/**
 * The analyses as files for reference managers, from their CSL items (csl-item.ts): BibLaTeX,
 * RIS and CSL-JSON. Static files carry no access date: a reference manager adds its own.
 */
import type { CslItem } from './csl-item.ts';

/** BibLaTeX's language names (babel's) for the BCP 47 tags the edition uses. */
const BABEL_LANGUAGES: Record<string, string> = { en: 'english' };

const bibEscape = (text: string) => text.replace(/[\\{}%&$#_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`));

/**
 * BibLaTeX `@online`, which keeps the type, the site and (in a reader's own file) the access date
 * that classic BibTeX's `@misc` loses. The site goes in `booktitle`, where citation.js and
 * Zotero's importer read a container's title; the title is braced so that no style recases it.
 */
export function toBibLaTeX(items: readonly CslItem[]): string {
	return items
		.map((item) => {
			const fields: Array<[string, string]> = [
				...(item.author ? [['author', item.author.map((a) => `${bibEscape(a.family)}, ${bibEscape(a.given)}`).join(' and ')] as [string, string]] : []),
				['title', `{${bibEscape(item.title)}}`],
				['date', item.issued['date-parts'][0].map((n) => String(n).padStart(2, '0')).join('-')],
				['booktitle', bibEscape(item['container-title'])],
				['url', item.URL],
				['langid', BABEL_LANGUAGES[item.language] ?? item.language],
				['abstract', bibEscape(item.abstract)],
				...(item.note ? [['note', bibEscape(item.note)] as [string, string]] : []),
			];
			return `@online{${item.id},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
		})
		.join('\n');
}

/** RIS, as Zotero, EndNote and Mendeley import it: an `ELEC` (web page) record per analysis, CRLF lines. */
export function toRis(items: readonly CslItem[]): string {
	return items
		.map((item) => {
			const [year, month, day] = item.issued['date-parts'][0];
			const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
			const lines: Array<[string, string]> = [
				['TY', 'ELEC'],
				['TI', item.title],
				...(item.author ?? []).map((a): [string, string] => ['AU', `${a.family}, ${a.given}`]),
				['PY', String(year)],
				['DA', `${year}/${pad(month)}/${pad(day)}/`],
				// The website's title: Zotero's RIS reader files T2 of an ELEC record as it.
				['T2', item['container-title']],
				['UR', item.URL],
				['LA', item.language],
				['AB', item.abstract],
				...(item.note ? [['N1', item.note] as [string, string]] : []),
				['ID', item.id],
				['ER', ''],
			];
			return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
		})
		.join('\r\n');
}

/** CSL-JSON: the items themselves, as citeproc and citation.js read them. */
export const toCslJson = (items: readonly CslItem[]) => `${JSON.stringify(items, null, 2)}\n`;

/**
 * The files, in the order the Cite block offers them; `ext` is the file name's ending, which gives
 * each its Content-Type in public/_headers.
 */
export const CITATION_FILES = [
	{ ext: 'bib', name: 'BibLaTeX', write: toBibLaTeX },
	{ ext: 'ris', name: 'RIS', write: toRis },
	{ ext: 'csl.json', name: 'CSL-JSON', write: toCslJson },
] as const;
