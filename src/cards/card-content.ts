/**
 * What a link card shows (the image a chat or a social site unfurls a link into), and the file it
 * is saved as: named by a hash of what it shows, so a changed card gets a new address and an old
 * one can be cached for ever (public/_headers). Pure: the data layer's facts in, strings out.
 */
import { createHash } from 'node:crypto';
import { formatKnownDate, type KnownDate } from '../text/dates.ts';
import { citedTitle } from '../citation/citation.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/**
 * Changed whenever the card's design changes (render-card.ts), so that every card gets a new
 * name and no cache, here or a reader's, keeps the old picture.
 */
const DESIGN_VERSION = 2;

export interface CardContent {
	/** The edition's name, at the top. */
	edition: string;
	/** The title, in brackets where the editors supplied it. */
	title: string;
	/** Small lines under the title: the byline or its absence, the date, a supplied title said so. */
	details: string[];
}

/** An analysis's facts the card shows (from its collection entry). */
export interface CardArticle {
	title: string;
	titleSuppliedByEditors: boolean;
	byline: string | null;
	/** Inferred unless the received text prints it (`asPrinted`). */
	published: KnownDate & { asPrinted?: string | undefined };
}

export function articleCard(article: CardArticle, edition: string): CardContent {
	const date = `${formatKnownDate(article.published)}${article.published.asPrinted ? '' : ' (inferred)'}`;
	return {
		edition,
		title: citedTitle(article),
		details: [
			[article.byline ? `By ${article.byline}` : 'No byline in the received text', date].join(' · '),
			...(article.titleSuppliedByEditors ? ['Title supplied by the editors'] : []),
		],
	};
}

/** The card of every page that is not an analysis: the site's name and what it is. */
export const editionCard = (edition: string, siteName: string, tagline: string): CardContent => ({ edition, title: siteName, details: [tagline] });

/** The words the card shows, for its `og:image:alt`: a sentence each, stopped unless it already is. */
export const cardAlt = ({ edition, title, details }: CardContent) =>
	[edition, title, ...details].map((words) => (/[.?!]$/u.test(words) ? words : `${words}.`)).join(' ');

/** The card's file name: `name.hash.png`, the hash of what it shows and of its design. */
export function cardFileName(name: string, content: CardContent): string {
	const hash = createHash('sha256').update(JSON.stringify([DESIGN_VERSION, content])).digest('base64url').slice(0, 10);
	return `${name}.${hash}.png`;
}
