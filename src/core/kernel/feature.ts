import type { ActionDef, ArgKind } from '../../messaging/actions.js';
import type { Button, ChatAddress, FileRef, Incoming, KeyboardFit, OutgoingMessage } from '../../messaging/types.js';
import type { Language, TextArgs } from '../../i18n/i18n.js';
import type { CoreDeps } from './deps.js';
import type { Organisation } from './organisation/organisation.js';
import type { Account, Person, Role } from './persons/person.js';
import type { Notifier } from './contact/notifier.js';
import type { Texts } from './contact/texts.js';
import type { DialogState } from './dialogs/dialogs.js';
import type { Job } from './jobs/jobs.js';
import type { ZodType } from 'zod';

/**
 * A capability of the core plugs in as a Feature: its commands, its buttons, its dialogs, its
 * free-text handling, its durable jobs, and its part of a person's data export and deletion.
 * Everything here is synchronous and runs inside the one transaction of an update or a job.
 */

/**
 * Who may use a command or a button: anyone (a stranger too), a person who has consented (still
 * filling in the profile, or a member), any active member, or members with one of the roles.
 */
export type Access = 'anyone' | 'person' | 'member' | readonly Role[];

/** A file a person sent; small text documents (CSV, JSON) come with their content already fetched. */
export interface ReceivedFile extends FileRef {
  content?: Buffer;
}

/** One incoming update, as the core sees it. */
export interface Turn {
  deps: CoreDeps;
  now: number;
  org: Organisation;
  incoming: Incoming;
  address: ChatAddress;
  /** `platform:chatId`, the key of this chat's dialog. */
  channel: string;
  /** How many buttons fit under one message in this chat, where its messenger sets a tight bound (its adapter says). */
  keyboard?: KeyboardFit;
  /** The member behind this chat (any status but forgotten), or null for a stranger. */
  person: Person | null;
  account: Account | null;
  notifier: Notifier;
  /** Texts in this person's language and zone (a stranger's platform language). */
  tx: Texts;
  t(key: string, args?: TextArgs): string;
  /** Answers in this chat at once. */
  reply(message: OutgoingMessage | string, opts?: { key?: string; replyTo?: string }): void;
  /** Edits a message sent earlier to this chat under `key`. */
  editHere(key: string, message: OutgoingMessage | string): void;
  /** A short toast for a button press (answered at once, not through the outbox). */
  ack(text: string): void;
  /** The dialog open in this chat, its data checked against its kind's schema (see dialogs/engine.ts). */
  dialog: DialogState | null;
  setDialog(kind: string, step: string, data?: unknown): void;
  /** Ends the open dialog (finished or given up); a dialog set aside earlier is then offered again. */
  clearDialog(): void;
  /**
   * Does `work` now and again after a refusal: a UserError rolls the whole update back, and what
   * must survive it (a dialog closed so the person is not stuck, a wrong code counted) is written
   * deliberately through this, in the transaction that answers the refusal.
   */
  keep(work: () => void): void;
  /** The file of this update, if any. */
  file?: ReceivedFile;
  /** Every command of the bot (for /help and the main menu). */
  commands: readonly CommandDef[];
  /** Every feature (for /my_data, /forget and hooks across capabilities). */
  features: readonly Feature[];
}

/** A turn of a known person: what a handler registered for persons or members gets. */
export interface MemberTurn extends Turn {
  person: Person;
}

/** Narrows a turn to a known person's (a handler open to anyone that needs the person). */
export function hasPerson(turn: Turn): turn is MemberTurn {
  return turn.person !== null;
}

/** The turn a handler with this access gets: a member's for anything but 'anyone'. */
export type TurnFor<A extends Access> = A extends 'anyone' ? Turn : MemberTurn;
/** The job a command belongs to: the main menu and /help are grouped by it (privacy last). */
export type CommandGroup = 'questions' | 'sessions' | 'programmes' | 'broadcasts' | 'surveys' | 'people' | 'general' | 'privacy';

