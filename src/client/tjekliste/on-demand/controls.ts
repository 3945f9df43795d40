/**
 * The bar's controls that only JavaScript can use, put in the page when first needed, so a step page carries
 * none of their markup or style. Its words are the strings module's; user text is written later as value or
 * textContent.
 */
import { required } from '../../shared/markup';
import { LIMITS } from '../store/model';
import { CONTROLS, PANEL, SHARE, SHARE_HINT } from './strings';
import href from './controls.css?url';

const PANEL_BODY = `
<div class="tjekliste-bar__row">
<label for="tjekliste-valg">${CONTROLS.switchTo}</label>
<select id="tjekliste-valg" data-select></select>
</div>
<div class="tjekliste-bar__actions">
<button type="button" class="button button-secondary" data-action="new">${CONTROLS.create}</button>
<button type="button" class="button button-secondary" data-action="rename">${CONTROLS.rename}</button>
<button type="button" class="button button-secondary" data-action="delete">${CONTROLS.remove}</button>
</div>
<form class="tjekliste-bar__form" data-name-form hidden>
<label for="tjekliste-navn" data-name-label>${PANEL.newName}</label>
<input id="tjekliste-navn" name="navn" type="text" maxlength="${LIMITS.nameLength}" required autocomplete="off" />
<button type="submit" class="button button-primary">${CONTROLS.save}</button>
<button type="button" class="button button-secondary" data-action="cancel-name">${CONTROLS.cancel}</button>
</form>
<div class="tjekliste-bar__form" data-confirm role="group" aria-labelledby="tjekliste-slet-spm" hidden>
<p id="tjekliste-slet-spm" data-confirm-text></p>
<button type="button" class="button button-primary" data-action="confirm-delete">${CONTROLS.confirmRemove}</button>
<button type="button" class="button button-secondary" data-action="cancel-delete">${CONTROLS.cancel}</button>
</div>
<h3 class="tjekliste-bar__subtitle">${CONTROLS.backup}</h3>
<div class="tjekliste-bar__actions">
<button type="button" class="button button-secondary" data-action="backup">${CONTROLS.saveBackup}</button>
</div>
<div class="tjekliste-bar__row">
<label for="tjekliste-import">${CONTROLS.openBackup}</label>
<input id="tjekliste-import" type="file" accept="application/json,.json" data-import />
</div>
<p class="tjekliste-bar__other">${CONTROLS.otherFormats} <button type="button" class="tjekliste-bar__link"
data-action="markdown">${CONTROLS.agendaFile}</button>
</p>
`;

const SHARE_OUT = `
<div class="tjekliste-bar__form" data-share-out hidden>
<label for="tjekliste-link">${CONTROLS.link}</label>
<input id="tjekliste-link" type="text" readonly data-share-link />
<button type="button" class="button button-secondary" data-action="share-copy">${CONTROLS.copyLink}</button>
<p class="tjekliste-bar__hint">${SHARE_HINT}</p>
</div>
`;

const MANUAL = `
<div class="tjekliste-bar__form" data-manual hidden>
<label for="tjekliste-tekst">${CONTROLS.copyByHand}</label>
<textarea id="tjekliste-tekst" rows="8" readonly></textarea>
</div>
`;

const DIALOG = `
<dialog class="tjekliste-bar__dialog" aria-labelledby="tjekliste-delt-titel" data-share-dialog data-pagefind-ignore>
<h2 id="tjekliste-delt-titel" data-share-title>${CONTROLS.shared}</h2>
<p data-share-summary></p>
<p class="tjekliste-bar__hint" data-share-readonly hidden></p>
<ul class="tjekliste-bar__warnings" data-share-warnings hidden></ul>
<div class="tjekliste-bar__preview" data-share-items hidden></div>
<div class="tjekliste-bar__actions">
<button type="button" class="button button-primary" data-action="share-accept">${CONTROLS.saveShared}</button>
<button type="button" class="button button-secondary" data-action="share-merge" hidden>${CONTROLS.mergeShared}</button>
<button type="button" class="button button-secondary" data-action="share-reject">${SHARE.close}</button>
</div>
</dialog>
`;

let linked: Promise<void> | undefined;

/**
 * Links controls.css once; resolves when it applies, or failed to load (the controls then work unstyled).
 * Linked by hand: a CSS import would put the sheet on every page with the island (Astro follows import()).
 */
export function styled(): Promise<void> {
  linked ??= new Promise<void>((done) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => done());
    link.addEventListener('error', () => done());
    document.head.append(link);
  });
  return linked;
}

/** Inserts `html` at `place` in `host` once, styled; the element is found by `selector` afterwards. */
async function once(host: HTMLElement, selector: string, place: InsertPosition, html: string): Promise<void> {
  await styled();
  if (!host.querySelector(selector)) host.insertAdjacentHTML(place, html);
}

/** The controls behind "Flere valg". */
export function ensurePanel(bar: HTMLElement): Promise<void> {
  return once(required(bar, '[data-panel-body]', HTMLElement, 'Flere valg'), '[data-select]', 'beforeend', PANEL_BODY);
}

/** The share link's field, and the field to copy text from by hand. */
export function ensureShareOut(bar: HTMLElement): Promise<void> {
  return once(required(bar, '[data-share-slot]', HTMLElement, 'Del'), '[data-share-out]', 'afterbegin', SHARE_OUT);
}

export function ensureManual(bar: HTMLElement): Promise<void> {
  return once(required(bar, '[data-share-slot]', HTMLElement, 'Kopiér'), '[data-manual]', 'beforeend', MANUAL);
}

/** The preview of a shared tjekliste. */
export function ensureDialog(bar: HTMLElement): Promise<void> {
  return once(bar, 'dialog[data-share-dialog]', 'beforeend', DIALOG);
}
