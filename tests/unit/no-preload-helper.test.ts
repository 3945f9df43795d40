import { describe, expect, it } from 'vitest';
import { unwrapDynamicImports } from '../../src/lib/no-preload-helper';

// Vite's form before its own renderChunk, as the build hands it to the plugin.
const IMPORT = 'import { a as __vitePreload, t as targetsIn } from "./progress.js";\n';

describe('unwrapDynamicImports', () => {
  it('writes a wrapped import() as the plain call and drops the helper from the chunk import', () => {
    const code = `${IMPORT}const p = __vitePreload(() => import("./panel.js"), __VITE_PRELOAD__);\ntargetsIn(document);`;
    const out = unwrapDynamicImports(code);
    expect(out).toContain('const p = (() => import("./panel.js"))();');
    expect(out).toContain('import { t as targetsIn } from "./progress.js";');
    expect(out).not.toContain('__vitePreload');
    expect(out).not.toContain('__VITE_PRELOAD__');
  });

  it('removes the import statement when the helper was all it brought', () => {
    const code =
      'import { a as __vitePreload } from "./progress.js";\nx = __vitePreload(() => import(`./g.js`), __VITE_PRELOAD__);';
    expect(unwrapDynamicImports(code)).toBe('\nx = (() => import(`./g.js`))();');
  });

  it('keeps factories with their own code and template-literal specifiers intact', () => {
    const code = `${IMPORT}const m = await __vitePreload(async () => {\n\tconst { run } = await import("./x.js");\n\treturn { run };\n}, __VITE_PRELOAD__);\nconst pf = await __vitePreload(() => import(\`\${base()}pagefind.js\`), __VITE_PRELOAD__);`;
    const out = unwrapDynamicImports(code);
    expect(out).toContain(
      'const m = await (async () => {\n\tconst { run } = await import("./x.js");\n\treturn { run };\n})();',
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the expected output is source code with a template literal
    expect(out).toContain('const pf = await (() => import(`${base()}pagefind.js`))();');
  });

  it('pairs nested wrappers like brackets (an import inside a factory)', () => {
    const code = `${IMPORT}__vitePreload(() => import("./a.js").then(() => __vitePreload(() => import("./b.js"), __VITE_PRELOAD__)), __VITE_PRELOAD__);`;
    expect(unwrapDynamicImports(code)).toContain('(() => import("./a.js").then(() => (() => import("./b.js"))()))();');
  });

  it('leaves code it does not recognise alone, so the build check can report it', () => {
    const unbalanced = `${IMPORT}__vitePreload(() => import("./a.js"));`;
    expect(unwrapDynamicImports(unbalanced)).toBe(unbalanced);
    const plain = 'import { t as targetsIn } from "./progress.js";\ntargetsIn(document);';
    expect(unwrapDynamicImports(plain)).toBe(plain);
  });
});
