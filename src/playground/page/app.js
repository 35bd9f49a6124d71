// The playground page: vanilla JS, no build step, no external resources.
// Texts come from the bot's own locale files (/api/texts); messages from /api/people/<handle>/…;
// new and edited messages and the clock from the event stream /api/events.
'use strict';

const state = {
  lang: localStorage.getItem('playground.lang') || 'ru',
  texts: {},
  people: [],
  open: [],
  active: null,
  panes: new Map(),
  clock: { now: Date.now(), offsetMs: 0 },
  timezone: 'Europe/Moscow',
};

const $ = (id) => document.getElementById(id);

function t(key, args) {
  let text = state.texts[key] ?? key;
  for (const [name, value] of Object.entries(args || {})) text = text.split(`{${name}}`).join(String(value));
  return text;
}

async function api(path, body) {
  const res = await fetch(`/api/${path}`, body === undefined ? {} : {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = new Error(data.message || res.statusText);
    err.code = data.error;
    throw err;
  }
  return data;
}

function errorText(err) {
  const key = `error-${err.code}`;
  return state.texts[key] ? t(key) : t('error-generic', { message: err.message });
}

// ---- rendering a message safely: only <b>, <i>, <u>, <s>, <code>, <pre>, <a href="http(s)…"> ----

const ALLOWED = new Set(['B', 'STRONG', 'I', 'EM', 'U', 'S', 'CODE', 'PRE', 'A', 'BR']);

function safeHtml(html) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  const copy = (from, to) => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.append(node.textContent);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        if (!ALLOWED.has(node.tagName)) {
          copy(node, to);
          continue;
        }
        const el = document.createElement(node.tagName.toLowerCase());
        if (node.tagName === 'A') {
          const href = node.getAttribute('href') || '';
          if (/^https?:\/\//i.test(href)) {
            el.href = href;
            el.target = '_blank';
            el.rel = 'noopener noreferrer';
          }
        }
        copy(node, el);
        to.append(el);
      }
    }
  };
  copy(doc.body, out);
  return out;
}

function formatTime(ms) {
  return new Date(ms).toLocaleString(state.lang === 'en' ? 'en-GB' : 'ru-RU', {
    timeZone: state.timezone, day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit',
  });
}

function renderEntry(handle, entry) {
  const li = document.createElement('li');
  li.className = `msg ${entry.from}`;
  li.dataset.id = entry.id;
  li.dataset.testid = 'message';
  if (entry.pressed) {
    li.classList.add('pressed');
    li.textContent = t('pressed', { label: entry.pressed });
    return li;
  }
  if (entry.file) {
    const url = `/api/people/${encodeURIComponent(handle)}/files/${encodeURIComponent(entry.id)}`;
    if (/^image\/(png|jpeg|gif|webp)$/.test(entry.file.mime || '')) {
      const img = document.createElement('img');
      // A picture takes its height once loaded: keep the newest message in view.
      img.addEventListener('load', () => {
        const list = li.closest('.messages');
        if (list && list.lastElementChild === li) list.scrollTop = list.scrollHeight;
      });
      img.src = url;
      img.alt = entry.file.name;
      li.append(img);
    }
    const a = document.createElement('a');
    a.className = 'file';
    a.href = `${url}?download=1`;
    a.download = entry.file.name;
    a.textContent = `📎 ${entry.file.name}`;
    a.title = t('download');
    li.append(a);
  }
  if (entry.text) {
    const body = document.createElement('div');
    body.className = 'body';
    if (entry.format === 'html') body.append(safeHtml(entry.text));
    else body.textContent = entry.text;
    li.append(body);
  }
  if (entry.buttons && entry.buttons.length) {
    const box = document.createElement('div');
    box.className = 'buttons';
    for (const row of entry.buttons) {
      const r = document.createElement('div');
      r.className = 'row';
      for (const b of row) {
        if (b.url) {
          const a = document.createElement('a');
          a.href = b.url;
          a.target = '_blank';
          a.rel = 'noopener noreferrer';
          a.textContent = b.label;
          r.append(a);
        } else if (b.action) {
          const btn = document.createElement('button');
          btn.type = 'button';
          btn.textContent = b.label;
          if (b.style) btn.classList.add(b.style);
          btn.addEventListener('click', () => press(handle, entry.id, b.action, btn));
          r.append(btn);
        }
      }
      box.append(r);
    }
    li.append(box);
  }
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = `${formatTime(entry.at)}${entry.edited ? ` · ${t('edited')}` : ''}`;
  li.append(meta);
  return li;
}

// ---- panes ----

function personOf(handle) {
  return state.people.find((p) => p.handle === handle);
}

