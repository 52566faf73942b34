// One of the client's numbers: who else holds it. A foreman's card that still holds it gets a
// link and a one-click move off that card (the same safe move as on the foreman's panel); a
// number that is the foreman's own, typed here by mistake, is said to be so.
import { useState } from 'react';
import { useHost } from '../host/HostContext';
import type { Contact } from '../../api/schemas';
import type { CardPhone, DetectedFields } from '../../domain/types';
import { usePhoneLookup } from '../../api/hooks/usePhoneLookup';
import { phoneText } from '../phoneText';
import { ErrorNotice, Loading } from '../StatusMessage';
import { ForemanHolder } from './ForemanHolder';
import css from './client.module.css';

export function ClientNumber({
  client,
  phone,
  fields,
  isPartnerContact,
}: {
  client: Contact;
  phone: CardPhone;
  fields: DetectedFields;
  isPartnerContact: (c: Contact) => boolean;
}) {
  const host = useHost();
  const lookup = usePhoneLookup(phone.phone.e164);
  const others = (lookup.data?.contacts ?? []).filter((c) => c.id !== client.id);
  const foremen = others.filter(isPartnerContact);
  const rest = others.filter((c) => !isPartnerContact(c));
  const number = phoneText(phone);
  // A foreman stays listed after the number left his card, so the move's outcome (and undo) stay on screen.
  const [seen, setSeen] = useState<Contact[]>([]);
  const fresh = foremen.filter((f) => !seen.some((s) => s.id === f.id));
  if (fresh.length > 0) setSeen([...seen, ...fresh]); // React's «adjust state while rendering»: settles in one pass
  const listed = [...foremen, ...seen.filter((s) => !foremen.some((f) => f.id === s.id))];
  return (
    <li className={css['partner_card_cleaner-item']} aria-label={number}>
      <span className={css['partner_card_cleaner-number']}>{number}</span>
      {lookup.isPending && <Loading text={host.t('client_card.checking', { number })} />}
      {lookup.error && <ErrorNotice error={lookup.error} onRetry={() => void lookup.refetch()} />}
      {lookup.data && others.length === 0 && <span>{host.t('client_card.only_here')}</span>}
      {listed.map((f) => (
        <ForemanHolder key={f.id} client={client} foreman={f} e164={phone.phone.e164} fields={fields} stillHolds={foremen.includes(f)} />
      ))}
      {rest.map((c) => (
        <span key={c.id}>
          {host.t('client_card.also_contact')}{' '}
          <a href={host.cardUrl('contacts', c.id)} target="_top">
            {c.name || host.t('panel.evidence.unnamed', { id: c.id })}
          </a>
        </span>
      ))}
    </li>
  );
}
