// One group of the card's numbers behind a heading that folds it: a real button (keyboard,
// screen reader), its state said in words («показать» / «скрыть») as well as by aria-expanded.
import { useId, useState } from 'react';
import type { Host } from '../host';
import css from './panel.module.css';

export function PhoneGroupBlock({ host, title, defaultOpen, children }: { host: Host; title: string; defaultOpen: boolean; children: React.ReactNode }) {
  const [open, setOpen] = useState(defaultOpen);
  const listId = useId();
  return (
    <div className={css['partner_card_cleaner-group']}>
      <h4 className={css['partner_card_cleaner-groupHeading']}>
        <button type="button" className={css['partner_card_cleaner-groupToggle']} aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
          <span>{title}</span>
          <span className={css['partner_card_cleaner-groupState']}>{host.t(open ? 'panel.groups.hide' : 'panel.groups.show')}</span>
        </button>
      </h4>
      <ul className={css['partner_card_cleaner-list']} id={listId} aria-label={title} hidden={!open}>
        {open && children}
      </ul>
    </div>
  );
}
