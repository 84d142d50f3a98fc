/**
 * The data layer's link cards: which card each page shows, at which address. Pages put it in their
 * Open Graph tags (citation/page-meta.ts); pages/cards/[file].ts draws them all.
 */
import { EDITION_NAME, SITE_NAME, SITE_TAGLINE } from '../config/site.ts';
import { routes } from '../config/routes.ts';
import { articleCard, cardAlt, cardFileName, type CardArticle, type CardContent, editionCard } from './card-content.ts';
import type { CardJob } from './render-cards.ts';

export interface Card {
	file: string;
	/** The card's path on the site. */
	path: string;
	alt: string;
	content: CardContent;
}

const EDITION_CARD_NAME = 'edition';

function card(name: string, content: CardContent): Card {
	const file = cardFileName(name, content);
	return { file, path: routes.card(file), alt: cardAlt(content), content };
}

/** An analysis as its card needs it: the data layer's Article, or the scale bench's synthetic one. */
interface CardedArticle {
	slug: string;
	entry: { data: CardArticle };
}

/** The card of every page but an analysis's: one for the whole site, made once. */
export const EDITION_CARD: Card = card(EDITION_CARD_NAME, editionCard(EDITION_NAME, SITE_NAME, SITE_TAGLINE));

export const cardOfArticle = ({ slug, entry: { data } }: CardedArticle): Card => card(slug, articleCard(data, EDITION_NAME));

/** Every card the site shows, once. */
export const allCards = (articles: readonly CardedArticle[]): CardJob[] => [EDITION_CARD, ...articles.map(cardOfArticle)].map(({ file, content }) => ({ file, content }));
