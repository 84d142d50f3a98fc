/**
 * "Sources: publisher, title, date; …" for what an editorial text rests on, wherever one is shown
 * (a register entry's note, a timeline event, an editor's note). A page whose title was not seen
 * is linked by its address, not by a title we would have to make up.
 */
import { toMarkup } from './markup.ts';
import { h } from 'hastscript';
import { formatDay } from '../text/dates.ts';
import { pluralFor } from '../text/wording.ts';

export interface Source {
	publisher: string;
	title?: string | undefined;
	date?: Date | undefined;
	url: string;
}

const address = (url: string) => url.replace(/^https:\/\//, '');

export function sourceList(sources: readonly Source[]): string {
	const items = sources.flatMap((s, i) => {
		const day = s.date && formatDay(s.date);
		return [i > 0 ? '; ' : '', `${s.publisher}, `, h('a', { href: s.url }, [s.title ?? address(s.url)]), ...(day ? [', ', h('time', { datetime: day.datetime }, [day.text])] : [])];
	});
	return toMarkup(h('p.note-sources', [h('span.label', [`${pluralFor(sources.length, 'Source', 'Sources')}:`]), ' ', ...items]));
}
