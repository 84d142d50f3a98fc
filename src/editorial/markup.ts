/**
 * The markup the editorial layer writes into an article's rendered HTML, built one way: hastscript,
 * serialised by hast-util-to-html, as the pipeline serialises the authors' words. What is HTML
 * already (a run of the authors' text, a note's rendered Markdown) goes in as a raw node.
 */
import type { ElementContent, Nodes } from 'hast';
import { toHtml } from 'hast-util-to-html';

/** HTML already rendered and checked, kept as it is. */
export const raw = (html: string) => ({ type: 'raw', value: html }) as unknown as ElementContent;

export const toMarkup = (node: Nodes) => toHtml(node, { allowDangerousHtml: true });
