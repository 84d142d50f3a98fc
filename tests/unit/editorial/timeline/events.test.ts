import { describe, expect, it } from 'vitest';
import { type EventInput, eventProblems, placement, timelineEvents } from '../../../../src/editorial/timeline/events.ts';
import type { ArticleText } from '../../../../src/passages/refs.ts';

function event(id: string, date: string, more: Partial<EventInput> = {}): EventInput {
	return { id, title: `Title of ${id}`, named: `the ${id}`, date, expected: false, passages: [{ article: 'alpha', passage: 'a1', words: 'the summit' }], body: '', ...more };
}

const articles: ArticleText[] = [
	{
		slug: 'alpha',
		passages: [
			{ id: 'a1', text: 'Before the summit\nthis Friday, Beijing watches.' },
			{ id: 'a2', text: 'In July 2022, Xi issued a decree.' },
		],
		passageIds: ['a1', 'a2'],
		retired: { old: 'a2' },
	},
];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('timelineEvents', () => {
	it('orders events by date, a month or a year by its first day, a span by its start and then its end', () => {
		const events = timelineEvents([
			event('summit', '2025-08-15'),
			event('congress', '2027'),
			event('decree', '2022-07'),
			event('talks', '2025-08-15', { until: '2025-08-18' }),
			event('august', '2025-08'),
		]);
		expect(events.map((e) => e.event.id)).toEqual(['decree', 'august', 'summit', 'talks', 'congress']);
		expect(events[3]!.latest).toEqual(day('2025-08-18'));
		expect(events[4]).toMatchObject({ earliest: day('2027-01-01'), latest: day('2027-12-31') });
	});
});

describe('placement', () => {
	const events = timelineEvents([
		event('call', '2025-02-24'),
		event('summit', '2025-08-15'),
		event('visit', '2025-08-18'),
		event('congress', '2027', { expected: true }),
		event('elsewhere', '2025-08-16', { passages: [{ article: 'beta', passage: 'b1', words: 'x' }] }),
	]);

	it('names the last event the analysis discusses that was over when it was written, and the first still to come', () => {
		const written = { earliest: day('2025-08-11'), latest: day('2025-08-14') };
		const { after, before } = placement('alpha', written, events);
		expect([after?.event.id, before?.event.id]).toEqual(['call', 'summit']);
	});

	it('counts an event on the first day the analysis could have been written as before it, and ignores forecasts and others’ events', () => {
		const { after, before } = placement('alpha', { earliest: day('2025-08-18'), latest: day('2025-08-31') }, events);
		expect([after?.event.id, before]).toEqual(['visit', undefined]);
	});
});

describe('eventProblems', () => {
	it('accepts quotes in their passages, whatever the line breaks', () => {
		expect(eventProblems([event('summit', '2025-08-15', { passages: [{ article: 'alpha', passage: 'a1', words: 'the summit this Friday' }] })], articles)).toEqual([]);
	});

	it('names the file and the problem: words not in the passage, a retired or unknown passage, a body, a title twice, an analysis’s id', () => {
		const problems = eventProblems(
			[
				event('moved', '2025-08-15', { passages: [{ article: 'alpha', passage: 'a1', words: 'next Friday' }] }),
				event('retired', '2022-07', { passages: [{ article: 'alpha', passage: 'old', words: 'July 2022' }] }),
				event('dated', '2022-07', { datedBy: { article: 'alpha', passage: 'a9', words: 'July 2022' } }),
				event('bodied', '2025', { body: 'More.' }),
				event('twin', '2025', { title: 'Title of bodied' }),
				event('written-alpha', '2025'),
			],
			articles,
		);
		expect(problems).toEqual([
			'content/events/moved.md: the passage quote "next Friday" is not in passage "a1" of "alpha"',
			'content/events/retired.md: the passage quote "July 2022" names passage "old" of "alpha", which was retired (its place is now "a2"); retag it',
			'content/events/dated.md: datedBy "July 2022" names passage "a9", which does not exist in "alpha"',
			'content/events/bodied.md: an event has no body: its description says what happened',
			'content/events/twin.md: has the title "Title of bodied" of content/events/bodied.md: two files describe one event',
			'content/events/written-alpha.md: an event\'s file name must not start with "written-": the timeline gives analyses those ids',
		]);
	});
});
