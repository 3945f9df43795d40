/**
 * /admin/cms/package.json: the CMS asks for its newest version here every
 * hour to offer an update. Ours is the one installed from npm, so the answer
 * is that version and the CMS never offers one.
 */
import { cmsVersion } from '../_vendor';

export function GET() {
  return Response.json({ name: '@sveltia/cms', version: cmsVersion() });
}
