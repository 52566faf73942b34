// The evidence behind a verdict, as a manager would check it by hand: deals (with a link to
// open each), calls (with the recording), other contacts holding the number, the client base.
import { useHost } from './host/HostContext';
import type { OwnerVerdict, Reason } from '../domain/types';
import type { ListedEvidence } from './phoneEvidence';
import { probabilityText, reasonText, weightText } from './reasonText';
import { CallItem } from './CallItem';
import css from './panel.module.css';

/** The verdict's sum; the panel passes the verdict itself. */
type Score = Pick<OwnerVerdict, 'prior' | 'total' | 'clientProbability'>;

/**
 * «Почему так» as Splink's waterfall: the starting point, every reason with its signed weight in
 * bits, then the total and the chance the number is a client's. Informational reasons (no
 * comparison behind them) carry no weight and say so by having none.
 */
export function EvidenceList({ reasons, evidence, score }: { reasons: Reason[]; evidence: ListedEvidence | undefined; score?: Score }) {
  const host = useHost();
  return (
    <div className={css['partner_card_cleaner-section']}>
      <ul className={css['partner_card_cleaner-evidence']} aria-label={host.t('panel.why.reasons')}>
        {score?.prior !== undefined && <li>{host.t('panel.why.prior', { weight: weightText(host, score.prior) })}</li>}
        {reasons.map((r, i) => (
          <li key={`${r.code}-${i}`}>
            <span>{reasonText(host, r)}</span>
            {r.comparison && (
              <>
                {' · '}
                <span>{weightText(host, r.weight)}</span>
              </>
            )}
          </li>
        ))}
        {score?.total !== undefined && (
          <li>
            {host.t('panel.why.total', { weight: weightText(host, score.total) })}
            {score?.clientProbability !== undefined &&
              ` · ${host.t('panel.why.probability', { percent: probabilityText(score.clientProbability) })}`}
          </li>
        )}
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
            <CallItem key={c.id} call={c} />
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
