import { defineAction } from '../../messaging/actions.js';

/** Every button of programmes: the payload names an object; the handler checks who may touch it now. */

/** Show a programme's plan. */
export const showAction = defineAction('prg.show', ['int']);
/** Mark a plan item done (asks for a comment or a file). */
export const doneAction = defineAction('prg.done', ['int']);
/** Report without a comment. */
export const noCommentAction = defineAction('prg.nocom', ['int']);
/** The mentor confirms a reported item, or returns it with a remark. */
export const confirmAction = defineAction('prg.ok', ['int']);
export const returnAction = defineAction('prg.ret', ['int']);
/** Add an item to a programme's plan; who is responsible (in the add dialog). */
export const addItemAction = defineAction('prg.add', ['int']);
export const responsibleAction = defineAction('prg.resp', ['int', 'str']);
/** Fill a plan from a template. */
export const templateAction = defineAction('prg.tpl', ['int', 'str']);
/** A member agrees (1) or declines (0) to take part. */
export const agreeAction = defineAction('prg.agree', ['int', 'int']);
/** The curator ends a programme (asks first), and confirms. */
export const endAction = defineAction('prg.end', ['int']);
export const endConfirmAction = defineAction('prg.endok', ['int']);
/** The curator's wizard for a new programme. */
export const pickMenteeAction = defineAction('prg.nme', ['int']);
export const menteesDoneAction = defineAction('prg.nmed', []);
export const menteesPageAction = defineAction('prg.nmp', ['int']);
export const pickMentorAction = defineAction('prg.nmr', ['int']);
export const pickKindAction = defineAction('prg.nk', ['str']);
export const pickTemplateAction = defineAction('prg.nt', ['str']);
export const defaultTermAction = defineAction('prg.nterm', []);
/** The curator picks a new mentor for a programme; a mentee asks the curator for another mentor. */
export const changeMentorAction = defineAction('prg.chm', ['int']);
export const setMentorAction = defineAction('prg.setm', ['int', 'int']);
export const askOtherMentorAction = defineAction('prg.askm', ['int']);
/** Propose another deadline for an item; the other side accepts (1) or declines (0) the proposal (an event id). */
export const moveAction = defineAction('prg.mv', ['int']);
export const moveAnswerAction = defineAction('prg.mva', ['int', 'int']);
/** A member ends the programme early (asks for the reason); each member rates it at the end. */
export const leaveAction = defineAction('prg.quit', ['int']);
export const rateAction = defineAction('prg.rate', ['int', 'int']);
/** The mentor's or curator's view for changing the plan: remove (or archive) an item, extend the programme. */
export const editPlanAction = defineAction('prg.edit', ['int']);
export const removeItemAction = defineAction('prg.rm', ['int']);
export const extendAction = defineAction('prg.ext', ['int']);
export const extendAnswerAction = defineAction('prg.exta', ['int', 'int']);
/** Record the pair's agreement (contact times, meetings, confidentiality) as the members word it. */
export const agreementAction = defineAction('prg.agr', ['int']);

/** Documents for signing in /documents: the order assigning mentors, a programme, a mentor's consent (a programme id). */
export const orderDocAction = defineAction('doc.order', []);
export const programmeDocAction = defineAction('doc.prog', ['int']);
export const consentDocAction = defineAction('doc.cons', ['int']);
