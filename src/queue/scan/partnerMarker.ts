// The queue reads the same partner-marker rule as the panel: one rule, kept in the domain.
export { isPartner, resolvePartnerMarker, type PartnerMarker } from '../../domain/cardKind/partnerMarker';
