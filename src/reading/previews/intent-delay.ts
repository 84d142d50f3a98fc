/** How long a pointer or focus rests on a link before it counts as asking for its preview (its own module, so the page's script carries only this). */
export const INTENT_DELAY = 400;
