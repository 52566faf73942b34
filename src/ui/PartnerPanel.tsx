// The panel in the contact card's sidebar. The card's own data (questionnaire, phones) shows as
// soon as it arrives; owners appear when the deals and calls are read. Errors stay inside.
import { useMemo } from 'react';
import { useHost } from './host/HostContext';
import type { Contact, CustomFieldDefinition } from '../api/schemas';
import type { LoadedPartnerEvidence } from '../api/client/evidence';
import { usePartnerCard } from '../api/hooks/usePartnerCard';
import { usePartnerEvidence } from '../api/hooks/usePartnerEvidence';
import { detectFields } from '../domain/fields/detectFields';
import { readCardPhones } from '../domain/phones/cardPhones';
import { useCheckedOwnership } from './useCheckedOwnership';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import { ErrorNotice, InfoNotice, Loading } from './StatusMessage';
import { QuestionnaireSection } from './questionnaire/QuestionnaireSection';
import { PhonesSection } from './PhonesSection';
import { ReverseLookup } from './ReverseLookup';
import { useCardKind } from './client/useCardKind';
import { evidenceSettings } from './client/evidenceSettings';
// A client's or another contact's card shows its own compact view, a file of its own (lazyParts).
import { ClientCard, OtherCard } from './lazyParts';
import css from './panel.module.css';

export function PartnerPanel() {
  const host = useHost();
  const card = host.card;
  return (
    <section className={css['partner_card_cleaner-panel']} aria-label={host.t('panel.title')} lang={host.lang}>
      <PanelErrorBoundary>
        {card && card.entity === 'contacts' && card.id > 0 ? (
          <CardByKind contactId={card.id} />
        ) : (
          <InfoNotice>{host.t('panel.no_card')}</InfoNotice>
        )}
      </PanelErrorBoundary>
    </section>
  );
}

/** Partner → the foreman's panel; client → the client's view; anyone else or not sure → one line and the lookup. */
function CardByKind({ contactId }: { contactId: number }) {
  const host = useHost();
  const { card, kind } = useCardKind(contactId);
  if (card.error && !card.contact) return <ErrorNotice error={card.error} onRetry={() => void card.refetch()} />;
  if (card.contact === null) return <InfoNotice>{host.t('panel.not_found')}</InfoNotice>;
  if (!card.contact || !kind) return <Loading text={host.t('panel.loading')} />;
  const fields = card.contactFields ?? NO_FIELDS;
  if (kind.kind === 'partner') return <PartnerCard partnerId={contactId} />;
  if (kind.kind === 'client')
    return <ClientCard contact={card.contact} contactFields={fields} leadFields={card.leadFields ?? NO_FIELDS} kind={kind} />;
  return <OtherCard contact={card.contact} contactFields={fields} leadFields={card.leadFields ?? NO_FIELDS} kind={kind} />;
}

// One empty list for every render, so the memoised engine results below are not recomputed for nothing.
const NO_FIELDS: CustomFieldDefinition[] = [];

function PartnerCard({ partnerId }: { partnerId: number }) {
  const host = useHost();
  const card = usePartnerCard(partnerId);
  const evidence = usePartnerEvidence(partnerId, evidenceSettings(host));
  if (card.isPending) return <Loading text={host.t('panel.loading')} />;
  if (card.error && !card.contact) return <ErrorNotice error={card.error} onRetry={() => void card.refetch()} />;
  if (!card.contact) return <InfoNotice>{host.t('panel.not_found')}</InfoNotice>;

  return (
    <PartnerCardContent
      contact={card.contact}
      contactFields={card.contactFields ?? NO_FIELDS}
      leadFields={card.leadFields ?? NO_FIELDS}
      evidence={evidence.data ?? undefined}
      evidenceReadAt={evidence.dataUpdatedAt}
      evidenceError={evidence.error}
      onRetryEvidence={() => void evidence.refetch()}
    />
  );
}

interface ContentProps {
  contact: Contact;
  contactFields: CustomFieldDefinition[];
  leadFields: CustomFieldDefinition[];
  evidence: LoadedPartnerEvidence | undefined;
  evidenceReadAt: number;
  evidenceError: unknown;
  onRetryEvidence: () => void;
}

function PartnerCardContent({
  contact,
  contactFields,
  leadFields,
  evidence,
  evidenceReadAt,
  evidenceError,
  onRetryEvidence,
}: ContentProps) {
  const host = useHost();
  // The engine reads hundreds of calls on a heavy card: run it when its inputs change, not on every render.
  const fields = useMemo(() => detectFields(contactFields, leadFields, host.settings), [contactFields, leadFields, host.settings]);
  const { phones, duplicates } = useMemo(() => readCardPhones(contact, fields), [contact, fields]);
  // "Now" is when the evidence was read: recency is judged against the data, and render stays pure.
  const checked = useCheckedOwnership(contact.id, fields, evidence, evidenceReadAt);
  const ownership = checked.ownership;
  return (
    <>
      <QuestionnaireSection contact={contact} fields={fields} />
      <PhonesSection
        partner={contact}
        phones={phones}
        duplicates={duplicates}
        fields={fields}
        evidence={checked.evidence}
        verdicts={ownership?.verdicts}
        checking={checked.checking}
        evidenceError={evidenceError ?? checked.holdersError}
        onRetryEvidence={evidenceError ? onRetryEvidence : checked.retryHolders}
      />
      <ReverseLookup partnerId={contact.id} verdicts={ownership?.verdicts ?? []} fields={fields} />
    </>
  );
}
