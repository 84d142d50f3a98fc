/**
 * Draws a link card (card-content.ts) as a 1200×630 PNG, with no browser: satori lays out the
 * card and writes SVG, resvg rasterises it, sharp writes it with a palette. The text face is the
 * site's, Source Serif 4, whole (the subset the pages use may lack a title's letters). Changing
 * the design? Raise DESIGN_VERSION in card-content.ts, so the cards get new names.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, type CardContent } from './card-content.ts';

/** The light scheme's paper, ink, muted ink and accent (styles/tokens.css). */
const COLOURS = { paper: '#fdfcf9', ink: '#1d1d1f', muted: '#55575d', accent: '#8a2c0d', rule: '#d9d6cf' };

let fonts: Font[] | undefined;
function textFonts(): Font[] {
	const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('source-serif/package.json')), 'TTF');
	const face = (file: string, weight: 400 | 600) => ({ name: 'Source Serif 4', data: readFileSync(path.join(dir, file)), weight, style: 'normal' as const });
	fonts ??= [face('SourceSerif4-Regular.ttf', 400), face('SourceSerif4-Semibold.ttf', 600)];
	return fonts;
}

type Node = { type: string; props: { style: Record<string, string | number>; children?: string | Node | Node[] } };
const div = (style: Node['props']['style'], children: Node['props']['children']): Node => ({ type: 'div', props: { style, children } });

/** A long title steps down a size, so that it stays within three lines. */
const titleSize = (title: string) => (title.length > 70 ? 56 : 66);

function card({ edition, title, details }: CardContent): Node {
	return div(
		{
			boxSizing: 'border-box',
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '72px 88px 72px 96px',
			background: COLOURS.paper,
			borderLeft: `16px solid ${COLOURS.accent}`,
			fontFamily: 'Source Serif 4',
			color: COLOURS.ink,
		},
		[
			div({ fontSize: 30, letterSpacing: 1, color: COLOURS.accent, paddingBottom: 20, borderBottom: `2px solid ${COLOURS.rule}` }, edition),
			div({ fontSize: titleSize(title), fontWeight: 600, lineHeight: 1.15, display: 'block', lineClamp: 3, marginTop: 'auto', marginBottom: 'auto' }, title),
			div({ display: 'flex', flexDirection: 'column', fontSize: 32, lineHeight: 1.35, color: COLOURS.muted }, details.map((line) => div({}, line))),
		],
	);
}

export async function renderCard(content: CardContent): Promise<Buffer> {
	const svg = await satori(card(content) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: textFonts() });
	const image = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render();
	// Five colours and their antialiased edges fit a palette: the card looks the same at about 40% of
	// an RGBA PNG's bytes (12 KB, not 28). The quickest quantiser setting, undithered, does as well
	// as the slowest here, and costs a cold build about 40 ms a card.
	return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
		.png({ palette: true, effort: 1, dither: 0, compressionLevel: 9 })
		.toBuffer();
}
