// The card's numbers with their owners, "move all", and the moves made from this card
// (each with its progress, retry and undo — they stay listed after the number leaves the card).
// Once the owners are known the rows are grouped (move to clients, check, incomplete, the
// foreman's own folded) under a one-line summary, so a 30-number card stays short.
import { useId, useMemo, useState } from 'react';
import { useHost } from './host/HostContext';
import type { Contact } from '../api/schemas';
import type { CardPhone, DetectedFields, OwnerVerdict, PhoneDuplicate } from '../domain/types';
import type { LoadedPartnerEvidence } from '../api/client/evidence';
import { useMoveNumber } from '../api/moves/useMoveNumber';
import { useMergeDuplicate } from '../api/moves/useMergeDuplicate';
import type { MoveEntry } from '../api/moves/moveStore';
import { PhoneRow } from './PhoneRow';
import { MoveStatus } from './lazyParts';
import { BatchSummary, MoveAllButton } from './MoveAll';
import { ErrorNotice, Loading } from './StatusMessage';
import { dealLine, evidenceByPhone } from './phoneEvidence';
import { buildMoveRequest, confidentClientMoves } from './moveRequest';
import { panelItems, type GroupedPhone, type PanelGroupId } from './phoneGroups';
import { GroupHeading } from './GroupHeading';
import { IncompleteRow } from './IncompleteRow';
import { readCardPhones, readPhoneValues } from '../domain/phones/cardPhones';
import { suggestAreaCode, suggestCompletion } from '../domain/phones/incompletePhones';
import css from './panel.module.css';

const NO_CONTACTS: Contact[] = [];

export interface PhonesSectionProps {
  partner: Contact;
  phones: CardPhone[];
  duplicates: PhoneDuplicate[];
  fields: DetectedFields;
  evidence: LoadedPartnerEvidence | undefined;
  verdicts: OwnerVerdict[] | undefined;
  /** Numbers whose other holders are still being searched: not movable yet. */
  checking: ReadonlySet<string>;
  evidenceError: unknown;
  onRetryEvidence: () => void;
}

