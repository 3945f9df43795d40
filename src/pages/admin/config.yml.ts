/**
 * /admin/config.yml: the CMS configuration, generated from the schemas at
 * build time (src/lib/cms-config.ts). The Git host comes from the environment
 * (CMS_REPO "ejer/navn", CMS_BACKEND, CMS_BRANCH); no secret is needed here.
 */
import { dump } from 'js-yaml';
import { cmsConfig } from '../../lib/cms-config';

export function GET() {
  const config = cmsConfig({
    repo: process.env.CMS_REPO ?? 'ejer/partnerskabsguiden',
    backend: process.env.CMS_BACKEND ?? 'github',
    branch: process.env.CMS_BRANCH ?? 'main',
    siteUrl: import.meta.env.SITE,
  });
  return new Response(dump(config, { lineWidth: 120, noRefs: true }), {
    headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
  });
}
