// Cards left to clean after each finished scan: a small SVG line, and the same points as a list
// for screen readers and for anyone who prefers numbers.
import { useHost } from '../../ui/host/HostContext';
import type { QueueState } from '../scan/queueStore';
import { formatDate } from './formatDate';
import css from './queue.module.css';

const W = 240;
const H = 60;

export function ProgressChart({ history }: { history: QueueState['history'] }) {
  const host = useHost();
  if (history.length < 2) return null;
  const max = Math.max(1, ...history.map((p) => p.total));
  const x = (i: number) => (i / (history.length - 1)) * (W - 8) + 4;
  const y = (left: number) => H - 4 - (left / max) * (H - 8);
  const points = history.map((p, i) => `${x(i)},${y(p.left)}`).join(' ');
  const title = host.t('queue.chart.title');
  return (
    <figure>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        <polyline points={points} className={css['partner_card_cleaner-chartLine']} />
        {history.map((p, i) => (
          <circle key={p.at} cx={x(i)} cy={y(p.left)} r={2.5} className={css['partner_card_cleaner-chartPoint']} />
        ))}
      </svg>
      <figcaption>
        <details>
          <summary>{title}</summary>
          <ul>
            {history.map((p) => (
              <li key={p.at}>{host.t('queue.chart.point', { date: formatDate(p.at, host.lang), left: p.left, total: p.total })}</li>
            ))}
          </ul>
        </details>
      </figcaption>
    </figure>
  );
}
