import { describe, expect, test } from 'vitest';
import { gluedText, templateText } from './template-text.ts';

describe('templateText', () => {
	test('runs inline elements together and sets blocks and controls apart', () => {
		expect(templateText('<p>10 people <a href="/">and</a><span>21</span> states</p><p>Next</p><button>Copy</button>')).toEqual(['10 people and21 states', 'Next', 'Copy']);
	});
	test('leaves out the authors’ words: article bodies, quotations, hidden elements', () => {
		expect(templateText('<div class="article-body"><p>the 1960s</p></div><p>Ours <q>the 1960s</q> end</p><p hidden>x1</p>')).toEqual(['Ours', 'end']);
	});
});

describe('gluedText', () => {
	test('finds a word run into a number, and a sentence run into the next', () => {
		expect(gluedText(['10 people and21 states', 'the organisations.The register', 'fine 21 states', 'on 21st August', 'the 1960s'])).toEqual(['10 people and21 states', 'the organisations.The register']);
	});
	test('leaves initials and abbreviations alone', () => {
		expect(gluedText(['the U.S. and E.U. said', 'e.g. this'])).toEqual([]);
	});
});
