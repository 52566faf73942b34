// Whose a looked-up number most likely is, in words: the verdict and the facts behind it.
import type { Host } from '../host';
import { useHost } from './host/HostContext';
import type { GuessReason, NumberOwnerGuess } from '../domain/ownership/guessNumberOwner';
import { confidenceText } from './reasonText';
import css from './panel.module.css';

// The headline already says who holds it; these add why the guess is sure or not.
const DETAIL_CODES = ['several-partners', 'one-address', 'several-addresses'] as const;
type DetailReason = GuessReason & { code: (typeof DETAIL_CODES)[number] };
const isDetail = (r: GuessReason): r is DetailReason => (DETAIL_CODES as readonly string[]).includes(r.code);

function headline(host: Host, guess: NumberOwnerGuess): string | null {
  const first = guess.reasons[0];
  if (!first || first.code === 'not-found') return null;
  if (first.code === 'mixed') return host.t('panel.lookup.guess.mixed', first.params);
  const owner = host.t(`panel.lookup.guess.${guess.owner === 'partner' ? 'partner' : 'client'}`, first.params);
  return `${owner} (${confidenceText(host, guess.confidence)})`;
}

export function LookupGuess({ guess }: { guess: NumberOwnerGuess }) {
  const host = useHost();
  const text = headline(host, guess);
  if (!text) return null;
  const details = guess.reasons.filter(isDetail);
  return (
    <div role="group" aria-label={host.t('panel.lookup.guess.title')}>
      <div className={css['partner_card_cleaner-why']}>{text}</div>
      {details.length > 0 && (
        <ul className={css['partner_card_cleaner-evidence']}>
          {details.map((r) => (
            <li key={r.code}>{host.t(`panel.lookup.guess.${r.code}`, r.params)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
