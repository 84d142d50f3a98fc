/** The little of citation.js (npm `@citation-js/core`, no types of its own) that the tests use. */
declare module '@citation-js/core' {
	/** Reads any format a loaded plugin knows; `data` is the items as CSL-JSON. */
	export class Cite {
		constructor(input: string | object);
		data: Array<Record<string, any>>;
	}
}
