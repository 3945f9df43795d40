/**
 * What a partnership agreement can contain: the parts an editor writes in src/content/aftaledele/ (one
 * YAML file per part, its name the part's anchor), put in the page's order. Each part carries the site's
 * own guiding question (marked as ours on the page and in the template) and the passages that show it.
 * A part a jurist expects that no source names as content of an agreement is marked `suggestion: true`
 * (the site's suggestion, said so on the page and in the template). ./agreement checks the passages.
 */
import type { AgreementElement } from './agreement';
import type { AgreementPartData } from './schemas';

export const AGREEMENT_PARTS_FOLDER = 'src/content/aftaledele';

/** The parts in their `order`; two parts with one place would leave the order to chance, so that stops the build. */
export function toAgreementElements(entries: readonly { id: string; data: AgreementPartData }[]): AgreementElement[] {
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  sorted.forEach((entry, i) => {
    const next = sorted[i + 1];
    if (next && next.data.order === entry.data.order)
      throw new Error(
        `${AGREEMENT_PARTS_FOLDER}/${entry.id}.yaml og ${next.id}.yaml har begge order: ${entry.data.order}. ` +
          'Giv hver del sin egen plads.',
      );
  });
  return sorted.map(({ id, data }) => ({
    id,
    title: data.title,
    question: data.question,
    ...(data.suggestion ? { suggestion: true } : {}),
    passages: data.passages,
  }));
}
