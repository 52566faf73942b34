// A group's heading in the card's list: a real button that folds the group (keyboard, screen
// reader), its state said in words («показать» / «скрыть») as well as by aria-expanded.
import { useHost } from './host/HostContext';
import css from './panel.module.css';

export function GroupHeading({
  title,
  open,
  controls,
  onToggle,
}: {
  title: string;
  open: boolean;
  controls: string;
  onToggle: () => void;
}) {
  const host = useHost();
  return (
    <li className={css['partner_card_cleaner-groupItem']}>
      <h4 className={css['partner_card_cleaner-groupHeading']}>
        <button
          type="button"
          className={css['partner_card_cleaner-groupToggle']}
          aria-expanded={open}
          aria-controls={controls}
          onClick={onToggle}
        >
          <span>{title}</span>
          <span className={css['partner_card_cleaner-groupState']}>{host.t(open ? 'panel.groups.hide' : 'panel.groups.show')}</span>
        </button>
      </h4>
    </li>
  );
}
