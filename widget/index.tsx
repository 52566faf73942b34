// amoCRM's entry: built as an anonymous AMD module `define(['jquery'], factory)`; the factory's
// value is this constructor, which the platform runs with its widget object as `this`.
import $ from 'jquery';
import type { AmoApp, AmoWidget, PageJQuery } from './amocrm';
import { createCallbacks } from './lifecycle';

function currentApp(): AmoApp {
  const page = window as Window & { APP?: AmoApp; AMOCRM?: AmoApp };
  const app = page.APP ?? page.AMOCRM;
  if (!app) throw new Error('Partner Card Cleaner: amoCRM APP object is missing');
  return app;
}

export default function PartnerCardCleaner(this: AmoWidget): AmoWidget {
  this.callbacks = createCallbacks({ self: this, app: currentApp, $: $ as unknown as PageJQuery, doc: document });
  return this;
}
