import { z } from 'zod';
import { orderTopics, topicPage, typedLine } from '../kernel/organisation/topic-picker.js';
import type { Button } from '../../messaging/types.js';
import { defineAction } from '../../messaging/actions.js';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { listTopics, topicTitle } from '../kernel/organisation/topics.js';
import { EVERY_DAY, WEEKDAYS_MON_FRI, WEEKDAYS_MON_SAT, parseHoursRange, formatMinutes } from '../kernel/contact/hours.js';
import { personTopicIds, setPersonTopics, updatePerson } from '../kernel/persons/person.js';
import type { Language } from '../../i18n/i18n.js';
import { GENDERS } from '../kernel/persons/gender.js';

/**
 * The profile form: name, position, topics offered and wanted, contact days and hours, time zone.
 * Onboarding walks every step; /profile edits one. Every answer is saved as it is given, and
 * the step lives in the dialog row, so a restart goes on where it stopped.
 */

export type FormStep = 'name' | 'gender' | 'position' | 'offers' | 'wants' | 'days' | 'hours' | 'timezone';
/** `gender` is asked in onboarding only when the patronymic does not say it (always editable in /profile). */
export const FORM_STEPS: FormStep[] = ['name', 'gender', 'position', 'offers', 'wants', 'days', 'hours', 'timezone'];
export const FORM_KINDS = ['onboarding', 'profile'] as const;

export interface FormData {
  lang: Language;
  /** Topics chosen so far on a topic step, and the page shown. */
  selected?: number[];
  page?: number;
  pickerKey?: string;
  typed?: string;
  [k: string]: unknown;
}

/** The profile form's data (onboarding keeps its invitation beside it), checked whenever it is read back. */
export const formSchema = z.looseObject({
  lang: z.enum(['ru', 'en']),
  selected: z.array(z.number().int()).optional(),
  page: z.number().int().optional(),
  pickerKey: z.string().optional(),
  /** What was typed at a topic step. */
  typed: z.string().optional(),
  invitationId: z.number().int().optional(),
  bootstrap: z.boolean().optional(),
});

export const POSITION_KEYS = [
  'position-educator',
  'position-senior-educator',
  'position-teacher',
  'position-speech-therapist',
  'position-psychologist',
  'position-music',
  'position-pe',
  'position-defectologist',
  'position-extra-education',
] as const;

export const ZONES = [
  ['Europe/Kaliningrad', 'tz-kaliningrad'],
  ['Europe/Moscow', 'tz-moscow'],
  ['Europe/Samara', 'tz-samara'],
  ['Asia/Yekaterinburg', 'tz-yekaterinburg'],
  ['Asia/Omsk', 'tz-omsk'],
  ['Asia/Krasnoyarsk', 'tz-krasnoyarsk'],
  ['Asia/Irkutsk', 'tz-irkutsk'],
  ['Asia/Yakutsk', 'tz-yakutsk'],
  ['Asia/Vladivostok', 'tz-vladivostok'],
  ['Asia/Kamchatka', 'tz-kamchatka'],
] as const;

const DAY_PRESETS = [
  [WEEKDAYS_MON_FRI, 'profile-days-mon-fri'],
  [WEEKDAYS_MON_SAT, 'profile-days-mon-sat'],
  [EVERY_DAY, 'profile-days-every'],
] as const;

const HOUR_PRESETS = [
  [480, 1020],
  [540, 1080],
  [600, 1140],
] as const;

const TOPIC_KEY = 'profile-topics';

export const positionAction = defineAction('pf.pos', ['int']);
export const topicToggleAction = defineAction('pf.t', ['int']);
export const topicPageAction = defineAction('pf.tp', ['int']);
export const topicDoneAction = defineAction('pf.td', []);
export const daysAction = defineAction('pf.days', ['int']);
export const hoursAction = defineAction('pf.hours', ['int', 'int']);
export const zoneAction = defineAction('pf.tz', ['int']);
export const genderAction = defineAction('pf.g', ['int']);

const MAX_NAME = 120;
const MAX_POSITION = 80;

/** Whether a dialog of the form is open at this step. */
export function atStep(turn: Turn, step: FormStep): boolean {
  return Boolean(turn.dialog && (FORM_KINDS as readonly string[]).includes(turn.dialog.kind) && turn.dialog.step === step);
}

function data(turn: Turn): FormData {
  return (turn.dialog?.data ?? { lang: turn.tx.lang }) as FormData;
}

