// Anyone who is neither a foreman nor a client (a supplier, the office), or a card the widget
// cannot place: one line of what it knows, the «is this a foreman?» question when not sure, and
// the reverse lookup. Nothing here asks for a foreman's questionnaire.
import { useMemo } from 'react';
import { useHost } from '../host/HostContext';
import type { Contact, CustomFieldDefinition } from '../../api/schemas';
import type { CardKind } from '../../domain/cardKind/cardKind';
import { detectFields } from '../../domain/fields/detectFields';
import { readCardPhones } from '../../domain/phones/cardPhones';
import { ReverseLookup } from '../ReverseLookup';
import { NotSurePrompt } from './NotSurePrompt';
import css from '../client/client.module.css';

const NO_VERDICTS: never[] = [];

export function OtherCard({
  contact,
  contactFields,
  leadFields,
  kind,
}: {
  contact: Contact;
  contactFields: CustomFieldDefinition[];
  leadFields: CustomFieldDefinition[];
  kind: Extract<CardKind, { kind: 'other' } | { kind: 'unsure' }>;
}) {
  const host = useHost();
  const fields = useMemo(() => detectFields(contactFields, leadFields, host.settings), [contactFields, leadFields, host.settings]);
  const phones = useMemo(() => readCardPhones(contact, fields).phones.length, [contact, fields]);
  const deals = (contact._embedded.leads ?? []).length;
  const counts = { phones, deals };
  return (
    <>
      <section className={css['partner_card_cleaner-kind']} aria-label={host.t('other_card.title')}>
        <p className={css['partner_card_cleaner-kindLine']}>
          {kind.kind === 'other' ? host.t('other_card.line', { role: kind.role, ...counts }) : host.t('other_card.unknown_line', counts)}
        </p>
        {kind.kind === 'unsure' && <NotSurePrompt contact={contact} contactFields={contactFields} />}
      </section>
      {/* id 0: no contact is «this foreman» on a card that is not one. */}
      <ReverseLookup partnerId={0} verdicts={NO_VERDICTS} fields={fields} />
    </>
  );
}
