import { describe, expect, it } from 'vitest';
import { plainDynamicImports } from '../../../src/integrations/plain-dynamic-imports.ts';

const chunk = (fileName: string, code: string, moduleIds: string[], exports: string[] = []) => ({ type: 'chunk', fileName, code, moduleIds, exports });

describe('plainDynamicImports', () => {
	it('makes the preload helper a plain call of the import, keeping its export name', async () => {
		const helper = chunk('_astro/preload-helper.js', 'var e=function(){/* preloads */};export{e as t};', ['\0vite/preload-helper.js'], ['t']);
		const page = chunk('_astro/page.js', 'import{t as e}from"./preload-helper.js";e(()=>import("../later.js"),[]);', ['/src/page.ts']);
		expect(plainDynamicImports({ [helper.fileName]: helper, [page.fileName]: page, 'x.css': { type: 'asset' } })).toEqual([]);
		expect(helper.code).toBe('const load = (importer) => importer();\nexport { load as t };\n');
		expect(page.code).toContain('e(()=>import("../later.js"),[])');
		const { t } = (await import(`data:text/javascript,${encodeURIComponent(helper.code)}`)) as { t: (f: () => number) => number };
		expect(t(() => 42)).toBe(42);
	});

	it('leaves the bundle as it is, naming the files, when an import has dependencies to preload', () => {
		const helper = chunk('_astro/preload-helper.js', 'original', ['\0vite/preload-helper.js'], ['t']);
		const page = chunk('_astro/page.js', 'e(()=>import("../later.js"),__vite__mapDeps([0]))', ['/src/page.ts']);
		expect(plainDynamicImports({ a: helper, b: page })).toEqual(['_astro/page.js']);
		expect(helper.code).toBe('original');
	});
});

