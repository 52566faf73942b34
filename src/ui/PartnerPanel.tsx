// The panel in the contact card's sidebar. The card's own data (questionnaire, phones) shows as
// soon as it arrives; owners appear when the deals and calls are read. Errors stay inside.
import type { Host } from '../host';
import { usePartnerCard } from '../api/hooks/usePartnerCard';
import { usePartnerEvidence } from '../api/hooks/usePartnerEvidence';
import { detectFields } from '../domain/fields/detectFields';
import { readCardPhones } from '../domain/phones/cardPhones';
import { inferOwners } from '../domain/ownership/inferOwners';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import { ErrorNotice, InfoNotice, Loading } from './StatusMessage';
import { QuestionnaireSection } from './questionnaire/QuestionnaireSection';
import { PhonesSection } from './PhonesSection';
import { ReverseLookup } from './ReverseLookup';
import css from './panel.module.css';

export function PartnerPanel({ host }: { host: Host }) {
  const card = host.card;
  return (
    <section className={css['partner_card_cleaner-panel']} aria-label={host.t('panel.title')} lang={host.lang}>
      <PanelErrorBoundary host={host}>
        {card && card.entity === 'contacts' && card.id > 0 ? <PartnerCard host={host} partnerId={card.id} /> : <InfoNotice>{host.t('panel.no_card')}</InfoNotice>}
      </PanelErrorBoundary>
    </section>
  );
}

function evidenceSettings(host: Host) {
  const { client_catalog, field_contract } = host.settings;
  return { ...(client_catalog ? { clientCatalog: client_catalog } : {}), ...(field_contract ? { contractField: field_contract } : {}) };
}

function PartnerCard({ host, partnerId }: { host: Host; partnerId: number }) {
  const card = usePartnerCard(partnerId);
  const evidence = usePartnerEvidence(partnerId, evidenceSettings(host));
  if (card.isPending) return <Loading text={host.t('panel.loading')} />;
  if (card.error && !card.contact) return <ErrorNotice host={host} error={card.error} onRetry={() => void card.refetch()} />;
  if (!card.contact) return <InfoNotice>{host.t('panel.not_found')}</InfoNotice>;

  const contact = card.contact;
  const fields = detectFields(card.contactFields ?? [], card.leadFields ?? [], host.settings);
  const { phones, duplicates } = readCardPhones(contact, fields);
  // "Now" is when the evidence was read: recency is judged against the data, and render stays pure.
  const ownership = evidence.data ? inferOwners(evidence.data, { now: Math.floor(evidence.dataUpdatedAt / 1000), settings: host.settings }) : undefined;
  return (
    <>
      <QuestionnaireSection host={host} contact={contact} fields={fields} />
      <PhonesSection
        host={host}
        partner={contact}
        phones={phones}
        duplicates={duplicates}
        fields={fields}
        evidence={evidence.data ?? undefined}
        verdicts={ownership?.verdicts}
        evidenceError={evidence.error}
        onRetryEvidence={() => void evidence.refetch()}
      />
      <ReverseLookup host={host} partnerId={partnerId} verdicts={ownership?.verdicts ?? []} fields={fields} />
    </>
  );
}
