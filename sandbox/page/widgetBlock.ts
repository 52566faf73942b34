// A widget's block in the right column (`render_template`'s output), and how a widget's error is
// shown in its own block: in words, so the card and the other widgets go on.
import { chromeText, type PageLang } from './chromeText';

export const blockSelector = (code: string) => `.card-widgets__widget-${CSS.escape(code)}`;

/** `div.card-widgets__widget.card-widgets__widget-<code>[data-code]` with caption (logo_min, name) and body. */
export function createBlock(code: string, widgetPath: string, name: string, captionClass = ''): { block: HTMLElement; body: HTMLElement } {
  const block = document.createElement('div');
  block.className = `card-widgets__widget card-widgets__widget-${code}`;
  block.dataset.code = code;
  const caption = document.createElement('div');
  caption.className = `card-widgets__widget__caption js-widget-caption-block ${captionClass}`.trim();
  const logo = document.createElement('img');
  logo.className = 'card-widgets__widget__caption__logo';
  logo.src = `${widgetPath}/images/logo_min.png`;
  logo.alt = '';
  const title = document.createElement('span');
  title.className = 'card-widgets__widget__caption__name';
  title.textContent = name;
  caption.append(logo, title);
  const body = document.createElement('div');
  body.className = 'card-widgets__widget__body';
  block.append(caption, body);
  return { block, body };
}

/** Blocks keep the installed order (flag order), whichever widget finishes rendering first. */
export function placeInColumn(column: HTMLElement, block: HTMLElement, order: number): void {
  block.dataset.sbxOrder = String(order);
  const after = [...column.children].find((el) => Number((el as HTMLElement).dataset.sbxOrder ?? Infinity) > order);
  column.insertBefore(block, after ?? null);
}

export interface WidgetFailure {
  code: string;
  name: string;
  step: string;
  error: unknown;
}

export const errorText = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** The sentence a manager reads; the technical message follows on its own line. */
export function failureNote(lang: PageLang, f: WidgetFailure): HTMLElement {
  const note = document.createElement('div');
  note.className = 'sbx-widget-error';
  note.setAttribute('role', 'alert');
  const head = document.createElement('strong');
  head.textContent = chromeText(lang, 'widgetFailed').replace('{name}', f.name).replace('{step}', f.step);
  const detail = document.createElement('code');
  detail.className = 'sbx-widget-error__detail';
  detail.textContent = errorText(f.error);
  const rest = document.createElement('span');
  rest.textContent = chromeText(lang, 'widgetFailedRest');
  note.append(head, detail, rest);
  return note;
}

/** Into the widget's existing block, or a new block of its own at the end of the column. */
export function showFailureInColumn(column: HTMLElement, widgetPath: string, order: number, lang: PageLang, f: WidgetFailure): HTMLElement {
  let body = column.querySelector<HTMLElement>(`${blockSelector(f.code)} .card-widgets__widget__body`);
  if (!body) {
    const made = createBlock(f.code, widgetPath, f.name);
    placeInColumn(column, made.block, order);
    body = made.body;
  }
  body.querySelector(':scope > .sbx-widget-error')?.remove();
  const note = failureNote(lang, f);
  body.prepend(note);
  return note;
}
