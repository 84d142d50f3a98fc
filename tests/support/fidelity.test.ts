import { describe, expect, it } from 'vitest';
import { expectedBodyLines, firstDifference, unaccountedHeaderLines } from './fidelity.ts';

const SOURCE = ['Axis of Pragmatism', '- Correspondent', '- Feb 25', '- 3 min read', 'Why it matters?', '', 'The “true friendship” held.', 'It was telling.', 'Comments'].join('\n');
const accounting = { headerLines: ['Axis of Pragmatism', 'Correspondent', 'Feb 25', 'Why it matters?'], chrome: ['- 3 min read', 'Comments'] };

describe('expectedBodyLines', () => {
	it('drops header fields and chrome, keeps the body in order', () => {
		expect(expectedBodyLines(SOURCE, accounting)).toEqual(['The “true friendship” held.', 'It was telling.']);
	});

	it('keeps a body line that merely repeats a header field a second time', () => {
		expect(expectedBodyLines(`${SOURCE}\nCorrespondent`, accounting)).toEqual(['The “true friendship” held.', 'It was telling.', 'Correspondent']);
	});
});

describe('unaccountedHeaderLines', () => {
	it('finds a header field that the source does not contain', () => {
		expect(unaccountedHeaderLines(SOURCE, ['Correspondent', 'Jane Doe', null])).toEqual(['Jane Doe']);
	});
});

describe('firstDifference', () => {
	const body = ['The “true friendship” held.', 'It was telling.'];

	it('accepts the same words with other whitespace and quote styles', () => {
		expect(firstDifference(body, ['The "true  friendship" held.', 'It was\ntelling.'])).toBeNull();
	});

	it('reports an altered word', () => {
		expect(firstDifference(body, ['The “true friendship” held.', 'It was revealing.'])).toMatch(/block 2: expected .*telling.* but found .*revealing/);
	});

	it('reports an added word and a dropped word', () => {
		expect(firstDifference(body, ['The “true friendship” held firm.', 'It was telling.'])).toMatch(/block 1/);
		expect(firstDifference(body, ['The “true friendship” held.', 'It telling.'])).toMatch(/block 2/);
	});

	it('reports a dropped or an added passage', () => {
		expect(firstDifference(body, [body[0]!])).toMatch(/block 2/);
		expect(firstDifference(body, [...body, 'Extra.'])).toMatch(/block 3/);
	});
});
