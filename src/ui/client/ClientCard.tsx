// A client's own card: the client's numbers (and which foremen's cards still hold each), the
// client's deals, and where numbers came from when the widget moved them here. No questionnaire:
// that is a foreman's.
import { useMemo } from 'react';
import { useHost } from '../host/HostContext';
import type { Contact, CustomFieldDefinition } from '../../api/schemas';
import type { CardKind } from '../../domain/cardKind/cardKind';
import { detectFields } from '../../domain/fields/detectFields';
import { isPartner, resolvePartnerMarker } from '../../domain/cardKind/partnerMarker';
import { readCardPhones } from '../../domain/phones/cardPhones';
import { useDeals } from '../../api/hooks/useCardKindData';
import { dealLine } from '../phoneEvidence';
import { DealLink } from '../DealLink';
import { ErrorNotice, Loading } from '../StatusMessage';
import { ClientNumber } from './ClientNumber';
import { MovedHereList } from './MovedHereList';
import css from './client.module.css';

export function ClientCard({
  contact,
  contactFields,
  leadFields,
  kind,
}: {
  contact: Contact;
  contactFields: CustomFieldDefinition[];
  leadFields: CustomFieldDefinition[];
  kind: Extract<CardKind, { kind: 'client' }>;
}) {
  const host = useHost();
  const fields = useMemo(() => detectFields(contactFields, leadFields, host.settings), [contactFields, leadFields, host.settings]);
  const phones = useMemo(() => readCardPhones(contact, fields).phones, [contact, fields]);
  const dealIds = useMemo(() => (contact._embedded.leads ?? []).map((l) => l.id), [contact]);
  const deals = useDeals(dealIds);
  const isPartnerContact = useMemo(() => {
    const marker = resolvePartnerMarker(host.settings.partner_marker, contactFields);
    return (c: Contact) => isPartner(c, marker);
  }, [host.settings.partner_marker, contactFields]);
  return (
    <>
      <section className={css['partner_card_cleaner-kind']} aria-label={host.t('client_card.title')}>
        <p className={css['partner_card_cleaner-kindLine']}>{host.t(`client_card.by.${kind.by}`)}</p>
      </section>
      <section className={css['partner_card_cleaner-block']} aria-label={host.t('client_card.numbers')}>
        <h3 className={css['partner_card_cleaner-title']}>{host.t('client_card.numbers')}</h3>
        {phones.length === 0 ? (
          <span>{host.t('client_card.no_numbers')}</span>
        ) : (
          <ul className={css['partner_card_cleaner-items']}>
            {phones.map((p) => (
              <ClientNumber key={p.key} client={contact} phone={p} fields={fields} isPartnerContact={isPartnerContact} />
            ))}
          </ul>
        )}
      </section>
      <section className={css['partner_card_cleaner-block']} aria-label={host.t('client_card.deals')}>
        <h3 className={css['partner_card_cleaner-title']}>{host.t('client_card.deals')}</h3>
        {dealIds.length === 0 && <span>{host.t('client_card.no_deals')}</span>}
        {deals.isPending && dealIds.length > 0 && <Loading text={host.t('client_card.loading_deals')} />}
        {deals.error && <ErrorNotice error={deals.error} onRetry={() => void deals.refetch()} />}
        {deals.data && (
          <ul className={css['partner_card_cleaner-items']}>
            {deals.data.map((d) => (
              <li key={d.id}>
                <DealLink deal={d} fields={fields} /> · {host.t(`client_card.stage.${dealLine(d, fields).stage}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <MovedHereList client={contact} deals={deals.data} />
    </>
  );
}
