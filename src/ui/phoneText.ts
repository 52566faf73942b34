// How a number is written for the manager (and on the client contact): national form plus «доб.».
import type { CardPhone } from '../domain/types';
import { displayPhone } from '../domain/phones/normalize';

export function phoneText(phone: CardPhone): string {
  return displayPhone(phone.phone.e164, phone.phone.ext);
}
