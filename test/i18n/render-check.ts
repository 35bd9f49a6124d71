import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { Expression, NamedArgument, Pattern, Variant } from '@fluent/bundle/esm/ast.js';

/**
 * The locale render check (issue 16): renders every message of a locale with representative
 * arguments (female, male and unknown gender; 1, 2, 5 and 21 items; today, tomorrow, a far date,
 * another zone; every variant of every selector) and reports what a colleague would not write:
 * «(а)»-style forms, IANA zone names, empty placeholders («—.», «()», «: .»), a leaked sentinel
 * ("none", "undefined"), a decimal point in Russian, Fluent errors (a missing variable or message).
 */

export type Lang = 'ru' | 'en';
export type Gender = 'female' | 'male' | 'unknown';

export interface Moments {
  /** Moments already said by the dates module, e.g. «сегодня в 15:00», per scenario. */
  today: string;
  tomorrow: string;
  far: string;
  otherZone: string;
  /** Calendar days (deadlines). */
  day: string;
}

export interface Problem {
  lang: Lang;
  key: string;
  rule: string;
  text: string;
}

interface Shape {
  vars: Set<string>;
  /** Variables used as selectors, with the keys of their variants (numbers and words; plural categories left out). */
  selectorKeys: Map<string, Set<string | number>>;
  /** Variables selected by plural categories or numbers: they take counts. */
  counted: Set<string>;
}

const PLURAL = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

function walkPattern(p: Pattern, s: Shape, bundle: FluentBundle, seen: Set<string>): void {
  if (typeof p === 'string') return;
  for (const e of p) if (typeof e !== 'string') walkExpr(e, s, bundle, seen);
}

function walkExpr(e: Expression | NamedArgument, s: Shape, bundle: FluentBundle, seen: Set<string>): void {
  switch (e.type) {
    case 'var':
      s.vars.add(e.name);
      return;
    case 'narg':
      walkExpr(e.value, s, bundle, seen);
      return;
    case 'func':
      for (const a of e.args) walkExpr(a, s, bundle, seen);
      return;
    case 'term':
    case 'mesg': {
      // A reference reads the same variables as the message that refers to it.
      const id = `${e.type === 'term' ? '-' : ''}${e.name}`;
      if (seen.has(id)) return;
      seen.add(id);
      const target = e.type === 'term' ? (bundle as unknown as { _terms: Map<string, { value: Pattern }> })._terms.get(id) : bundle.getMessage(e.name);
      if (target?.value) walkPattern(target.value, s, bundle, seen);
      if (e.type === 'term') for (const a of e.args) walkExpr(a, s, bundle, seen);
      return;
    }
    case 'select': {
      walkExpr(e.selector, s, bundle, seen);
      if (e.selector.type === 'var') {
        const name = e.selector.name;
        const keys = s.selectorKeys.get(name) ?? new Set();
        for (const v of e.variants as Variant[]) {
          if (v.key.type === 'num') {
            keys.add(v.key.value);
            s.counted.add(name);
          } else if (PLURAL.has(v.key.value)) s.counted.add(name);
          else keys.add(v.key.value);
        }
        s.selectorKeys.set(name, keys);
      }
      for (const v of e.variants as Variant[]) walkPattern(v.value, s, bundle, seen);
      return;
    }
    default:
      return;
  }
}

export function shapeOf(bundle: FluentBundle, key: string): Shape {
  const s: Shape = { vars: new Set(), selectorKeys: new Map(), counted: new Set() };
  const m = bundle.getMessage(key);
  if (m?.value) walkPattern(m.value, s, bundle, new Set([key]));
  for (const attr of Object.values(m?.attributes ?? {})) walkPattern(attr, s, bundle, new Set([key]));
  return s;
}

/** Quantities by their names (a message may show one without selecting on it). */
const COUNTED_NAME =
  /^(count|total|done|waiting|taken|seats|id|n|max|min|page|pages|minutes|hours|days|mb|length|accepted|rejected|asked|finished|closed|escalated|held|people|pairs|mentors|mentees|active|uses|programmes|onTime|late|awaiting|overdue|upcoming|load|questions|sessions|items|rated|percent|line|year|duration|answered|position|[a-z]+(Minutes|Days|Waves|Cap|Size|Count|Uses))$/;
const DECIMAL_NAME = /^(rating|average|mean|median|overlap|score)$/;
const MOMENT_NAME = /^(when|at|until|opens|expires|since|from|to|old|before|date)$/;

const NAMES: Record<Gender, string> = { female: 'Анна Петровна Иванова', male: 'Иван Петрович Смирнов', unknown: 'Саша Ким' };
const PERSON_NAME = /^(name|mentor|curator|asker|host|mentees|names|by|organiser)$/;

interface Scenario {
  gender: Gender;
  count: number;
  moment: keyof Omit<Moments, 'day'>;
}

/** Each gender meets several counts and every kind of moment. */
export const SCENARIOS: Scenario[] = [
  { gender: 'female', count: 1, moment: 'today' },
  { gender: 'male', count: 2, moment: 'tomorrow' },
  { gender: 'unknown', count: 5, moment: 'far' },
  { gender: 'female', count: 21, moment: 'otherZone' },
  { gender: 'male', count: 5, moment: 'today' },
  { gender: 'unknown', count: 1, moment: 'tomorrow' },
  { gender: 'female', count: 2, moment: 'far' },
  { gender: 'male', count: 21, moment: 'otherZone' },
  { gender: 'unknown', count: 21, moment: 'today' },
];