function describe(p) {
  const roles = p.roles.map((r) => t(`role-${r}`)).join(', ');
  return [p.position, roles].filter(Boolean).join(' · ');
}

function showToast(pane, text) {
  const toast = pane.el.querySelector('.toast');
  toast.textContent = text;
  toast.hidden = false;
  clearTimeout(pane.toastTimer);
  pane.toastTimer = setTimeout(() => { toast.hidden = true; }, 3500);
}

function renderMenu(pane) {
  const menu = pane.el.querySelector('.menu');
  menu.replaceChildren();
  for (const row of pane.menu || []) {
    for (const label of row) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.addEventListener('click', () => sendText(pane.handle, label));
      menu.append(b);
    }
  }
}

function addEntry(pane, entry, change) {
  const list = pane.el.querySelector('.messages');
  list.querySelector('.empty')?.remove();
  const li = renderEntry(pane.handle, entry);
  const old = list.querySelector(`[data-id="${CSS.escape(entry.id)}"]`);
  if (old) old.replaceWith(li);
  else if (change !== 'edit') list.append(li);
  if (entry.from === 'bot' && Array.isArray(entry.menu)) {
    pane.menu = entry.menu;
    renderMenu(pane);
  }
  if (change !== 'edit') list.scrollTop = list.scrollHeight;
}

async function openPane(handle) {
  if (state.panes.has(handle)) {
    activate(handle);
    return;
  }
  const person = personOf(handle);
  if (!person) return;
  const el = $('pane-template').content.firstElementChild.cloneNode(true);
  el.dataset.handle = handle;
  // Until the history has loaded, new and edited messages from the stream wait in `pending`
  // (replacing the list with the history would otherwise drop one that came in meanwhile).
  const pane = { handle, el, menu: [], pending: [] };
  state.panes.set(handle, pane);
  el.querySelector('.close').addEventListener('click', () => closePane(handle));
  const form = el.querySelector('.compose');
  const input = el.querySelector('.text');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value;
    if (!text.trim()) return;
    input.value = '';
    sendText(handle, text);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  el.querySelector('.file').addEventListener('change', (e) => {
    const file = e.target.files[0];
    e.target.value = '';
    if (file) sendFile(handle, file);
  });
  labelPane(pane);
  $('panes').append(el);
  if (!state.open.includes(handle)) state.open.push(handle);
  saveOpen();
  activate(handle);
  const { entries } = await api(`people/${encodeURIComponent(handle)}/messages`);
  const list = el.querySelector('.messages');
  list.replaceChildren();
  if (!entries.length) {
    const empty = document.createElement('li');
    empty.className = 'empty';
    empty.textContent = t('empty');
    list.append(empty);
  }
  for (const entry of entries) addEntry(pane, entry, 'new');
  const pending = pane.pending;
  pane.pending = null;
  // Those already in the history replace themselves (addEntry matches by id); the rest follow it.
  for (const { entry, change } of pending) addEntry(pane, entry, change);
}

function labelPane(pane) {
  const person = personOf(pane.handle);
  const el = pane.el;
  el.querySelector('.name').textContent = person.name;
  el.querySelector('.who').textContent = describe(person);
  el.querySelector('.close').setAttribute('aria-label', t('close'));
  el.querySelector('.close').title = t('close');
  el.querySelector('.attach-label').textContent = t('attach');
  el.querySelector('.attach').title = t('attach-hint');
  el.querySelector('.text').placeholder = t('placeholder');
  el.querySelector('.send').textContent = t('send');
}

function closePane(handle) {
  const pane = state.panes.get(handle);
  if (!pane) return;
  pane.el.remove();
  state.panes.delete(handle);
  state.open = state.open.filter((h) => h !== handle);
  saveOpen();
  activate(state.open[0] ?? null);
}

function activate(handle) {
  state.active = handle;
  for (const [h, pane] of state.panes) pane.el.classList.toggle('active', h === handle);
  renderTabs();
}

function renderTabs() {
  const tabs = $('tabs');
  tabs.setAttribute('aria-label', t('tabs'));
  tabs.replaceChildren(
    ...state.open.map((h) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = personOf(h)?.name.split(' ')[0] ?? h;
      b.setAttribute('aria-selected', String(h === state.active));
      b.addEventListener('click', () => activate(h));
      return b;
    }),
  );
}

function saveOpen() {
  localStorage.setItem('playground.open', JSON.stringify(state.open));
}

// ---- what a person does ----

async function sendText(handle, text) {
  try {
    await api(`people/${encodeURIComponent(handle)}/messages`, { text });
  } catch (err) {
    const pane = state.panes.get(handle);
    if (pane) showToast(pane, errorText(err));
  }
}

