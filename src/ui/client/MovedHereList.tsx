// Where the client's numbers came from, read from the widget's own audit notes on this contact:
// «перенесён с карточки „Кузнецов Сергей прораб“ 12.03», with undo while the move is still known
// to this page (the move's record lives with the foreman's card it came from).
import { useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Host } from '../../host';
import { useHost } from '../host/HostContext';
import type { Contact, Lead } from '../../api/schemas';
import { noteKeys } from '../../api/keys';
import { useContactsNamed, useContactTextNotes } from '../../api/hooks/useCardKindData';
import { useMoveNumber } from '../../api/moves/useMoveNumber';
import { NOTE_SLOTS, readMovedHere, type MovedHere } from '../../domain/cardKind/movedHere';
import { MoveStatus } from '../MoveStatus';
import { ErrorNotice } from '../StatusMessage';
import css from './client.module.css';

const digits = (s: string) => s.replace(/\D/g, '').slice(-10);

export function MovedHereList({ client, deals }: { client: Contact; deals: Lead[] | undefined }) {
  const host = useHost();
  const notes = useContactTextNotes(client.id);
  const moved = useMemo(
    () =>
      notes.data
        ? readMovedHere(notes.data, [host.t('panel.note.client', NOTE_SLOTS)], [host.t('panel.note.undo_client', NOTE_SLOTS)])
        : [],
    [notes.data, host],
  );
  // The foreman a number came from is on the client's deals (when they were linked), or found by name.
  const dealContacts = useMemo(
    () => [...new Set((deals ?? []).flatMap((d) => (d._embedded.contacts ?? []).map((c) => c.id)))].filter((id) => id !== client.id),
    [deals, client.id],
  );
  if (notes.error) return <ErrorNotice error={notes.error} onRetry={() => void notes.refetch()} />;
  if (moved.length === 0) return null;
  return (
    <section className={css['partner_card_cleaner-block']} aria-label={host.t('client_card.moved_here')}>
      <h3 className={css['partner_card_cleaner-title']}>{host.t('client_card.moved_here')}</h3>
      <ul className={css['partner_card_cleaner-items']}>
        {moved.map((m) => (
          <MovedHereItem key={m.noteId} client={client} moved={m} dealContacts={dealContacts} />
        ))}
      </ul>
    </section>
  );
}

function dayMonth(unixSeconds: number, host: Host): string {
  return new Date(unixSeconds * 1000).toLocaleDateString(host.lang === 'ru' ? 'ru-RU' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    timeZone: 'Europe/Moscow',
  });
}

function MovedHereItem({ client, moved, dealContacts }: { client: Contact; moved: MovedHere; dealContacts: number[] }) {
  const host = useHost();
  const named = useContactsNamed(moved.undone ? '' : moved.partnerName);
  const candidates = [...new Set([...(named.data ?? []).map((c) => c.id), ...dealContacts])];
  const vars = { number: moved.number, partner: moved.partnerName, date: dayMonth(moved.at, host) };
  return (
    <li className={css['partner_card_cleaner-item']}>
      <span>{host.t(moved.undone ? 'client_card.moved_undone' : 'client_card.moved_from', vars)}</span>
      {!moved.undone && candidates.map((id) => <UndoFromForeman key={id} foremanId={id} clientId={client.id} number={moved.number} />)}
    </li>
  );
}

/** Undo, when this page still holds the record of the move off that foreman's card. */
function UndoFromForeman({ foremanId, clientId, number }: { foremanId: number; clientId: number; number: string }) {
  const queryClient = useQueryClient();
  const moves = useMoveNumber(foremanId);
  const entry = Object.values(moves.entries).find(
    (e) => e.move.clientContactId === clientId && digits(e.move.request.phoneValue) === digits(number),
  );
  if (!entry || entry.status === 'running' || entry.status === 'failed') return null;
  const refreshNotes = () => void queryClient.invalidateQueries({ queryKey: noteKeys.textForContact(clientId) });
  return <MoveStatus entry={entry} onRetry={() => undefined} onUndo={() => void moves.undo(entry.phoneKey).then(refreshNotes)} />;
}
