// The reverse check from the company's procedure: take any number, see every contact and deal it
// appears in, and whose it most likely is: the engine's verdict when it is on this card, else a guess
// from who holds it.
import { useId, useMemo, useState } from 'react';
import { Input, InputDarkTheme, InputLightTheme } from '@kommo-crm/crm-react-ui-kit/Input';
import { Button, ButtonNeutralTheme } from '@kommo-crm/crm-react-ui-kit/Button';
import { useHost } from './host/HostContext';
import type { OwnerVerdict } from '../domain/types';
import type { DetectedFields } from '../domain/types';
import { usePhoneLookup } from '../api/hooks/usePhoneLookup';
import { parsePhoneValue } from '../domain/phones/parsePhoneValue';
import { phoneKey } from '../domain/phones/cardPhones';
import { guessNumberOwner } from '../domain/ownership/guessNumberOwner';
import { LookupGuess } from './LookupGuess';
import { DealLink } from './DealLink';
import { OwnerBadge } from './OwnerBadge';
import { ErrorNotice, Loading } from './StatusMessage';
import css from './panel.module.css';

export function ReverseLookup({ partnerId, verdicts, fields }: { partnerId: number; verdicts: OwnerVerdict[]; fields: DetectedFields }) {
  const host = useHost();
  const id = useId();
  const [text, setText] = useState('');
  const [asked, setAsked] = useState('');
  const lookup = usePhoneLookup(asked);
  const parsed = parsePhoneValue(asked).numbers[0];
  const verdict = parsed ? verdicts.find((v) => v.phoneKey === phoneKey(parsed.e164, parsed.ext)) : undefined;
  const result = lookup.data;
  const guess = useMemo(() => (result ? guessNumberOwner(result, fields, host.settings) : undefined), [result, fields, host.settings]);
  return (
    <section className={css['partner_card_cleaner-section']} aria-labelledby={`${id}-title`}>
      <h3 className={css['partner_card_cleaner-heading']} id={`${id}-title`}>
        {host.t('panel.lookup.title')}
      </h3>
      <form
        className={css['partner_card_cleaner-actions']}
        onSubmit={(e) => {
          e.preventDefault();
          setAsked(text);
        }}
      >
        <Input
          theme={host.theme === 'dark' ? InputDarkTheme : InputLightTheme}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={host.t('panel.lookup.placeholder')}
          aria-label={host.t('panel.lookup.label')}
          inputMode="tel"
        />
        <Button theme={ButtonNeutralTheme} type="submit">
          {host.t('panel.lookup.search')}
        </Button>
      </form>
      {asked !== '' && asked.replace(/\D/g, '').length < 5 && (
        <span className={css['partner_card_cleaner-muted']}>{host.t('panel.lookup.too_short')}</span>
      )}
      {lookup.isFetching && <Loading text={host.t('panel.lookup.searching')} />}
      {lookup.error && <ErrorNotice error={lookup.error} onRetry={() => void lookup.refetch()} />}
      {verdict && (
        <div className={css['partner_card_cleaner-rowHead']}>
          <span>{host.t('panel.lookup.on_this_card')}</span>
          <OwnerBadge verdict={verdict} />
        </div>
      )}
      {result && !lookup.isFetching && (
        <div aria-live="polite">
          {result.contacts.length === 0 ? (
            <span>{host.t('panel.lookup.nothing')}</span>
          ) : (
            <>
              {/* On this card the engine, with calls and the client base, has already said whose it is. */}
              {guess && !verdict && <LookupGuess guess={guess} />}
              <div className={css['partner_card_cleaner-label']}>{host.t('panel.lookup.contacts', { count: result.contacts.length })}</div>
              <ul className={css['partner_card_cleaner-evidence']}>
                {result.contacts.map((c) => (
                  <li key={c.id}>
                    <a href={host.cardUrl('contacts', c.id)} target="_top">
                      {c.name || host.t('panel.evidence.unnamed', { id: c.id })}
                    </a>
                    {c.id === partnerId && ` · ${host.t('panel.lookup.this_partner')}`}
                  </li>
                ))}
              </ul>
              <div className={css['partner_card_cleaner-label']}>{host.t('panel.lookup.deals', { count: result.deals.length })}</div>
              <ul className={css['partner_card_cleaner-evidence']}>
                {result.deals.map((d) => (
                  <li key={d.id}>
                    <DealLink deal={d} fields={fields} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
