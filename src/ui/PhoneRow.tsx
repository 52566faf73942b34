// One number on the partner's card: the number and whose it is (in words) on one line, the short
// why, «Почему так» that opens into the evidence beside the one action, duplicates to merge, and
// for a client's number the form that moves it. Compact: a 12-number card must stay scannable.
// A client's row names the client and the deal; an extension row says it is the number above.
import { useState } from 'react';
import { Button } from '@kommo-crm/crm-react-ui-kit/Button';
import { useHost } from './host/HostContext';
import type { Contact } from '../api/schemas';
import type { CardPhone, OwnerVerdict, PhoneDuplicate } from '../domain/types';
import type { DealLine, ListedEvidence } from './phoneEvidence';
import { OwnerBadge } from './OwnerBadge';
import type { MoveChoice } from './MoveForm';
import { EvidenceList, MoveForm } from './lazyParts';
import { shortWhy } from './reasonText';
import { phoneText } from './phoneText';
import { clientLine } from './clientLine';
import css from './panel.module.css';
import { CompactNeutralButton, CompactPrimaryButton } from './compactThemes';

export interface PhoneRowProps {
  id?: string;
  /** In a folded group: kept in the list (its state too), out of sight. */
  hidden?: boolean;
  phone: CardPhone;
  /** The same number without the extension, the row just above. */
  extOf?: CardPhone | undefined;
  verdict: OwnerVerdict | undefined;
  evidence: ListedEvidence | undefined;
  knownContacts: Contact[];
  allDeals: DealLine[];
  duplicate: PhoneDuplicate | undefined;
  isMoving: boolean;
  /** Other holders of the number still being searched: the move waits for them. */
  isChecking: boolean;
  isMerging: boolean;
  onMove: (choice: MoveChoice) => void;
  onMerge: (e164: string) => void;
}

export function PhoneRow({
  id,
  hidden = false,
  phone,
  extOf,
  verdict,
  evidence,
  knownContacts,
  allDeals,
  duplicate,
  isMoving,
  isChecking,
  isMerging,
  onMove,
  onMerge,
}: PhoneRowProps) {
  const host = useHost();
  // The form opens on request: twelve open forms would bury the list in a 280 px column.
  const [wantsMove, setWantsMove] = useState(false);
  const canMove = verdict !== undefined && verdict.owner !== 'partner';
  const client = verdict ? clientLine(host, verdict, allDeals, knownContacts) : null;
  return (
    <li
      id={id}
      hidden={hidden}
      className={css[extOf ? 'partner_card_cleaner-rowExt' : 'partner_card_cleaner-row']}
      aria-label={phoneText(phone)}
    >
      <div className={css['partner_card_cleaner-rowHead']}>
        <span className={css['partner_card_cleaner-number']}>{phoneText(phone)}</span>
        <span className={css['partner_card_cleaner-owner']}>
          <OwnerBadge verdict={verdict} />
        </span>
      </div>
      {extOf && phone.phone.ext && (
        <span className={css['partner_card_cleaner-muted']}>{host.t('panel.ext_of', { ext: phone.phone.ext })}</span>
      )}
      {phone.phone.note && <span className={css['partner_card_cleaner-muted']}>{phone.phone.note}</span>}
      {client && <span className={css['partner_card_cleaner-clientLine']}>{client}</span>}
      {duplicate && (
        <div className={css['partner_card_cleaner-actions']}>
          <span className={css['partner_card_cleaner-muted']}>{host.t('panel.duplicate.times', { count: duplicate.indexes.length })}</span>
          {duplicate.conflicting ? (
            <span className={css['partner_card_cleaner-muted']}>{host.t('panel.duplicate.conflicting')}</span>
          ) : (
            <Button theme={CompactNeutralButton} onClick={() => onMerge(duplicate.e164)} isLoading={isMerging} isDisabled={isMerging}>
              {host.t('panel.duplicate.merge')}
            </Button>
          )}
        </div>
      )}
      {/* A named client's row says who instead of why (the why is the first line under «Почему так»):
          the name, the address and the contract are what the reasons mostly repeat. */}
      {verdict && !(verdict.owner === 'client' && client) && (
        <span className={css['partner_card_cleaner-why']} title={shortWhy(host, verdict)}>
          {shortWhy(host, verdict)}
        </span>
      )}
      {verdict && (
        <div className={css['partner_card_cleaner-rowFoot']}>
          {/* A native disclosure: the kit's Accordion header is a bare div (no keyboard, no role)
              with 17 px title text; <summary> is a real control and takes the panel's 13 px. */}
          <details className={css['partner_card_cleaner-details']}>
            <summary className={css['partner_card_cleaner-summary']}>{host.t('panel.why.details')}</summary>
            <EvidenceList reasons={verdict.reasons} evidence={evidence} score={verdict} />
          </details>
          {isMoving && <span className={css['partner_card_cleaner-muted']}>{host.t('panel.move.in_progress')}</span>}
          {!isMoving && canMove && !wantsMove && (
            <Button theme={verdict.owner === 'client' ? CompactPrimaryButton : CompactNeutralButton} onClick={() => setWantsMove(true)}>
              {host.t(verdict.owner === 'client' ? 'panel.move.open' : 'panel.move.its_client')}
            </Button>
          )}
        </div>
      )}
      {!isMoving && canMove && wantsMove && (
        <MoveForm
          phone={phone}
          verdict={verdict}
          evidence={evidence}
          knownContacts={knownContacts}
          allDeals={allDeals}
          isBusy={isMoving}
          isChecking={isChecking}
          onMove={onMove}
          onCancel={() => setWantsMove(false)}
        />
      )}
    </li>
  );
}
