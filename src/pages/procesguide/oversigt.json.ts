// The guide's whole outline for the checklist's exports (fetched only when the user exports).
import { guideOutline } from '../../components/checklist/outline';

export async function GET(): Promise<Response> {
  return new Response(JSON.stringify(await guideOutline()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
