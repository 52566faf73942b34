// "Move all" for the ticked cards: first a preview of every change in words, then, if wanted, a
// dry run listing the exact API writes (nothing sent), then the move itself, with an undo per card.
import { useState } from 'react';
import { Button, ButtonPrimaryTheme, ButtonNeutralTheme } from '@kommo-crm/crm-react-ui-kit/Button';
import { Callout, CalloutErrorTheme } from '@kommo-crm/crm-react-ui-kit/Callout';
import { Text, TextPrimaryTheme, TextSecondaryDarkTheme } from '@kommo-crm/crm-react-ui-kit/Text';
import { useHost } from '../../ui/host/HostContext';
import type { AmoClient } from '../../api/client';
import { errorMessage } from '../../ui/errorMessage';
import { undoBatch } from '../../api/moves/moveActions';
import { dryRunBulkMove, moveRequestsFor, runBulkMove, type CardDryRun, type CardMoveResult } from '../bulk/bulkMove';
import { DRY_RUN_FIRST_ID } from '../bulk/dryRunFetch';
import type { CardFinding } from '../scan/cardFinding';
import { moveTexts } from './moveTexts';
import css from './queue.module.css';

interface Props {
  client: AmoClient;
  /** Bulk-ready cards the manager ticked. */
  cards: CardFinding[];
  readyCount: number;
  onSelectAllReady(): void;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'dry-running' }
  | { kind: 'dry-run'; runs: CardDryRun[] }
  | { kind: 'moving'; done: CardMoveResult[] }
  | { kind: 'moved'; done: CardMoveResult[] };

