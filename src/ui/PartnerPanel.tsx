// Placeholder panel: proves the adapter, the Host and the kit's styles reach the sidebar.
// The UI engineer replaces its body; the export signature stays.
import { Text, TextPrimaryTheme, TextSecondaryDarkTheme } from '@kommo-crm/crm-react-ui-kit/Text';
import type { Host } from '../host';

export function PartnerPanel({ host }: { host: Host }) {
  const card = host.card;
  return (
    <section className="partner_card_cleaner-panel" aria-label={host.t('panel.title')}>
      <Text as="h3" size="l" theme={TextPrimaryTheme}>
        {host.t('panel.title')}
      </Text>
      <Text as="p" size="m" theme={TextSecondaryDarkTheme}>
        {card && card.id > 0 ? host.t('panel.card', { id: card.id }) : host.t('panel.no_card')}
      </Text>
    </section>
  );
}