export interface CommandDef {
  name: string;
  /** The job it belongs to in /help and the main menu; 'general' when not given. */
  group?: CommandGroup;
  access: Access;
  /** Locale key of the one-line description shown in /help and the platform's command menu. */
  descriptionKey: string;
  /** Locale key of the main-menu button that runs this command, if it has one. */
  menuKey?: string;
  /** Not listed in /help (aliases, /start). */
  hidden?: boolean;
  /** Runs inside the dialog in progress instead of setting it aside (/cancel). */
  keepsDialog?: boolean;
  handle: (turn: Turn, args: string) => void;
}

/** A command with its handler's turn typed by its access (the router checks the access first). */
export function command<const A extends Access>(
  def: Omit<CommandDef, 'access' | 'handle'> & { access: A; handle: (turn: TurnFor<A>, args: string) => void },
): CommandDef {
  return def as unknown as CommandDef;
}

export interface ActionHandler<T extends readonly ArgKind[] = readonly ArgKind[]> {
  def: ActionDef<T>;
  access: Access;
  handle(turn: Turn, args: ReturnType<ActionDef<T>['parse']> & {}): void;
}

/** Binds an action definition to its handler with the argument types checked. */
export function onAction<const T extends readonly ArgKind[], const A extends Access>(
  def: ActionDef<T>,
  access: A,
  handle: (turn: TurnFor<A>, args: NonNullable<ReturnType<ActionDef<T>['parse']>>) => void,
): ActionHandler {
  return { def, access, handle } as unknown as ActionHandler;
}

/**
 * One kind of dialog: its steps, the shape of its data (checked whenever it is read back, since a
 * stored dialog survives restarts and upgrades) and what it does with what the person sends.
 * Declared with `defineDialog` so the handlers see the data typed by the schema.
 */
export interface DialogHandler<D = any, A extends Access = 'member'> {
  /** Locale key naming what the person is doing, as in «Отменено: {what}» («новый вопрос»). */
  titleKey: string;
  steps: readonly string[];
  schema: ZodType<D>;
  /** Who may be in it; a member's dialog (the default) is closed once its person is no longer active. */
  access?: A;
  /** Text typed while the dialog is open. */
  onText?: (turn: TurnFor<A>, state: DialogState<D>, text: string) => void;
  /** A file sent while the dialog is open. */
  onFile?: (turn: TurnFor<A>, state: DialogState<D>, file: ReceivedFile) => void;
  /** Asks again for what the current step wants (when the person comes back to it). */
  prompt?: (turn: TurnFor<A>, state: DialogState<D>) => void;
  /** Tidies up what the dialog holds when it is cancelled; false when it refused (and said why). */
  cancel?: (turn: TurnFor<A>, state: DialogState<D>) => boolean | void;
  /**
   * What a command typed in the middle does: 'set-aside' (the default) keeps the dialog to go on
   * with later; 'close' ends it (an optional prompt with nothing to lose); 'stay' leaves it open
   * (onboarding, which the person must finish first).
   */
  onCommand?: 'set-aside' | 'close' | 'stay';
}

/** A dialog kind, its handlers typed by its schema and its access. */
export function defineDialog<D, const A extends Access = 'member'>(d: DialogHandler<D, A>): DialogHandler<any, Access> {
  return d as unknown as DialogHandler<any, Access>;
}

/** What a job handler gets: the moment, the organisation, and how to reach people. */
export interface JobContext {
  deps: CoreDeps;
  now: number;
  org: Organisation;
  notifier: Notifier;
  /** Every feature (for audiences other capabilities know); set by the scheduler. */
  features?: readonly Feature[];
}

/** One sheet of the year-end report (XLSX) and its lines in the chat summary; texts already localised. */
export interface ReportSection {
  /** Sheet name, at most 31 characters. */
  sheet: string;
  /** Short lines for the summary message in the chat. */
  summary: string[];
  /** Lines above the table in the workbook (under the report's title). */
  heading?: string[];
  columns: string[];
  rows: (string | number | null)[][];
  /** Distributions worth a picture in the DOCX report (a survey question's answers); the XLSX leaves them out. */
  charts?: ReportChart[];
}

