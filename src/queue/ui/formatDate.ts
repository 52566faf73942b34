// Dates in the manager's language; the queue stores Unix milliseconds.
import type { Lang } from '../../host';

export function formatDate(ms: number, lang: Lang): string {
  return new Date(ms).toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}
