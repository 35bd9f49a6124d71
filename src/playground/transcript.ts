import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { LocalAdapter, LocalEvent, LocalMessage } from '../adapters/local/local-adapter.js';
import type { Button, FileKind } from '../messaging/types.js';

/**
 * What each playground chat shows, both ways: the bot's messages (as the local adapter holds
 * them, edits applied) and what the person typed, pressed or sent. Kept as an append-only
 * journal of JSON lines beside the database, so a restart shows the same conversations and the
 * bot can still edit its earlier messages.
 */

export interface PersonEntry {
  id: string;
  chatId: string;
  at: number;
  text?: string;
  /** The label of the button pressed. */
  pressed?: string;
  file?: { blobId: string; name: string; mime?: string; size: number };
}

export type ChatEntry = { from: 'bot'; at: number; message: LocalMessage } | { from: 'person'; at: number; entry: PersonEntry };

/** An entry as the page gets it. */
export interface EntryView {
  id: string;
  from: 'bot' | 'person';
  at: number;
  text: string;
  format: 'plain' | 'html';
  buttons: Button[][];
  menu?: string[][];
  pressed?: string;
  edited: number;
  file?: { kind: FileKind; name: string; mime?: string; size: number };
}

type JournalLine =
  | { t: 'bot'; at: number; m: Omit<LocalMessage, 'file'> & { file?: { kind: FileKind; name: string; mime?: string; b64: string } } }
  | { t: 'edit'; at: number; chatId: string; id: string; text: string; format: 'plain' | 'html'; buttons: Button[][]; menu?: string[][]; edited: number }
  | { t: 'person'; at: number; e: PersonEntry; b64?: string };

export class Transcript {
  private readonly chats = new Map<string, ChatEntry[]>();
  private seq = 0;
  private readonly listeners = new Set<(chatId: string, view: EntryView, change: 'new' | 'edit') => void>();

  constructor(
    private readonly local: LocalAdapter,
    private readonly journal: string | null,
    private readonly now: () => number,
  ) {
    if (journal && existsSync(journal)) this.replay(readFileSync(journal, 'utf8'));
    local.on((e) => this.onBot(e));
  }

  /** Listens to every new or edited entry. */
  on(listener: (chatId: string, view: EntryView, change: 'new' | 'edit') => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  entries(chatId: string): EntryView[] {
    return (this.chats.get(chatId) ?? []).map(view);
  }

  /** Records what a person did before it goes to the bot (so the page shows it first). */
  recordPerson(chatId: string, what: Omit<PersonEntry, 'id' | 'chatId' | 'at'>, bytes?: Buffer): PersonEntry {
    const entry: PersonEntry = { id: `p${++this.seq}`, chatId, at: this.now(), ...what };
    this.push(chatId, { from: 'person', at: entry.at, entry });
    this.write({ t: 'person', at: entry.at, e: entry, b64: bytes?.toString('base64') });
    this.emit(chatId, { from: 'person', at: entry.at, entry }, 'new');
    return entry;
  }

  /** A file shown in a chat: one the bot sent (by message id) or one the person sent (by entry id). */
  file(chatId: string, id: string): { bytes: Buffer; name: string; mime?: string } | null {
    for (const e of this.chats.get(chatId) ?? []) {
      if (e.from === 'bot' && e.message.id === id && e.message.file) return e.message.file;
      if (e.from === 'person' && e.entry.id === id && e.entry.file) return this.local.blob(e.entry.file.blobId) ?? null;
    }
    return null;
  }

  /** The bot's message in a chat, if it is there. */
  botMessage(chatId: string, id: string): LocalMessage | null {
    return this.local.messagesOf(chatId).find((m) => m.id === id) ?? null;
  }

  private onBot(e: LocalEvent): void {
    const at = this.now();
    const m = e.message;
    if (e.type === 'message') {
      const entry: ChatEntry = { from: 'bot', at, message: m };
      this.push(e.chatId, entry);
      const { file, ...rest } = m;
      this.write({ t: 'bot', at, m: { ...rest, file: file && { kind: file.kind, name: file.name, mime: file.mime, b64: file.bytes.toString('base64') } } });
      this.emit(e.chatId, entry, 'new');
    } else {
      this.write({ t: 'edit', at, chatId: e.chatId, id: m.id, text: m.text, format: m.format, buttons: m.buttons, menu: m.menu, edited: m.edited });
      const entry = (this.chats.get(e.chatId) ?? []).find((x) => x.from === 'bot' && x.message.id === m.id);
      if (entry) this.emit(e.chatId, entry, 'edit');
    }
  }

  private replay(text: string): void {
    const messages: LocalMessage[] = [];
    const byId = new Map<string, LocalMessage>();
    const blobs: { fileId: string; bytes: Buffer; name: string; mime?: string }[] = [];
    for (const raw of text.split('\n')) {
      if (!raw.trim()) continue;
      let line: JournalLine;
      try {
        line = JSON.parse(raw) as JournalLine;
      } catch {
        continue; // a line cut short by a crash
      }
      if (line.t === 'bot') {
        const { file, ...rest } = line.m;
        const m: LocalMessage = { ...rest, file: file && { kind: file.kind, name: file.name, mime: file.mime, bytes: Buffer.from(file.b64, 'base64') } };
        messages.push(m);
        byId.set(`${m.chatId}/${m.id}`, m);
        this.push(m.chatId, { from: 'bot', at: line.at, message: m });
      } else if (line.t === 'edit') {
        const m = byId.get(`${line.chatId}/${line.id}`);
        if (m) Object.assign(m, { text: line.text, format: line.format, buttons: line.buttons, menu: line.menu, edited: line.edited });
      } else if (line.t === 'person') {
        this.push(line.e.chatId, { from: 'person', at: line.at, entry: line.e });
        this.seq = Math.max(this.seq, Number(line.e.id.slice(1)) || 0);
        if (line.e.file && line.b64 !== undefined) {
          blobs.push({ fileId: line.e.file.blobId, bytes: Buffer.from(line.b64, 'base64'), name: line.e.file.name, mime: line.e.file.mime });
        }
      }
    }
    this.local.restore({ messages, blobs });
  }

  private push(chatId: string, entry: ChatEntry): void {
    let list = this.chats.get(chatId);
    if (!list) this.chats.set(chatId, (list = []));
    list.push(entry);
  }

  private write(line: JournalLine): void {
    if (this.journal) appendFileSync(this.journal, `${JSON.stringify(line)}\n`);
  }

  private emit(chatId: string, entry: ChatEntry, change: 'new' | 'edit'): void {
    const v = view(entry);
    for (const l of this.listeners) l(chatId, v, change);
  }
}

function view(e: ChatEntry): EntryView {
  if (e.from === 'bot') {
    const m = e.message;
    return {
      id: m.id,
      from: 'bot',
      at: e.at,
      text: m.text,
      format: m.format,
      buttons: m.buttons,
      menu: m.menu,
      edited: m.edited,
      file: m.file && { kind: m.file.kind, name: m.file.name, mime: m.file.mime, size: m.file.bytes.length },
    };
  }
  const p = e.entry;
  return {
    id: p.id,
    from: 'person',
    at: e.at,
    text: p.text ?? '',
    format: 'plain',
    buttons: [],
    pressed: p.pressed,
    edited: 0,
    file: p.file && { kind: p.file.mime?.startsWith('image/') ? 'photo' : 'document', name: p.file.name, mime: p.file.mime, size: p.file.size },
  };
}