async function press(handle, messageId, action, button) {
  button.disabled = true;
  try {
    const { ack } = await api(`people/${encodeURIComponent(handle)}/press`, { messageId, action });
    if (ack) showToast(state.panes.get(handle), ack);
  } catch (err) {
    showToast(state.panes.get(handle), errorText(err));
  } finally {
    button.disabled = false;
  }
}

async function sendFile(handle, file) {
  const pane = state.panes.get(handle);
  const caption = pane.el.querySelector('.text').value.trim() || undefined;
  const base64 = await new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
  try {
    await api(`people/${encodeURIComponent(handle)}/files`, { name: file.name, mime: file.type || undefined, base64, caption });
    if (caption) pane.el.querySelector('.text').value = '';
  } catch (err) {
    showToast(pane, errorText(err));
  }
}

// ---- the clock ----

function renderClock() {
  $('clock-now').textContent = formatTime(state.clock.now);
  $('clock-now').dateTime = new Date(state.clock.now).toISOString();
  const hours = Math.round(state.clock.offsetMs / 3_600_000);
  $('clock-ahead').textContent = hours > 0 ? t('clock-ahead', { hours }) : '';
}

async function moveClock(step) {
  try {
    state.clock = await api('clock', { step });
    renderClock();
  } catch (err) {
    alert(errorText(err));
  }
}

// Between server updates the demo clock runs with real time.
setInterval(() => {
  state.clock.now += 1000;
  renderClock();
}, 1000);

// ---- texts, people, events ----

function renderChrome() {
  document.documentElement.lang = state.lang;
  document.title = t('title');
  $('title').textContent = t('title');
  $('subtitle').textContent = t('subtitle');
  $('clock-label').textContent = t('clock');
  $('clock-hour').textContent = t('clock-hour');
  $('clock-day').textContent = t('clock-day');
  $('clock-box').title = t('clock-hint');
  $('people-label').textContent = t('people');
  $('open').textContent = t('open');
  $('language').textContent = t('language');
  $('offline').textContent = t('offline');
  const select = $('people');
  select.replaceChildren(
    ...state.people.map((p) => {
      const o = document.createElement('option');
      o.value = p.handle;
      o.textContent = `${p.name} (${describe(p)})`;
      return o;
    }),
  );
  for (const pane of state.panes.values()) labelPane(pane);
  renderTabs();
  renderClock();
}

async function loadTexts() {
  const { texts, lang } = await api(`texts?lang=${encodeURIComponent(state.lang)}`);
  state.texts = texts;
  state.lang = lang;
}

// Resolves once the stream is listening (the server sends the clock first) or has failed, so
// that chats load their history only when nothing newer can slip between history and stream.
function connect() {
  const events = new EventSource('/api/events');
  let ready;
  const listening = new Promise((resolve) => { ready = resolve; });
  events.addEventListener('open', () => { $('offline').hidden = true; });
  events.addEventListener('error', () => {
    $('offline').hidden = false;
    ready();
  });
  events.addEventListener('clock', (e) => {
    state.clock = JSON.parse(e.data);
    renderClock();
    ready();
  });
  events.addEventListener('entry', (e) => {
    const { chatId, change, entry } = JSON.parse(e.data);
    const pane = state.panes.get(chatId);
    if (!pane) return;
    if (pane.pending) pane.pending.push({ entry, change });
    else addEntry(pane, entry, change);
  });
  return listening;
}

async function start() {
  await loadTexts();
  const { organisation, people, timezone } = await api('people');
  state.people = people;
  state.timezone = timezone;
  $('organisation').textContent = organisation;
  state.clock = await api('clock');
  renderChrome();
  $('clock-hour').addEventListener('click', () => moveClock('hour'));
  $('clock-day').addEventListener('click', () => moveClock('day'));
  $('open').addEventListener('click', () => openPane($('people').value));
  $('language').addEventListener('click', async () => {
    state.lang = state.lang === 'ru' ? 'en' : 'ru';
    localStorage.setItem('playground.lang', state.lang);
    await loadTexts();
    renderChrome();
  });
  await connect();
  let open = [];
  try {
    open = JSON.parse(localStorage.getItem('playground.open') || '[]');
  } catch { /* ignore */ }
  open = open.filter((h) => personOf(h));
  if (!open.length) {
    // A first visit: the curator, a mentor and a mentee.
    for (const role of ['curator', 'mentor', 'mentee']) {
      const p = people.find((x) => x.roles.includes(role) && !open.includes(x.handle));
      if (p) open.push(p.handle);
    }
  }
  for (const h of open) await openPane(h);
  if (!people.length) $('subtitle').textContent = t('no-people');
}

start().catch((err) => {
  document.body.textContent = String(err && err.message ? err.message : err);
});
