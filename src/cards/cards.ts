/**
 * The data layer's link cards: which card each page shows, at which address. Pages put it in their
 * Open Graph tags (citation/page-meta.ts); pages/cards/[file].ts draws them all.
 */
import { EDITION_NAME, SITE_NAME, SITE_TAGLINE } from '../config/site.ts';
import { routes } from '../config/routes.ts';
import type { Article } from '../articles/articles.ts';
import { articleCard, cardAlt, cardFileName, type CardContent, editionCard } from './card-content.ts';
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

/** The card of every page but an analysis's. */
export const theEditionCard = (): Card => card(EDITION_CARD_NAME, editionCard(EDITION_NAME, SITE_NAME, SITE_TAGLINE));

export const cardOfArticle = ({ slug, entry: { data } }: Article): Card => card(slug, articleCard(data, EDITION_NAME));

/** Every card the site shows, once. */
export const allCards = (articles: Article[]): CardJob[] => [theEditionCard(), ...articles.map(cardOfArticle)].map(({ file, content }) => ({ file, content }));
