// The evidence behind a verdict, as a manager would check it by hand: deals (with a link to
// open each), calls (with the recording), other contacts holding the number, the client base.
import type { Host } from '../host';
import type { Reason } from '../domain/types';
import type { PhoneEvidence } from './phoneEvidence';
import { reasonText } from './reasonText';
import { CallItem } from './CallItem';
import css from './panel.module.css';

export function EvidenceList({ host, reasons, evidence }: { host: Host; reasons: Reason[]; evidence: PhoneEvidence | undefined }) {
  return (
    <div className={css['partner_card_cleaner-section']}>
      <ul className={css['partner_card_cleaner-evidence']} aria-label={host.t('panel.why.reasons')}>
        {reasons.map((r, i) => (
          <li key={`${r.code}-${i}`}>{reasonText(host, r)}</li>
        ))}
      </ul>
      {evidence && evidence.deals.length > 0 && (
        <EvidenceGroup title={host.t('panel.evidence.deals', { count: evidence.deals.length })}>
          {evidence.deals.map((d) => (
            <li key={d.id}>
              <a href={host.cardUrl('leads', d.id)} target="_top">
                {d.title}
              </a>
              {d.contract && ` · ${host.t('panel.evidence.contract', { number: d.contract })}`}
              {` · ${host.t(`panel.stage.${d.stage}`)}`}
            </li>
          ))}
        </EvidenceGroup>
      )}
      {evidence && evidence.calls.length > 0 && (
        <EvidenceGroup title={host.t('panel.evidence.calls', { count: evidence.calls.length })}>
          {evidence.calls.slice(0, 10).map((c) => (
            <CallItem key={c.id} host={host} call={c} />
          ))}
        </EvidenceGroup>
      )}
      {evidence && evidence.contacts.length > 0 && (
        <EvidenceGroup title={host.t('panel.evidence.contacts')}>
          {evidence.contacts.map((c) => (
            <li key={c.id}>
              <a href={host.cardUrl('contacts', c.id)} target="_top">
                {c.name || host.t('panel.evidence.unnamed', { id: c.id })}
              </a>
            </li>
          ))}
        </EvidenceGroup>
      )}
      {evidence && evidence.clientBase.length > 0 && (
        <EvidenceGroup title={host.t('panel.evidence.client_base')}>
          {evidence.clientBase.map((row) => (
            <li key={row.id}>{row.name || host.t('panel.evidence.unnamed', { id: row.id })}</li>
          ))}
        </EvidenceGroup>
      )}
    </div>
  );
}

function EvidenceGroup({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div>
      <div className={css['partner_card_cleaner-label']}>{title}</div>
      <ul className={css['partner_card_cleaner-evidence']}>{children}</ul>
    </div>
  );
}
