/**
 * An analysis as citations, metadata and feeds describe it. Apart from articles.ts, which loads the
 * collection, so that the scale bench can describe a corpus as the build does.
 */
import type { Article } from '../articles/articles.ts';
import { plainCitedText } from '../editorial/cited-text.ts';
import { EDITION_NAME, SITE_LANG } from '../config/site.ts';
import type { CitableArticle, Edition } from './citation.ts';

/** What of an article its description and citation read. */
type DescribedArticle = Pick<Article, 'slug' | 'url'> & { entry: Pick<Article['entry'], 'data'> };

/** A page's one-line description: the standfirst, else our summary without its citation links. */
export const articleDescription = ({ entry: { data } }: DescribedArticle) => data.standfirst ?? plainCitedText(data.summary);

/** The article as citations and metadata describe it, at the site's configured origin. */
export function citableArticle(article: DescribedArticle, site: URL): CitableArticle {
	const { data } = article.entry;
	return {
		id: article.slug,
		title: data.title,
		titleSuppliedByEditors: data.titleSuppliedByEditors,
		byline: data.byline,
		author: data.author ?? null,
		published: data.published,
		updated: data.updated,
		originalUrl: data.originalUrl,
		url: new URL(article.url, site).href,
		description: articleDescription(article),
		summary: plainCitedText(data.summary),
	};
}

export const edition = (site: URL): Edition => ({ name: EDITION_NAME, url: new URL('/', site).href, lang: SITE_LANG });
