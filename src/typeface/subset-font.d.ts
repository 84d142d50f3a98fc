/** The part of subset-font's API the build uses (the package ships no types). */
declare module 'subset-font' {
	interface SubsetOptions {
		targetFormat?: 'sfnt' | 'woff' | 'woff2';
		keepFeatures?: string[];
		preserveNameIds?: number[];
	}
	export default function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Uint8Array>;
}
