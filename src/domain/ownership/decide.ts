// From weighed reasons to a verdict. The costly mistake is a confident «client» on the
// foreman's own number (it would be moved away), so conflicts end in «unknown».
import type { Confidence, PhoneOwner, Reason } from '../types';
import type { Scored } from './scoreEvidence';

export interface Decision {
  owner: PhoneOwner;
  confidence: Confidence;
  /** Reasons, with a `conflict` reason added when evidence points both ways. */
  reasons: Reason[];
}

export function decide(scored: Scored): Decision {
  const forPartner = scored.reasons.reduce((s, r) => s + Math.max(0, r.weight), 0);
  const forClient = scored.reasons.reduce((s, r) => s + Math.max(0, -r.weight), 0);
  const score = forPartner - forClient;
  const reasons = [...scored.reasons].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const conflict = (why: string): Decision => ({
    owner: 'unknown',
    confidence: 'low',
    reasons: [...reasons, { code: 'conflict', weight: 0, params: { why, forPartner: round(forPartner), forClient: round(forClient) } }],
  });

  const marks = scored.clientMarks;
  // Another foreman holds the number: a shared office line or a client of two foremen. Only a
  // client-base or client-contact match with calls on one deal says «client of both», and weakly.
  if (scored.otherPartners) {
    const clientOfBoth = marks.has('concentrated') && (marks.has('client-base') || marks.has('client-contact')) && !scored.spread && !scored.twoPlaces;
    return clientOfBoth ? { owner: 'client', confidence: 'low', reasons } : conflict('other-partners');
  }
  // Strong marks both ways (calls across addresses and a client base match, say): a person must look.
  if (forPartner >= 1.5 && forClient >= 1.5) return conflict('both-ways');

  if (score <= -1.5 && !scored.spread) {
    const high = marks.has('concentrated') && (marks.has('client-base') || marks.has('client-contact')) && forPartner < 1 && !scored.twoPlaces;
    const confidence: Confidence = high ? 'high' : score <= -2.5 || marks.size >= 2 ? 'medium' : 'low';
    return { owner: 'client', confidence, reasons };
  }
  if (score >= 0.7) {
    const confidence: Confidence = score >= 3 ? 'high' : score >= 1.5 ? 'medium' : 'low';
    return { owner: 'partner', confidence, reasons };
  }
  return { owner: 'unknown', confidence: 'low', reasons };
}

const round = (n: number) => Math.round(n * 10) / 10;
