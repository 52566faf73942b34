// The scan as React state: what the store remembered, and start / resume / cancel. The scan itself
// lives outside React (runScan); this hook only starts it and mirrors its checkpoints.
import { useEffect, useRef, useState } from 'react';
import type { QueueState, QueueStore } from '../scan/queueStore';
import { runScan, startScan, type CardEvaluator } from '../scan/runScan';
import type { ScanSource } from '../scan/scanSource';

export interface CleanupScanDeps {
  source: ScanSource;
  store: QueueStore;
  evaluate: CardEvaluator;
  partnerMarker?: string;
}

export interface CleanupScan {
  state: QueueState | null;
  running: boolean;
  /** A new scan; findings of unchanged cards are kept. */
  start(): void;
  /** Goes on from the last finished page or batch. */
  resume(): void;
  cancel(): void;
}

export function useCleanupScan(deps: CleanupScanDeps): CleanupScan {
  const [state, setState] = useState<QueueState | null>(() => deps.store.load());
  const [running, setRunning] = useState(false);
  const controller = useRef<AbortController | null>(null);

  const run = (from: QueueState) => {
    if (controller.current) return; // one scan at a time: a double click does not start two
    const abort = new AbortController();
    controller.current = abort;
    setRunning(true);
    setState(from);
    const { source, store, evaluate, partnerMarker } = deps;
    void runScan(
      { source, store, evaluate, signal: abort.signal, onUpdate: setState, ...(partnerMarker ? { partnerMarker } : {}) },
      from,
    ).then((final) => {
      if (controller.current === abort) controller.current = null;
      setState(final);
      setRunning(false);
    });
  };

  // Leaving the page stops the scan at its last checkpoint; the next visit can resume it.
  useEffect(() => () => controller.current?.abort(), []);

  return {
    state,
    running,
    start: () => run(startScan(state, Date.now())),
    resume: () => {
      if (state) run(state);
    },
    cancel: () => controller.current?.abort(),
  };
}
