// A foreman's card that still holds one of the client's numbers. The engine, run on that
// foreman's card, says whether it is the foreman's own number (then it is only said so); else a
// one-click move takes it off his card into this client, through the panel's own move code.
import { useMemo } from 'react';
import { Button } from '@kommo-crm/crm-react-ui-kit/Button';
import { useQueryClient } from '@tanstack/react-query';
import { useHost } from '../host/HostContext';
import type { Contact } from '../../api/schemas';
import type { DetectedFields } from '../../domain/types';
import { noteKeys } from '../../api/keys';
import { usePartnerEvidence } from '../../api/hooks/usePartnerEvidence';
import { useMoveNumber } from '../../api/moves/useMoveNumber';
import { inferOwners } from '../../domain/ownership/inferOwners';
import { evidenceWithoutClientCopy, isForemansOwn } from '../../domain/cardKind/foremanOwn';
import { readCardPhones } from '../../domain/phones/cardPhones';
import { buildMoveRequest } from '../moveRequest';
import { MoveStatus } from '../MoveStatus';
import { phoneText } from '../phoneText';
import { CompactNeutralButton } from '../compactThemes';
import { evidenceSettings } from './evidenceSettings';
import css from './client.module.css';

export function ForemanHolder({
  client,
  foreman,
  e164,
  fields,
  stillHolds,
}: {
  client: Contact;
  foreman: Contact;
  e164: string;
  fields: DetectedFields;
  /** False once the number has left his card (the move's outcome stays on screen). */
  stillHolds: boolean;
}) {
  const host = useHost();
  const queryClient = useQueryClient();
  const evidence = usePartnerEvidence(foreman.id, evidenceSettings(host));
  const moves = useMoveNumber(foreman.id);
  const phones = useMemo(() => readCardPhones(foreman, fields).phones, [foreman, fields]);
  const onHisCard = phones.find((p) => p.phone.e164 === e164);
  const readAt = evidence.dataUpdatedAt;
  const verdict = useMemo(() => {
    if (!evidence.data || !onHisCard) return undefined;
    return inferOwners(evidenceWithoutClientCopy(evidence.data, client.id, e164), {
      now: Math.floor(readAt / 1000),
      settings: host.settings,
    }).verdicts.find((v) => v.phoneKey === onHisCard.key);
  }, [evidence.data, onHisCard, readAt, host.settings, client.id, e164]);
  const entry = onHisCard ? moves.entries[onHisCard.key] : undefined;
  // Done: the number has left his card (the search may not have caught up yet); the outcome is told below.
  if (!onHisCard || entry?.status === 'done' || (!stillHolds && !entry)) return null;

  const name = foreman.name || host.t('panel.evidence.unnamed', { id: foreman.id });
  const link = (
    <a href={host.cardUrl('contacts', foreman.id)} target="_top">
      {name}
    </a>
  );
  const refreshNotes = () => void queryClient.invalidateQueries({ queryKey: noteKeys.textForContact(client.id) });
  const move = () => {
    const request = buildMoveRequest(
      host,
      foreman,
      phones,
      { phone: onHisCard, target: { kind: 'existing', contactId: client.id, name: client.name }, dealIds: [] },
      verdict,
    );
    void moves.move(request).then(refreshNotes);
  };
  // A finished move is told (with undo) under «where the numbers came from»; here only one under way.
  if (entry && entry.status !== 'undone') {
    return (
      <MoveStatus
        entry={entry}
        onRetry={() => void moves.retry(onHisCard.key).then(refreshNotes)}
        onUndo={() => void moves.undo(onHisCard.key).then(refreshNotes)}
      />
    );
  }
  const own = isForemansOwn(verdict);
  return (
    <div className={css['partner_card_cleaner-block']}>
      {own ? (
        <span className={css['partner_card_cleaner-warn']}>
          {host.t('client_card.foreman_own')} {link}. {host.t('client_card.foreman_own_hint')}
        </span>
      ) : (
        <span>
          {host.t('client_card.on_foreman')} {link}
        </span>
      )}
      {evidence.isPending && <span className={css['partner_card_cleaner-muted']}>{host.t('client_card.checking_foreman')}</span>}
      {!own && (
        <div className={css['partner_card_cleaner-actions']}>
          <Button
            theme={CompactNeutralButton}
            isDisabled={evidence.isPending}
            onClick={move}
            aria-label={host.t('client_card.move_off_label', { number: phoneText(onHisCard), name })}
          >
            {host.t('client_card.move_off')}
          </Button>
        </div>
      )}
    </div>
  );
}
