// Types for scripts/dist-files.mjs (used by the tests).
export function distFiles(dist?: string): string[];
export function distPagePaths(dist?: string): string[];
export function distHtmlFiles(dist?: string): string[];
