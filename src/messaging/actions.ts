/**
 * Button actions: one typed helper builds and parses every callback payload, so nothing is
 * concatenated by hand. An encoded action is `name:arg1:arg2…`, ASCII, at most 64 bytes
 * (Telegram's callback data limit; VK payloads allow more). Parsing never trusts the payload:
 * a wrong shape gives null, and the core still checks that the person may do this now.
 */

export const MAX_ACTION_BYTES = 64;

const NAME = /^[a-z][a-z0-9_.]{0,23}$/;
const ARG = /^[A-Za-z0-9_.\-]{0,40}$/;

export type ArgKind = 'int' | 'str';
type ArgValue<K extends ArgKind> = K extends 'int' ? number : string;
type ArgValues<T extends readonly ArgKind[]> = { -readonly [I in keyof T]: ArgValue<T[I]> };

export interface ActionDef<T extends readonly ArgKind[]> {
  readonly name: string;
  readonly args: T;
  encode(...values: ArgValues<T>): string;
  /** The values if `data` is this action with well-formed arguments, else null. */
  parse(data: string): ArgValues<T> | null;
}

export function defineAction<const T extends readonly ArgKind[]>(name: string, args: T): ActionDef<T> {
  if (!NAME.test(name)) throw new Error(`bad action name ${name}`);
  return {
    name,
    args,
    encode(...values) {
      const parts = (values as unknown[]).map((v, i) => {
        const s = String(v);
        if (args[i] === 'int' && !/^-?\d+$/.test(s)) throw new Error(`action ${name}: arg ${i} is not an integer`);
        if (!ARG.test(s)) throw new Error(`action ${name}: arg ${i} has characters a payload cannot carry`);
        return s;
      });
      const data = [name, ...parts].join(':');
      if (Buffer.byteLength(data, 'utf8') > MAX_ACTION_BYTES) throw new Error(`action ${name} is over ${MAX_ACTION_BYTES} bytes`);
      return data;
    },
    parse(data) {
      if (typeof data !== 'string' || Buffer.byteLength(data, 'utf8') > MAX_ACTION_BYTES) return null;
      const [head, ...rest] = data.split(':');
      if (head !== name || rest.length !== args.length) return null;
      const out: unknown[] = [];
      for (let i = 0; i < args.length; i++) {
        const s = rest[i]!;
        if (!ARG.test(s)) return null;
        if (args[i] === 'int') {
          if (!/^-?\d{1,15}$/.test(s)) return null;
          out.push(Number(s));
        } else out.push(s);
      }
      return out as ArgValues<T>;
    },
  };
}

/** The action's name, for routing; null when the payload is not an action at all. */
export function actionName(data: string): string | null {
  if (typeof data !== 'string' || Buffer.byteLength(data, 'utf8') > MAX_ACTION_BYTES) return null;
  const head = data.split(':', 1)[0]!;
  return NAME.test(head) ? head : null;
}
