// The widget's advanced settings page: every partner card in the account that still needs work,
// found by an account-wide scan that survives reloads and lost sessions, with a bulk move for
// the cards whose client numbers the engine is sure about.
import { useMemo, useState } from 'react';
import { Button, ButtonNeutralTheme } from '@kommo-crm/crm-react-ui-kit/Button';
import { Text, TextPrimaryTheme, TextSecondaryDarkTheme } from '@kommo-crm/crm-react-ui-kit/Text';
import { useHost } from '../../ui/host/HostContext';
import { useAmoClient } from '../../api/hooks/AmoClientProvider';
import { isBulkReady } from '../scan/cardFinding';
import { browserStorage, createQueueStore, queueStorageKey, type KeyValueStorage } from '../scan/queueStore';
import type { CardEvaluator } from '../scan/runScan';
import { createScanSource } from '../scan/scanSource';
import { engineEvaluator } from '../scan/engineEvaluator';
import { BulkMovePanel } from './BulkMovePanel';
import { QueueCardRow } from './QueueCardRow';
import { QueueControls } from './QueueControls';
import { QueueSummary } from './QueueSummary';
import { countByFilter, summarize, visibleCards, type QueueFilter, type QueueSort } from './queueView';
import { ScanStatus } from './ScanStatus';
import { StorageNotice } from './StorageNotice';
import { useCleanupScan } from './useCleanupScan';
import panelCss from '../../ui/panel.module.css';
import css from './queue.module.css';

/** Rows drawn at once: 2,000 cards in one go would make every scan checkpoint redraw them all. */
export const ROWS_PER_PAGE = 100;

export interface CleanupQueuePageProps {
  /** Where the scan is remembered between visits; the browser's localStorage by default. */
  storage?: KeyValueStorage;
  /** The ownership engine; replaced only where a test measures the scan alone. */
  evaluate?: CardEvaluator;
}

export function CleanupQueuePage({ storage, evaluate }: CleanupQueuePageProps) {
  const host = useHost();
  const client = useAmoClient();
  const deps = useMemo(
    () => ({
      source: createScanSource(client, host.settings),
      store: createQueueStore(storage ?? browserStorage(), queueStorageKey(host.widgetCode, host.apiBase || 'same-origin')),
      evaluate: evaluate ?? engineEvaluator(host.settings),
      ...(host.settings.partner_marker ? { partnerMarker: host.settings.partner_marker } : {}),
    }),
    [client, storage, evaluate, host.widgetCode, host.apiBase, host.settings],
  );
  const scan = useCleanupScan(deps);
  const [filter, setFilter] = useState<QueueFilter>('needs-work');
  const [sort, setSort] = useState<QueueSort>('clients');
  const [rows, setRows] = useState(ROWS_PER_PAGE);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());

  const cards = useMemo(() => Object.values(scan.state?.cards ?? {}), [scan.state]);
  const shown = useMemo(() => visibleCards(cards, filter, sort), [cards, filter, sort]);
  const ready = cards.filter(isBulkReady);
  const chosen = ready.filter((c) => selected.has(c.contactId));
  const { t } = host;
  const scanned = scan.state !== null && (scan.state.status === 'done' || cards.length > 0);

  return (
    <main className={css['partner_card_cleaner-page']} aria-labelledby="partner_card_cleaner-queue-title">
      <Text as="h1" size="xl" theme={TextPrimaryTheme} id="partner_card_cleaner-queue-title">
        {t('queue.title')}
      </Text>
      <Text as="p" size="m" theme={TextSecondaryDarkTheme}>
        {t('queue.intro')}
      </Text>
      <StorageNotice problem={deps.store.problem()} />
      <ScanStatus state={scan.state} running={scan.running} onStart={scan.start} onResume={scan.resume} onCancel={scan.cancel} />
      {scanned && <QueueSummary figures={summarize(cards)} history={scan.state?.history ?? []} />}
      {scanned && scan.state?.status === 'done' && cards.length === 0 && (
        <Text as="p" size="m" theme={TextPrimaryTheme}>
          {t('queue.empty_none')}
        </Text>
      )}
      {cards.length > 0 && (
        <>
          <QueueControls
            filter={filter}
            counts={countByFilter(cards)}
            sort={sort}
            onFilter={(f) => {
              setFilter(f);
              setRows(ROWS_PER_PAGE);
            }}
            onSort={setSort}
          />
          {ready.length > 0 && (
            <BulkMovePanel
              client={client}
              cards={chosen}
              readyCount={ready.length}
              onSelectAllReady={() => setSelected(new Set(ready.map((c) => c.contactId)))}
            />
          )}
          {shown.length === 0 ? (
            <Text as="p" size="m" theme={TextSecondaryDarkTheme}>
              {filter === 'needs-work' ? t('queue.all_clean') : t('queue.list.none_in_filter')}
            </Text>
          ) : (
            <ul aria-label={t('queue.list.label')} className={panelCss['partner_card_cleaner-list']}>
              {shown.slice(0, rows).map((card) => (
                <QueueCardRow
                  key={card.contactId}
                  card={card}
                  selected={selected.has(card.contactId)}
                  onSelect={(id, on) =>
                    setSelected((prev) => {
                      const next = new Set(prev);
                      if (on) next.add(id);
                      else next.delete(id);
                      return next;
                    })
                  }
                />
              ))}
            </ul>
          )}
          {shown.length > rows && (
            <Button theme={ButtonNeutralTheme} onClick={() => setRows((n) => n + ROWS_PER_PAGE)}>
              {t('queue.list.more', { count: Math.min(ROWS_PER_PAGE, shown.length - rows), shown: rows, total: shown.length })}
            </Button>
          )}
        </>
      )}
    </main>
  );
}