/** Opens a step: stores it in the dialog and asks its question. */
export function askStep(turn: Turn, kind: (typeof FORM_KINDS)[number], step: FormStep, extra: Partial<FormData> = {}): void {
  const d: FormData = { ...data(turn), ...extra };
  if (step === 'offers' || step === 'wants') {
    d.selected = turn.person ? personTopicIds(turn.deps.db, turn.person.id, step) : [];
    d.page = 0;
    d.pickerKey = `${TOPIC_KEY}-${step}-${turn.now}`;
  }
  turn.setDialog(kind, step, d);
  switch (step) {
    case 'name':
      turn.reply(turn.t('profile-ask-name'));
      return;
    case 'gender':
      turn.reply(genderQuestion(turn));
      return;
    case 'position': {
      const buttons: Button[][] = [];
      POSITION_KEYS.forEach((key, i) => {
        const b = { label: turn.t(key), action: positionAction.encode(i) };
        if (i % 2 === 0) buttons.push([b]);
        else buttons.at(-1)!.push(b);
      });
      turn.reply({ text: turn.t('profile-ask-position'), buttons });
      return;
    }
    case 'offers':
    case 'wants':
      turn.reply(topicPicker(turn, step, d), { key: String(d.pickerKey) });
      return;
    case 'days':
      turn.reply({
        text: turn.t('profile-ask-days'),
        buttons: DAY_PRESETS.map(([mask, key]) => [{ label: turn.t(key), action: daysAction.encode(mask) }]),
      });
      return;
    case 'hours':
      turn.reply({
        text: turn.t('profile-ask-hours'),
        buttons: [HOUR_PRESETS.map(([from, to]) => ({ label: `${formatMinutes(from)}–${formatMinutes(to)}`, action: hoursAction.encode(from, to) }))],
      });
      return;
    case 'timezone': {
      const buttons: Button[][] = [];
      ZONES.forEach(([, key], i) => {
        const b = { label: turn.t(key), action: zoneAction.encode(i) };
        if (i % 2 === 0) buttons.push([b]);
        else buttons.at(-1)!.push(b);
      });
      turn.reply({ text: turn.t('profile-ask-timezone', { zone: turn.tx.zoneName(turn.org.timezone, turn.now) }), buttons });
      return;
    }
  }
}

function topicPicker(turn: Turn, step: 'offers' | 'wants', d: FormData) {
  const { db } = turn.deps;
  const topics = listTopics(db, turn.org.id);
  const selected = new Set(d.selected ?? []);
  // Typed topics first, then the ones she already has (stored, so buttons do not jump as she toggles).
  const picker = topicPage(turn.tx, {
    topics: orderTopics(topics, { typed: d.typed, own: turn.person ? personTopicIds(db, turn.person.id, step) : [] }),
    page: d.page ?? 0,
    pick: (id) => topicToggleAction.encode(id),
    turnPage: (page) => topicPageAction.encode(page),
    marked: selected,
    perRow: 2,
    fit: turn.keyboard,
    besides: { rows: 1, buttons: 1 },
  });
  const buttons = [...picker.buttons, [{ label: turn.t('common-done'), action: topicDoneAction.encode(), style: 'positive' as const }]];
  const chosen = topics.filter((t) => selected.has(t.id)).map((t) => topicTitle(t, turn.tx.lang));
  const text = turn.t(step === 'offers' ? 'profile-ask-offers' : 'profile-ask-wants', {
    chosen: chosen.length ? chosen.join(', ') : turn.t('profile-none'),
    page: picker.page + 1,
    pages: picker.pages,
  });
  const line = typedLine(turn.tx, topics, d.typed);
  return { text: `${text}\n${line}`, buttons };
}

/** A topic typed at the offers or wants step: the matching ones come first, on a fresh picker. */
function onTopicTyped(turn: Turn, step: 'offers' | 'wants', typed: string): void {
  const d: FormData = { ...data(turn), typed: typed.slice(0, 100), page: 0 };
  turn.setDialog(turn.dialog!.kind, step, d);
  turn.reply(topicPicker(turn, step, d), { key: String(d.pickerKey) });
}

/** Called when a step is answered; the form decides what comes next. */
export type StepDone = (turn: MemberTurn, step: FormStep) => void;

export function formText(turn: MemberTurn, text: string, done: StepDone): void {
  const step = turn.dialog!.step as FormStep;
  const person = turn.person;
  const clean = text.trim();
  switch (step) {
    case 'offers':
    case 'wants':
      if (!clean) return turn.reply(turn.t('common-use-buttons'));
      onTopicTyped(turn, step, clean);
      return;
    case 'name': {
      if (clean.length < 2 || clean.length > MAX_NAME || !/\p{L}/u.test(clean)) throw new UserError('profile-bad-name', { max: MAX_NAME });
      updatePerson(turn.deps.db, person.id, { fullName: clean.replace(/\s+/g, ' ') }, turn.now);
      done(turn, step);
      return;
    }
    case 'position': {
      if (clean.length < 2 || clean.length > MAX_POSITION) throw new UserError('profile-bad-position', { max: MAX_POSITION });
      updatePerson(turn.deps.db, person.id, { position: clean }, turn.now);
      done(turn, step);
      return;
    }
    case 'hours': {
      const range = parseHoursRange(clean);
      if (!range) throw new UserError('profile-bad-hours');
      updatePerson(turn.deps.db, person.id, { contactFrom: range.from, contactTo: range.to }, turn.now);
      done(turn, step);
      return;
    }
    case 'timezone': {
      if (!isZone(clean)) throw new UserError('profile-bad-timezone');
      updatePerson(turn.deps.db, person.id, { timezone: clean }, turn.now);
      done(turn, step);
      return;
    }
    default:
      turn.reply(turn.t('common-use-buttons'));
  }
}

