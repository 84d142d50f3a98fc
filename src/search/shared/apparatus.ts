/**
 * What is ours, not the authors' words, inside what search indexes: left out of the index
 * (build/index-site.ts gives APPARATUS_CLASSES to Pagefind as `--exclude-selectors`), of search
 * marks (client/marks.ts) and of what a reader copies (reading/exact-copy.ts). Pagefind's own
 * `data-pagefind-ignore` marks the rest; what every passage repeats is known by its class instead,
 * which it carries anyway (an attribute on each would weigh ~1 KB an article page).
 * Browser code reads it as `import.meta.env.APPARATUS` (astro.config.ts), written into each
 * script: imported by two scripts, this module would be a file of its own on every article page.
 */
export const APPARATUS_CLASSES = ['.passage-link', '.passage-margin', '.note-ref'] as const;

/** All of it, as one CSS selector. */
export const APPARATUS = ['[data-pagefind-ignore]', ...APPARATUS_CLASSES].join(', ');
