import { z } from 'zod';

/**
 * A survey's definition: its title and questions, from a template in data/surveys/ or a JSON
 * file a curator sends. Validated with zod; errors name the line of the file they are on.
 */

const ID = /^[a-z0-9_]{1,20}$/;
const text = z.string().trim().min(1).max(500);
const option = z.string().trim().min(1).max(60);

const scale = z.object({ id: z.string().regex(ID), type: z.literal('scale'), text, min: z.number().int().min(0).max(1).default(1), max: z.number().int().min(2).max(10).default(5), minLabel: z.string().max(40).optional(), maxLabel: z.string().max(40).optional() }).strict();
const single = z.object({ id: z.string().regex(ID), type: z.literal('single'), text, options: z.array(option).min(2).max(10) }).strict();
const multi = z.object({ id: z.string().regex(ID), type: z.literal('multi'), text, options: z.array(option).min(2).max(10) }).strict();
const yesno = z.object({ id: z.string().regex(ID), type: z.literal('yesno'), text }).strict();
const free = z.object({ id: z.string().regex(ID), type: z.literal('text'), text, optional: z.boolean().default(false) }).strict();

export const questionSchema = z.discriminatedUnion('type', [scale, single, multi, yesno, free]);
export type Question = z.infer<typeof questionSchema>;

export const MAX_QUESTIONS = 50;

export const definitionSchema = z
  .object({
    title: z.string().trim().min(1).max(120),
    /** Roles the template is meant for (a suggestion for the audience). */
    audience: z.array(z.enum(['mentor', 'mentee', 'staff', 'curator'])).optional(),
    questions: z.array(questionSchema).min(1).max(MAX_QUESTIONS),
  })
  .strict()
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `duplicate question id "${q.id}"` });
      seen.add(q.id);
      if (q.type === 'scale' && q.max <= q.min) ctx.addIssue({ code: 'custom', path: ['questions', i, 'max'], message: 'max must be above min' });
      if ((q.type === 'single' || q.type === 'multi') && new Set(q.options).size !== q.options.length) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'options'], message: 'options repeat' });
      }
    });
  });
export type SurveyDefinition = z.infer<typeof definitionSchema>;

export interface DefinitionProblem {
  line: number;
  path: string;
  message: string;
}

export type ParsedDefinition = { ok: true; definition: SurveyDefinition } | { ok: false; problems: DefinitionProblem[] };

/** Parses and validates a definition file; problems carry the line they are on. */
export function parseDefinition(source: string): ParsedDefinition {
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (err) {
    const pos = /position (\d+)/.exec(String(err));
    const line = pos ? lineAt(source, Number(pos[1])) : 1;
    return { ok: false, problems: [{ line, path: '', message: 'not valid JSON' }] };
  }
  const result = definitionSchema.safeParse(raw);
  if (result.success) return { ok: true, definition: result.data };
  const lines = valueLines(source);
  const problems = result.error.issues.slice(0, 10).map((issue) => {
    const path = issue.path.map(String);
    let line = 1;
    for (let n = path.length; n >= 0; n--) {
      const found = lines.get(path.slice(0, n).join('.'));
      if (found) {
        line = found;
        break;
      }
    }
    return { line, path: path.join('.'), message: issue.message };
  });
  return { ok: false, problems };
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** The line where each value of a (valid) JSON text starts, by its dotted path. */
export function valueLines(source: string): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  let line = 1;
  const ws = () => {
    while (i < source.length && /\s/.test(source[i]!)) {
      if (source[i] === '\n') line++;
      i++;
    }
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < source.length && source[i] !== '"') i += source[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(source.slice(start, i)) as string;
  };
  const value = (path: string[]): void => {
    ws();
    out.set(path.join('.'), line);
    const c = source[i];
    if (c === '{') {
      i++;
      ws();
      if (source[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        const key = str();
        ws();
        i++; // ':'
        value([...path, key]);
        ws();
        if (source[i++] === '}') return;
      }
    } else if (c === '[') {
      i++;
      ws();
      if (source[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value([...path, String(n)]);
        ws();
        if (source[i++] === ']') return;
      }
    } else if (c === '"') str();
    else while (i < source.length && /[^,\]}\s]/.test(source[i]!)) i++;
  };
  value([]);
  return out;
}