export function PhonesSection({
  partner,
  phones,
  duplicates,
  fields,
  evidence,
  verdicts,
  checking,
  evidenceError,
  onRetryEvidence,
}: PhonesSectionProps) {
  const host = useHost();
  const moves = useMoveNumber(partner.id);
  const merge = useMergeDuplicate(partner.id);
  const entries = Object.values(moves.entries);
  const busy = entries.some((e) => e.status === 'running' || e.status === 'undoing');
  const allDeals = useMemo(() => (evidence?.deals ?? []).map((d) => dealLine(d, fields)), [evidence, fields]);
  const byPhone = useMemo(
    () => (evidence ? evidenceByPhone(evidence, phones, verdicts, fields) : undefined),
    [evidence, phones, verdicts, fields],
  );
  const verdictOf = (key: string) => verdicts?.find((v) => v.phoneKey === key);
  const moveAll = verdicts
    ? confidentClientMoves(host, partner, phones, verdicts).filter((r) => !moves.entries[r.phoneKey] && !checking.has(r.phoneKey))
    : [];
  const incomplete = useMemo(() => readCardPhones(partner, fields).incomplete, [partner, fields]);
  // The account's city, from the landlines on this card and on its deals' contacts.
  const areaCode = useMemo(
    () =>
      suggestAreaCode([
        ...phones.map((p) => p.phone.e164),
        ...(evidence?.dealContacts ?? []).flatMap((c) => readPhoneValues(c).flatMap((r) => r.numbers.map((n) => n.e164))),
      ]),
    [phones, evidence],
  );
  const items = panelItems(phones, verdicts, incomplete);
  // The foreman's own numbers start folded: they stay on the card, nothing to do with them.
  const [open, setOpen] = useState<Record<PanelGroupId, boolean>>({ client: true, check: true, incomplete: true, partner: false });
  const ids = useId();
  const rowId = (key: string) => `${ids}${key}`;

  const row = ({ phone, extOf }: GroupedPhone, hidden: boolean) => {
    const verdict = verdictOf(phone.key);
    const entry = moves.entries[phone.key];
    return (
      <PhoneRow
        key={phone.key}
        id={rowId(phone.key)}
        hidden={hidden}
        phone={phone}
        extOf={extOf}
        verdict={verdict}
        evidence={byPhone?.get(phone.key)}
        knownContacts={evidence?.dealContacts ?? NO_CONTACTS}
        allDeals={allDeals}
        duplicate={duplicates.find((d) => d.e164 === phone.phone.e164 && !phone.phone.ext)}
        isMoving={entry !== undefined && entry.status !== 'undone'}
        isChecking={checking.has(phone.key)}
        isMerging={merge.isPending && merge.variables === phone.phone.e164}
        onMove={(choice) => void moves.move(buildMoveRequest(host, partner, phones, choice, verdict))}
        onMerge={(e164) => merge.mutate(e164)}
      />
    );
  };

  return (
    <section className={css['partner_card_cleaner-section']} aria-labelledby="partner_card_cleaner-phones">
      <h3 className={css['partner_card_cleaner-heading']} id="partner_card_cleaner-phones">
        {host.t('panel.phones.title', { count: phones.length })}
      </h3>
      {verdicts && <GroupSummary items={items} />}
      {phones.length === 0 && incomplete.length === 0 && <span>{host.t('panel.phones.none')}</span>}
      {!evidence && !evidenceError && phones.length > 0 && <Loading text={host.t('panel.phones.checking')} />}
      {evidenceError !== null && evidenceError !== undefined && <ErrorNotice error={evidenceError} onRetry={onRetryEvidence} />}
      <MoveAllButton count={moveAll.length} isBusy={busy} onMoveAll={() => void moves.moveAll(moveAll)} />
      <ul className={css['partner_card_cleaner-list']}>
        {items.map((item) => {
          const hidden = item.kind !== 'heading' && item.group !== undefined && !open[item.group];
          if (item.kind === 'heading') {
            return (
              <GroupHeading
                key={`group-${item.group}`}
                title={host.t(`panel.groups.${item.group}`, { count: item.count })}
                open={open[item.group]}
                controls={item.keys.map(rowId).join(' ')}
                onToggle={() => setOpen((now) => ({ ...now, [item.group]: !now[item.group] }))}
              />
            );
          }
          if (item.kind === 'incomplete') {
            return (
              <IncompleteRow
                key={item.phone.key}
                id={rowId(item.phone.key)}
                hidden={hidden}
                phone={item.phone}
                completion={suggestCompletion(item.phone, areaCode)}
              />
            );
          }
          return row(item.row, hidden);
        })}
      </ul>
      {merge.error && <ErrorNotice error={merge.error} />}
      <MovedNumbers entries={entries} moves={moves} />
    </section>
  );
}

/** «Перенести клиентам: 19 · проверить: 3 · неполные: 1 · номера прораба: 6»: the card at a glance. */
function GroupSummary({ items }: { items: Array<{ kind: string; group?: PanelGroupId; count?: number }> }) {
  const host = useHost();
  const parts = items.flatMap((i) =>
    i.kind === 'heading' && i.group && i.count ? [host.t(`panel.groups.summary.${i.group}`, { count: i.count })] : [],
  );
  if (parts.length === 0) return null;
  const text = parts.join(' · ');
  return <p className={css['partner_card_cleaner-summaryLine']}>{text.charAt(0).toLocaleUpperCase(host.lang) + text.slice(1)}</p>;
}

function MovedNumbers({ entries, moves }: { entries: MoveEntry[]; moves: ReturnType<typeof useMoveNumber> }) {
  const host = useHost();
  if (entries.length === 0) return null;
  const batches = [...new Set(entries.flatMap((e) => (e.batchId ? [e.batchId] : [])))];
  return (
    <div className={css['partner_card_cleaner-section']}>
      <h4 className={css['partner_card_cleaner-heading']}>{host.t('panel.progress.title')}</h4>
      {batches.map((batchId) => (
        <BatchSummary key={batchId} entries={entries.filter((e) => e.batchId === batchId)} onUndoAll={() => void moves.undoAll(batchId)} />
      ))}
      {entries.map((entry) => (
        <MoveStatus
          key={entry.phoneKey}
          entry={entry}
          onRetry={() => void moves.retry(entry.phoneKey)}
          onUndo={() => void moves.undo(entry.phoneKey)}
        />
      ))}
    </div>
  );
}