/** A distribution to draw: a question, its answers, the people who answered (the base of the percentages), a line naming the survey, n and date. */
export interface ReportChart {
  title: string;
  bars: { label: string; count: number }[];
  respondents: number;
  footer: string;
}

/**
 * One capability's part of what a mentor did in a period (the labour-law record behind the extra
 * pay and the attestation points): counts, and the ratings people gave them.
 */
export interface MentorWorkPart {
  questionsAnswered?: number;
  sessionsRun?: number;
  planItemsConfirmed?: number;
  ratingSum?: number;
  ratingCount?: number;
}

/** A group of people a curator can address (a broadcast's or a survey's audience). */
export interface AudienceSource {
  /** Short id, [a-z_], e.g. "session". */
  id: string;
  /** Locale key of its button label. */
  labelKey: string;
  /** The concrete choices (e.g. each upcoming session), at most ~20; empty = nothing to choose. */
  choices(deps: CoreDeps, orgId: number, lang: Language): { id: number; label: string }[];
  /** Person ids of the chosen group. */
  members(deps: CoreDeps, orgId: number, choiceId: number): number[];
}

/**
 * What a capability offers in /documents for a school year: buttons for the year's documents (the
 * order, the report), each on its own row first; rows for each thing it keeps papers of (a
 * programme and its consent); lines to say under the menu's heading.
 */
export interface DocumentsOffer {
  yearWide?: Button[];
  rows?: Button[][];
  lines?: string[];
}

/** The demo organisation's people, by role (the playground seeds them first). */
export interface DemoCast {
  curatorId: number;
  mentorIds: number[];
  menteeIds: number[];
}

/** A capability's own demo data for the playground, for the same cast. */
export type DemoSeeder = (deps: CoreDeps, orgId: number, cast: DemoCast, now: number) => void;

export interface Feature {
  name: string;
  commands?: CommandDef[];
  actions?: ActionHandler[];
  /** Dialog kind → handler. A dialog kind belongs to exactly one feature. */
  dialogs?: Record<string, DialogHandler<any, Access>>;
  /** Free text or a file outside any dialog (a relayed conversation); true when taken. */
  onMessage?(turn: Turn): boolean;
  /** Job kind → handler, run by the scheduler's tick inside a transaction. */
  jobs?: Record<string, (ctx: JobContext, job: Job) => void>;
  /** Of its job kinds, those to run as soon as the outbox has nothing left to send now (progress, a final report). */
  jobsAfterDelivery?: string[];
  /** This feature's part of /my_data and /forget. */
  privacy?: {
    exportFor?(deps: CoreDeps, personId: number): Record<string, unknown>;
    forget?(deps: CoreDeps, personId: number, now: number): void;
  };
  /** A curator deactivated this person: release or reassign what they held. */
  onDeactivated?(ctx: JobContext, person: Person): void;
  /** When an account cannot be reached any more (blocked the bot): tell whoever must know. */
  onUnreachable?(ctx: JobContext, person: Person): void;
  /** This feature's part of the year-end report for a period. */
  yearReport?(deps: CoreDeps, orgId: number, period: { from: number; to: number }, lang: Language): ReportSection[];
  /** What each mentor did in a period, by person id (this feature's part). */
  mentorWork?(deps: CoreDeps, orgId: number, period: { from: number; to: number }): Map<number, MentorWorkPart>;
  /** Groups of people this feature knows (a session's participants, a programme's group…). */
  audiences?: AudienceSource[];
  /** Its part of the playground's demo organisation (seeded in the features' order). */
  demo?: DemoSeeder;
  /** Its documents for signing in /documents, for a curator and a school year (the buttons' actions are its own). */
  documents?(turn: MemberTurn, year: number): DocumentsOffer;
  /** Buttons this feature offers on a colleague's entry in the directory (/find): ask her a question… */
  personButtons?(turn: Turn, personId: number): Button[];
}