function isZone(zone: string): boolean {
  if (!/^[A-Za-z_]+\/[A-Za-z_\/+-]+$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function staleUnless(turn: Turn, ok: boolean): boolean {
  if (!ok || !turn.person) throw new StaleButton();
  return true;
}

export function onPosition(turn: MemberTurn, index: number, done: StepDone): void {
  const key = POSITION_KEYS[index];
  if (!staleUnless(turn, atStep(turn, 'position') && key !== undefined)) return;
  updatePerson(turn.deps.db, turn.person.id, { position: turn.t(key!) }, turn.now);
  done(turn, 'position');
}

/** «Как мне писать о вас: она / он?», asked once when the patronymic does not say it, and from /profile. */
export function genderQuestion(turn: Turn): { text: string; buttons: Button[][] } {
  const option = (g: (typeof GENDERS)[number]) => ({ label: turn.t('profile-gender-option', { gender: g }), action: genderAction.encode(GENDERS.indexOf(g)) });
  return { text: turn.t('profile-ask-gender'), buttons: [[option('female'), option('male')], [option('unknown')]] };
}

/** The answer: in /profile it ends the step; after onboarding (no dialog) it is saved as it is. */
export function onGender(turn: MemberTurn, index: number, done: StepDone): void {
  const gender = GENDERS[index];
  if (!staleUnless(turn, gender !== undefined && turn.person?.status === 'active')) return;
  updatePerson(turn.deps.db, turn.person.id, { gender: gender! }, turn.now);
  if (atStep(turn, 'gender')) done(turn, 'gender');
  else turn.ack(turn.t('profile-saved'));
}

export function onTopicToggle(turn: Turn, topicId: number): void {
  const step = turn.dialog?.step;
  if (!staleUnless(turn, atStep(turn, 'offers') || atStep(turn, 'wants'))) return;
  const topics = listTopics(turn.deps.db, turn.org.id);
  if (!topics.some((t) => t.id === topicId)) {
    throw new StaleButton();
  }
  const d = data(turn);
  const selected = new Set(d.selected ?? []);
  if (selected.has(topicId)) selected.delete(topicId);
  else selected.add(topicId);
  const next = { ...d, selected: [...selected] };
  turn.setDialog(turn.dialog!.kind, step!, next);
  turn.editHere(String(d.pickerKey), topicPicker(turn, step as 'offers' | 'wants', next));
}

export function onTopicPage(turn: Turn, page: number): void {
  const step = turn.dialog?.step;
  if (!staleUnless(turn, atStep(turn, 'offers') || atStep(turn, 'wants'))) return;
  const d = { ...data(turn), page };
  turn.setDialog(turn.dialog!.kind, step!, d);
  turn.editHere(String(d.pickerKey), topicPicker(turn, step as 'offers' | 'wants', d));
}

export function onTopicDone(turn: MemberTurn, done: StepDone): void {
  const step = turn.dialog?.step as 'offers' | 'wants';
  if (!staleUnless(turn, atStep(turn, 'offers') || atStep(turn, 'wants'))) return;
  const valid = new Set(listTopics(turn.deps.db, turn.org.id).map((t) => t.id));
  setPersonTopics(turn.deps.db, turn.person.id, step, (data(turn).selected ?? []).filter((id) => valid.has(id)));
  done(turn, step);
}

export function onDays(turn: MemberTurn, mask: number, done: StepDone): void {
  if (!staleUnless(turn, atStep(turn, 'days') && DAY_PRESETS.some(([m]) => m === mask))) return;
  updatePerson(turn.deps.db, turn.person.id, { contactDays: mask }, turn.now);
  done(turn, 'days');
}

export function onHours(turn: MemberTurn, from: number, to: number, done: StepDone): void {
  if (!staleUnless(turn, atStep(turn, 'hours') && from >= 0 && from < to && to <= 1440)) return;
  updatePerson(turn.deps.db, turn.person.id, { contactFrom: from, contactTo: to }, turn.now);
  done(turn, 'hours');
}

export function onZone(turn: MemberTurn, index: number, done: StepDone): void {
  const zone = ZONES[index];
  if (!staleUnless(turn, atStep(turn, 'timezone') && zone !== undefined)) return;
  updatePerson(turn.deps.db, turn.person.id, { timezone: zone![0] }, turn.now);
  done(turn, 'timezone');
}

export function daysLabel(turn: { t: Turn['t'] }, mask: number): string {
  const preset = DAY_PRESETS.find(([m]) => m === mask);
  if (preset) return turn.t(preset[1]);
  const names = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  return names.filter((_, i) => mask & (1 << i)).map((n) => turn.t(`profile-day-${n}`)).join(', ');
}
