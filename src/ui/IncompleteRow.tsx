// A number typed without all its digits: shown as typed, with what is missing and the completion
// the account's other numbers suggest. Never moved: only the manager can correct it on the card.
import { Badge, BadgeNeutralTheme } from '@kommo-crm/crm-react-ui-kit/Badge';
import { useHost } from './host/HostContext';
import type { IncompletePhone, SuggestedCompletion } from '../domain/phones/incompletePhones';
import css from './panel.module.css';

export function IncompleteRow({
  id,
  hidden,
  phone,
  completion,
}: {
  id: string;
  hidden: boolean;
  phone: IncompletePhone;
  completion: SuggestedCompletion | undefined;
}) {
  const host = useHost();
  return (
    <li id={id} hidden={hidden} className={css['partner_card_cleaner-row']} aria-label={phone.text}>
      <div className={css['partner_card_cleaner-rowHead']}>
        <span className={css['partner_card_cleaner-number']}>{phone.text}</span>
        <span className={css['partner_card_cleaner-owner']}>
          <Badge theme={BadgeNeutralTheme}>{host.t('panel.incomplete.badge')}</Badge>
        </span>
      </div>
      {phone.note && <span className={css['partner_card_cleaner-muted']}>{phone.note}</span>}
      <span className={css['partner_card_cleaner-why']}>{host.t(`panel.incomplete.${phone.missing}`)}</span>
      {completion ? (
        <span className={css['partner_card_cleaner-clientLine']}>
          {host.t('panel.incomplete.suggest', { number: completion.display, code: completion.areaCode })}
        </span>
      ) : (
        phone.missing === 'area-code' && <span className={css['partner_card_cleaner-muted']}>{host.t('panel.incomplete.no_suggest')}</span>
      )}
      <span className={css['partner_card_cleaner-muted']}>{host.t('panel.incomplete.never_moved')}</span>
    </li>
  );
}
