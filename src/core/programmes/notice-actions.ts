import { defineAction } from '../../messaging/actions.js';

/** Withdraw a notice of ending early (its id); the curator enters a mentor's pay basis (a programme id). */
export const withdrawNoticeAction = defineAction('prg.nwd', ['int']);
export const payBasisAction = defineAction('prg.pay', ['int']);
/** A mentor put into a running programme by the curator gives their consent (a programme id). */
export const consentAction = defineAction('prg.cns', ['int']);
