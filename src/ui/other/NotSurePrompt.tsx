// «Это карточка прораба?»: one click puts the partner marker the settings define on the contact
// (the tag, or the role field's partner value); the panel then opens as a foreman's.
import { Button } from '@kommo-crm/crm-react-ui-kit/Button';
import { useHost } from '../host/HostContext';
import type { Contact, CustomFieldDefinition } from '../../api/schemas';
import { useSetPartnerMarker } from '../../api/hooks/useCardKindData';
import { resolvePartnerMarker } from '../../domain/cardKind/partnerMarker';
import { markerWrite } from '../../domain/cardKind/markerWrite';
import { CompactNeutralButton } from '../compactThemes';
import { ErrorNotice } from '../StatusMessage';
import css from '../client/client.module.css';

export function NotSurePrompt({ contact, contactFields }: { contact: Contact; contactFields: CustomFieldDefinition[] }) {
  const host = useHost();
  const patch = useSetPartnerMarker();
  const write = markerWrite(resolvePartnerMarker(host.settings.partner_marker, contactFields), contactFields);
  return (
    <div className={css['partner_card_cleaner-prompt']} role="group" aria-label={host.t('other_card.ask')}>
      <strong>{host.t('other_card.ask')}</strong>
      {write.ok ? (
        <>
          <span className={css['partner_card_cleaner-muted']}>{host.t('other_card.ask_hint', { marker: write.said })}</span>
          <div>
            <Button
              theme={CompactNeutralButton}
              isDisabled={patch.isPending}
              onClick={() => patch.mutate({ id: contact.id, patch: write.patch })}
            >
              {patch.isPending ? host.t('other_card.marking') : host.t('other_card.mark', { marker: write.said })}
            </Button>
          </div>
        </>
      ) : (
        <span role="alert">{host.t('other_card.marker_missing', { field: write.field })}</span>
      )}
      {patch.error && (
        <ErrorNotice error={patch.error} onRetry={() => patch.mutate({ id: contact.id, patch: write.ok ? write.patch : {} })} />
      )}
    </div>
  );
}