export function BulkMovePanel({ client, cards, readyCount, onSelectAllReady }: Props) {
  const host = useHost();
  const { t } = host;
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [undone, setUndone] = useState<ReadonlySet<number>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  // A lost session or a refusal stops the run; what was done stays listed (each move keeps its own state).
  const guarded = (job: () => Promise<void>, onFail: () => void) => async () => {
    setProblem(null);
    try {
      await job();
    } catch (error) {
      setProblem(t('queue.bulk.failed', { error: errorMessage(host, error).title }));
      onFail();
    }
  };
  const texts = moveTexts(host);
  const names = new Map(cards.map((c) => [c.contactId, c.name] as const));
  const busy = phase.kind === 'dry-running' || phase.kind === 'moving';

  const dryRun = guarded(
    async () => {
      setPhase({ kind: 'dry-running' });
      const runs = await dryRunBulkMove(cards, texts, { baseUrl: host.apiBase, scheduler: client.scheduler });
      setPhase({ kind: 'dry-run', runs });
    },
    () => setPhase({ kind: 'idle' }),
  );
  const done: CardMoveResult[] = [];
  const moveAll = guarded(
    async () => {
      setPhase({ kind: 'moving', done });
      await runBulkMove(client, cards, texts, (r) => {
        done.push(r);
        setPhase({ kind: 'moving', done: [...done] });
      });
      setPhase({ kind: 'moved', done });
    },
    () => setPhase({ kind: 'moved', done: [...done] }),
  );
  const undo = (r: CardMoveResult) =>
    guarded(
      async () => {
        if (!r.batchId) return;
        await undoBatch(client, r.partnerId, r.batchId);
        setUndone((prev) => new Set(prev).add(r.partnerId));
      },
      () => {},
    )();

  return (
    <section aria-label={t('queue.bulk.title')} className={css['partner_card_cleaner-bulk']}>
      <Text as="h2" size="l" theme={TextPrimaryTheme}>
        {t('queue.bulk.title')}
      </Text>
      <Text as="p" size="m" theme={TextSecondaryDarkTheme}>
        {t('queue.bulk.explain', { ready: readyCount, chosen: cards.length })}
      </Text>
      <div className={css['partner_card_cleaner-line']}>
        <Button theme={ButtonNeutralTheme} onClick={onSelectAllReady} isDisabled={readyCount === 0 || busy}>
          {t('queue.bulk.select_all')}
        </Button>
        <Button
          theme={ButtonNeutralTheme}
          onClick={() => void dryRun()}
          isDisabled={cards.length === 0 || busy}
          isLoading={phase.kind === 'dry-running'}
        >
          {t('queue.bulk.dry_run')}
        </Button>
        <Button
          theme={ButtonPrimaryTheme}
          onClick={() => void moveAll()}
          isDisabled={cards.length === 0 || busy}
          isLoading={phase.kind === 'moving'}
        >
          {t('queue.bulk.move_all', { count: cards.length })}
        </Button>
      </div>
      {problem && (
        <Callout theme={CalloutErrorTheme} role="alert">
          {problem}
        </Callout>
      )}
      {cards.length > 0 && (
        <div>
          <Text as="h3" size="m" theme={TextPrimaryTheme}>
            {t('queue.bulk.preview_title')}
          </Text>
          <ul aria-label={t('queue.bulk.preview_title')}>
            {cards.flatMap((card) =>
              moveRequestsFor(card, texts).map((r) => (
                <li key={`${card.contactId}:${r.phoneKey}`}>
                  {t(r.target.kind === 'new' ? 'queue.bulk.preview_new' : 'queue.bulk.preview_existing', {
                    phone: r.phoneValue,
                    partner: card.name,
                    client: r.target.kind === 'new' ? r.target.name : String(r.target.contactId),
                    deals: r.dealIds.length > 0 ? r.dealIds.join(', ') : t('queue.bulk.no_deals'),
                  })}
                </li>
              )),
            )}
          </ul>
        </div>
      )}
      {phase.kind === 'dry-run' && (
        <div>
          <Text as="h3" size="m" theme={TextPrimaryTheme}>
            {t('queue.bulk.dry_run_title')}
          </Text>
          {phase.runs.map((run) => (
            <div key={run.partnerId}>
              <Text as="p" size="m" theme={TextPrimaryTheme}>
                {t('queue.bulk.dry_run_card', { partner: names.get(run.partnerId) ?? run.partnerId, count: run.writes.length })}
              </Text>
              {run.failedStep && (
                <Text as="p" size="m" theme={TextPrimaryTheme}>
                  {t('queue.bulk.dry_run_failed', { step: run.failedStep })}
                </Text>
              )}
              <ol
                aria-label={t('queue.bulk.dry_run_card', { partner: names.get(run.partnerId) ?? run.partnerId, count: run.writes.length })}
              >
                {run.writes.map((w, i) => (
                  <li key={i}>
                    <code>
                      {w.method} {w.path}
                    </code>
                    <pre className={css['partner_card_cleaner-requestBody']}>{JSON.stringify(w.body)}</pre>
                  </li>
                ))}
              </ol>
            </div>
          ))}
          <Text as="p" size="s" theme={TextSecondaryDarkTheme}>
            {t('queue.bulk.dry_run_ids', { id: DRY_RUN_FIRST_ID })}
          </Text>
        </div>
      )}
      {(phase.kind === 'moving' || phase.kind === 'moved') && (
        <ul aria-label={t('queue.bulk.results')} aria-live="polite">
          {phase.done.map((r) => {
            const failed = r.entries.filter((e) => e.status !== 'done').length;
            const status = undone.has(r.partnerId)
              ? t('queue.bulk.card_undone', { partner: names.get(r.partnerId) ?? r.partnerId })
              : failed > 0
                ? t('queue.bulk.card_failed', { partner: names.get(r.partnerId) ?? r.partnerId, failed })
                : t('queue.bulk.card_moved', { partner: names.get(r.partnerId) ?? r.partnerId, count: r.entries.length });
            return (
              <li key={r.partnerId}>
                {status}{' '}
                {!undone.has(r.partnerId) && r.batchId && (
                  <Button
                    theme={ButtonNeutralTheme}
                    onClick={() => void undo(r)}
                    aria-label={t('queue.bulk.undo_card', { partner: names.get(r.partnerId) ?? r.partnerId })}
                  >
                    {t('queue.bulk.undo')}
                  </Button>
                )}
              </li>
            );
          })}
          {phase.kind === 'moved' && <li>{t('queue.bulk.rescan_hint')}</li>}
        </ul>
      )}
    </section>
  );
}