function argsFor(shape: Shape, sc: Scenario, moments: Moments): Record<string, FluentVariable> {
  const args: Record<string, FluentVariable> = {};
  for (const v of shape.vars) {
    if (/Gender$/.test(v) || v === 'gender') args[v] = sc.gender;
    else if (shape.counted.has(v) || COUNTED_NAME.test(v)) args[v] = sc.count;
    else if (DECIMAL_NAME.test(v)) args[v] = 3.5 + sc.count / 10;
    else if (v === 'date' || v === 'day') args[v] = moments.day;
    else if (MOMENT_NAME.test(v)) args[v] = moments[sc.moment];
    else if (PERSON_NAME.test(v)) args[v] = NAMES[sc.gender];
    else if (v === 'header') args[v] = 'Вопрос №3 · Работа с родителями';
    else if (v === 'zone') args[v] = 'по времени Екатеринбурга';
    else if (v === 'platform' || v === 'platforms') args[v] = 'Telegram';
    else args[v] = 'Работа с родителями';
  }
  return args;
}

/** The rules; each returns true when the text breaks it. */
export const RULES: { rule: string; langs: Lang[]; test: (text: string) => boolean }[] = [
  { rule: '«(а)»-style gender form', langs: ['ru', 'en'], test: (t) => /[а-яё]\((а|на|ла|ы|ась|-ась|-на|-а)\)/iu.test(t) || /\((s)he\)|he\/she|his\/her/i.test(t) },
  { rule: 'IANA zone name', langs: ['ru', 'en'], test: (t) => /\b(Europe|Asia|America|Africa|Australia|Pacific|Atlantic|Indian|Etc|Antarctica)\/[A-Za-z_]+/.test(t) },
  {
    rule: 'empty placeholder',
    langs: ['ru', 'en'],
    test: (t) => /—\s*[.,;)](?!\.)/.test(t) || /\(\s*\)/.test(t) || /:\s*[.,;]/.test(t) || /«\s*»|“\s*”|"\s*"/.test(t) || /(^|\n)\s*[.,;]/.test(t),
  },
  { rule: 'leaked value', langs: ['ru', 'en'], test: (t) => /\b(undefined|null|NaN)\b|\[object Object\]|\{\s*\$/.test(t) },
  // A sentinel a call site passes to a selector ('none') shown as it is.
  { rule: 'leaked value', langs: ['ru'], test: (t) => /\bnone\b/.test(t) },
  // A decimal point between digits («3.5»); dates such as «25.12» and law articles («ст. 351.8») are not decimals.
  { rule: 'decimal point in Russian', langs: ['ru'], test: (t) => /(?<![\d.])\d{1,3}\.\d(?![\d.])/.test(t.replace(/351\.8/g, '')) },
];

export function bundleOf(lang: Lang, source: string): { bundle: FluentBundle; parseErrors: string[] } {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(source));
  return { bundle, parseErrors: errors.map((e) => e.message) };
}

export function messageKeys(bundle: FluentBundle): string[] {
  return [...(bundle as unknown as { _messages: Map<string, unknown> })._messages.keys()];
}

/** Renders every message of one locale in every scenario and every selector variant; reports what breaks a rule. */
export function checkLocale(lang: Lang, source: string, moments: Moments): Problem[] {
  const { bundle, parseErrors } = bundleOf(lang, source);
  const problems: Problem[] = parseErrors.map((e) => ({ lang, key: '(file)', rule: 'Fluent syntax', text: e }));
  for (const key of messageKeys(bundle)) {
    const message = bundle.getMessage(key)!;
    if (!message.value) continue;
    const shape = shapeOf(bundle, key);
    const runs: Record<string, FluentVariable>[] = [];
    for (const sc of SCENARIOS) runs.push(argsFor(shape, sc, moments));
    // Every variant of every selector, the other arguments as in the first scenario.
    for (const [name, keys] of shape.selectorKeys) {
      for (const k of keys) runs.push({ ...argsFor(shape, SCENARIOS[0]!, moments), [name]: k });
    }
    const seen = new Set<string>();
    for (const args of runs) {
      const errors: Error[] = [];
      const text = bundle.formatPattern(message.value, args, errors);
      if (errors.length) problems.push({ lang, key, rule: 'Fluent error', text: errors.map((e) => e.message).join('; ') });
      if (seen.has(text)) continue;
      seen.add(text);
      for (const r of RULES) {
        if (r.langs.includes(lang) && r.test(text)) problems.push({ lang, key, rule: r.rule, text });
      }
    }
  }
  // One report per message and rule is enough to read.
  const unique = new Map<string, Problem>();
  for (const p of problems) if (!unique.has(`${p.lang}|${p.key}|${p.rule}`)) unique.set(`${p.lang}|${p.key}|${p.rule}`, p);
  return [...unique.values()];
}

/** Keys in one file and not the other. */
export function parity(ru: string, en: string): { onlyRu: string[]; onlyEn: string[] } {
  const a = new Set(messageKeys(bundleOf('ru', ru).bundle));
  const b = new Set(messageKeys(bundleOf('en', en).bundle));
  return { onlyRu: [...a].filter((k) => !b.has(k)), onlyEn: [...b].filter((k) => !a.has(k)) };
}
