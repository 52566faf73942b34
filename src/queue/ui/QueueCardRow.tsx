// One partner card in the queue: what the engine found on it, a link that opens the card (where
// the panel does the detailed work), and a tick for the bulk move when every verdict is sure.
import { Checkbox, CheckboxDarkTheme, CheckboxLightTheme } from '@kommo-crm/crm-react-ui-kit/Checkbox';
import { Link, LinkPrimaryTheme } from '@kommo-crm/crm-react-ui-kit/Link';
import { Text, TextPrimaryTheme, TextSecondaryDarkTheme } from '@kommo-crm/crm-react-ui-kit/Text';
import type { Host } from '../../host';
import { useHost } from '../../ui/host/HostContext';
import { QUESTIONNAIRE } from '../../domain/questionnaire/questionnaireFields';
import { clientNumbers, isBulkReady, needsWork, unknownNumbers, type CardFinding } from '../scan/cardFinding';
import css from './queue.module.css';

interface Props {
  card: CardFinding;
  selected: boolean;
  onSelect(contactId: number, selected: boolean): void;
}

export function QueueCardRow({ card, selected, onSelect }: Props) {
  const host = useHost();
  const { t } = host;
  const clients = clientNumbers(card);
  const unknown = unknownNumbers(card);
  const ready = isBulkReady(card);
  return (
    <li className={css['partner_card_cleaner-card']}>
      <div>
        {ready && (
          <Checkbox
            theme={host.theme === 'dark' ? CheckboxDarkTheme : CheckboxLightTheme}
            isChecked={selected}
            onChange={(e) => onSelect(card.contactId, e.currentTarget.checked)}
            aria-label={t('queue.list.select', { name: card.name })}
          />
        )}
      </div>
      <div className={css['partner_card_cleaner-cardBody']}>
        <Link theme={LinkPrimaryTheme} href={host.cardUrl('contacts', card.contactId)}>
          {card.name || t('queue.list.unnamed', { id: card.contactId })}
        </Link>
        {!needsWork(card) && (
          <Text size="m" theme={TextSecondaryDarkTheme}>
            {t('queue.list.clean')}
          </Text>
        )}
        {clients.length > 0 && (
          <Text as="p" size="m" theme={TextPrimaryTheme}>
            {t('queue.list.clients', { count: clients.length })}:{' '}
            {clients.map((n) => `${n.display} → ${n.targetName ?? t('queue.list.no_name')}`).join('; ')}
          </Text>
        )}
        {unknown.length > 0 && (
          <Text as="p" size="m" theme={TextPrimaryTheme}>
            {t('queue.list.unknown', { count: unknown.length })}: {unknown.map((n) => n.display).join(', ')}
          </Text>
        )}
        {card.missingFields.length > 0 && (
          <Text as="p" size="m" theme={TextSecondaryDarkTheme}>
            {t('queue.list.fields', { list: card.missingFields.map((f) => questionnaireFieldText(t, f)).join(', ') })}
          </Text>
        )}
        {clients.length > 0 && !ready && (
          <Text as="p" size="s" theme={TextSecondaryDarkTheme}>
            {t('queue.list.not_ready')}
          </Text>
        )}
      </div>
    </li>
  );
}

/** A stored field name in words; one this version does not know is shown as stored. */
function questionnaireFieldText(t: Host['t'], field: string): string {
  const known = QUESTIONNAIRE.find((spec) => spec.item === field);
  return known ? t(`queue.field.${known.item}`) : field;
}
