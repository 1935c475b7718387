/*
 * Speech for a visitor who switched it on in the accessibility panel (class `pk-a11y-speech` on <html>; the
 * visit's end takes it away, and with it any speech under way).
 *
 * - Each screen's heading (its visible h1) is spoken when it changes: a new screen, or the same one in another
 *   language.
 * - The control under the finger or the focus is spoken by its accessible name, in the language of the control
 *   (a language button "Svenska" in Swedish). Touch-to-explore: the first tap on a control only speaks it, a
 *   second tap on the same control activates it; keyboard and switch users are not slowed down (their Enter or
 *   Space activates at once, the focus already spoke).
 * - Anyone may have something spoken: document.dispatchEvent(new CustomEvent('pk-speak', {detail: {text, lang}}))
 *   (lang defaults to the page's; `interrupt: true` cuts in instead of queueing).
 * - Rate: `data-pk-speech-rate` on <html>, a multiplier of the voice's normal rate (0.7, 1, 1.4).
 *
 * The voice is the server's espeak-ng (GET /speech, offline on the stand box); a server without it answers 503,
 * and this page then uses the browser's speechSynthesis where it has a voice for the language. What was said and
 * how it went is kept in window.pkSpeech.log (the last few), for the stand's browser tests;
 * window.pkSpeech.speaking() tells whether something is being said.
 */
const ACTIVE = 'pk-a11y-speech';
const html = document.documentElement;
const MAX_CHUNK = 300;
const CONTROL = [
  'a[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea', 'summary',
  '[role="button"]', '[role="link"]', '[role="checkbox"]', '[role="radio"]', '[role="switch"]', '[role="tab"]',
  '[role="option"]', '[role="menuitem"]', '[role="menuitemcheckbox"]', '[role="menuitemradio"]', '[role="slider"]',
  '[role="combobox"]', 'vaadin-button', 'vaadin-checkbox', 'vaadin-radio-button', 'vaadin-text-field',
  'vaadin-text-area', 'vaadin-email-field', 'vaadin-select', 'vaadin-combo-box', 'vaadin-tab',
  '.hg-button', // the on-screen keyboard's keys
].join(', ');
// The on-screen keyboard types on pointerdown, not on click: its keys are held back there.
const TYPES_ON_POINTERDOWN = '.hg-button';

const log = [];
window.pkSpeech = { log };

function active() {
  return html.classList.contains(ACTIVE);
}

function rate() {
  const value = Number(html.dataset.pkSpeechRate);
  return value >= 0.5 && value <= 2 ? value : 1;
}

function language(tag) {
  return (tag || html.lang || 'fi').split('-')[0].toLowerCase();
}

function hiddenPart(element) {
  return element.getAttribute('aria-hidden') === 'true' || element.hidden
    || (element instanceof HTMLElement && element.style.display === 'none');
}

/** The words a part of the page shows, as a screen reader would take them: hidden parts out, images by their alt. */
function textOf(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    return node.data;
  }
  if (node.nodeType !== Node.ELEMENT_NODE || hiddenPart(node)) {
    return '';
  }
  const tag = node.localName;
  if (tag === 'img') {
    return ` ${node.getAttribute('alt') || ''} `;
  }
  if (tag === 'svg' || node.getAttribute('role') === 'img') {
    return ` ${node.getAttribute('aria-label') || node.querySelector('title')?.textContent || ''} `;
  }
  if (tag === 'style' || tag === 'script' || tag === 'template') {
    return '';
  }
  let text = '';
  for (const child of node.childNodes) {
    text += textOf(child);
  }
  return /^(div|p|li|h[1-6]|br|label)$/.test(tag) ? ` ${text} ` : text;
}

function tidy(text) {
  return (text || '').replace(/\s+/g, ' ').trim();
}

/** The control's accessible name, by the usual order: labelled-by, aria-label, its label, its own text, title. */
function nameOf(control) {
  const root = control.getRootNode();
  const byId = (id) => (root.getElementById && root.getElementById(id)) || document.getElementById(id);
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = tidy(labelledBy.split(/\s+/).map(byId).filter(Boolean).map(textOf).join(' '));
    if (text) {
      return text;
    }
  }
  const label = tidy(control.getAttribute('aria-label'));
  if (label) {
    return label;
  }
  if (control.labels && control.labels.length) {
    const text = tidy(Array.from(control.labels).map(textOf).join(' '));
    if (text) {
      return text;
    }
  }
  // Vaadin's fields keep their label in a child slotted "label".
  const slotted = control.querySelector(':scope > [slot="label"]');
  if (slotted && tidy(textOf(slotted))) {
    return tidy(textOf(slotted));
  }
  const field = control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement;
  const own = field ? '' : tidy(textOf(control));
  return own || tidy(control.getAttribute('title')) || tidy(control.getAttribute('placeholder'));
}

function controlOf(path) {
  for (const node of path) {
    if (node === document.body || node === document) {
      return null;
    }
    if (node instanceof Element && node.matches(CONTROL)) {
      return node;
    }
  }
  return null;
}

function languageOf(control) {
  return control.closest('[lang]')?.getAttribute('lang') || html.lang;
}

/** A long text (a slip read back) in sentences, each short enough for one request. */
function chunks(text) {
  const sentences = text.match(/[^.!?\n]+[.!?]*\s*|[.!?\n]+/g) || [text];
  const out = [];
  let current = '';
  for (const sentence of sentences) {
    if ((current + sentence).length <= MAX_CHUNK) {
      current += sentence;
      continue;
    }
    if (current.trim()) {
      out.push(current.trim());
    }
    current = sentence;
    while (current.length > MAX_CHUNK) {
      const cut = current.lastIndexOf(' ', MAX_CHUNK) > 0 ? current.lastIndexOf(' ', MAX_CHUNK) : MAX_CHUNK;
      out.push(current.slice(0, cut).trim());
      current = current.slice(cut);
    }
  }
  if (current.trim()) {
    out.push(current.trim());
  }
  return out;
}

/*
 * What is said, in order. Kinds: 'touch' (a control under the finger: cuts everything short), 'focus' (a control
 * reached by keyboard or switch: cuts what was said about the last control), 'heading' (queued: a new screen after
 * the tap that led there), 'announcement' (pk-speak: the slip read back, the more-time prompt; queued, and not cut
 * short by focus moving, only by a touch or an announcement that asks to interrupt).
 */
class Speaker {
  constructor() {
    this.audio = new Audio();
    this.queue = [];
    this.server = true;
    this.generation = 0;
    this.current = null;
  }

  say(text, lang, kind, interrupt) {
    const clean = tidy(text);
    if (!clean) {
      return;
    }
    // One tap can both focus and press a control: it is said once.
    const now = Date.now();
    if (this.last && this.last.text === clean && now - this.last.at < 1000) {
      return;
    }
    this.last = { text: clean, at: now };
    if (kind === 'touch' || interrupt) {
      this.stop();
    } else if (kind === 'focus' || kind === 'heading') {
      this.queue = this.queue.filter((item) => item.kind === 'announcement');
      if (kind === 'focus' && this.current && this.current.kind !== 'announcement') {
        this._cut();
      }
    }
    chunks(clean).forEach((chunk) => this.queue.push({ text: chunk, lang: language(lang), rate: rate(), kind }));
    this._next();
  }

  stop() {
    this.queue = [];
    this._cut();
  }

  _cut() {
    this.generation++;
    this.abort?.abort();
    this.audio.pause();
    if (window.speechSynthesis) {
      window.speechSynthesis.cancel();
    }
    this.finish?.();
    this.busy = false;
    this.current = null;
  }

  async _next() {
    if (this.busy || !this.queue.length) {
      return;
    }
    this.busy = true;
    const generation = this.generation;
    const item = this.queue.shift();
    this.current = item;
    const entry = { text: item.text, lang: item.lang, rate: item.rate, via: 'server', state: 'requested' };
    log.push(entry);
    log.splice(0, Math.max(0, log.length - 20));
    try {
      const spoken = this.server && await this._fromServer(item, entry, generation);
      if (!spoken && generation === this.generation) {
        await this._inBrowser(item, entry);
      }
    } catch (e) {
      entry.state = 'failed';
    }
    if (generation === this.generation) {
      this.busy = false;
      this.current = null;
      this._next();
    }
  }

  /** True when the server's audio was played (or cut off by newer speech); false to try the browser's voices. */
  async _fromServer(item, entry, generation) {
    this.abort = new AbortController();
    const query = new URLSearchParams({ lang: item.lang, rate: String(item.rate), text: item.text });
    let response;
    try {
      response = await fetch(new URL(`speech?${query}`, document.baseURI),
        { signal: this.abort.signal, cache: 'no-store' });
    } catch (e) {
      return generation !== this.generation;
    }
    if (response.status === 503) {
      // No espeak-ng on this server: the browser's voices from now on, until the page is loaded again.
      this.server = false;
    }
    if (!response.ok) {
      entry.status = response.status;
      return false;
    }
    const url = URL.createObjectURL(await response.blob());
    if (generation !== this.generation) {
      URL.revokeObjectURL(url);
      return true;
    }
    entry.contentType = response.headers.get('Content-Type');
    entry.contentLanguage = response.headers.get('Content-Language');
    let finish = null;
    try {
      await new Promise((resolve) => {
        finish = resolve;
        this.finish = resolve;
        this.audio.onplaying = () => { entry.state = 'playing'; };
        this.audio.onended = () => { entry.state = 'ended'; resolve(); };
        this.audio.onerror = () => { entry.state = 'failed'; resolve(); };
        this.audio.src = url;
        this.audio.play().catch(() => { entry.state = 'blocked'; resolve(); });
      });
    } finally {
      URL.revokeObjectURL(url);
      if (this.finish === finish) {
        this.finish = null;
      }
    }
    return true;
  }

  _inBrowser(item, entry) {
    entry.via = 'browser';
    const synth = window.speechSynthesis;
    const voice = synth && synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(item.lang));
    if (!voice) {
      entry.state = 'no-voice';
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const utterance = new SpeechSynthesisUtterance(item.text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = item.rate;
      utterance.onstart = () => { entry.state = 'playing'; };
      utterance.onend = () => { entry.state = 'ended'; resolve(); };
      utterance.onerror = () => { entry.state = 'failed'; resolve(); };
      this.finish = resolve;
      synth.speak(utterance);
    });
  }
}

const speaker = new Speaker();
// For the stand's idle timer: a visitor listening to a slip read back is not idle.
window.pkSpeech.speaking = () => Boolean(speaker.busy || speaker.queue.length);
let heading = '';
let headingTimer = 0;
let armed = null;
let heldBack = null;
let explored = null;

function currentHeading() {
  for (const h1 of document.querySelectorAll('h1')) {
    if (h1.getClientRects().length && !h1.closest('[hidden], [aria-hidden="true"]')) {
      return tidy(textOf(h1));
    }
  }
  return '';
}

const headings = new MutationObserver(() => {
  clearTimeout(headingTimer);
  // Vaadin draws a new screen in several steps: the heading is read once they have settled.
  headingTimer = setTimeout(() => {
    const now = currentHeading();
    if (active() && now && now !== heading) {
      speaker.say(now, html.lang, 'heading');
    }
    heading = now;
  }, 200);
});

function switched() {
  if (active()) {
    // What the visitor switched it on for comes next; the screen behind the panel is not read out.
    heading = currentHeading();
    headings.observe(document.body, { childList: true, subtree: true, characterData: true });
  } else {
    headings.disconnect();
    speaker.stop();
    armed = null;
    heldBack = null;
  }
}

new MutationObserver(switched).observe(html, { attributes: true, attributeFilter: ['class'] });

document.addEventListener('pk-speak', (e) => {
  const detail = e.detail || {};
  if (active() && detail.text) {
    speaker.say(String(detail.text), detail.lang, 'announcement', Boolean(detail.interrupt));
  }
});

document.addEventListener('pointerdown', (e) => {
  if (!active() || !e.isPrimary) {
    return;
  }
  const control = controlOf(e.composedPath());
  if (!control || control === armed) {
    // The second tap on the same control (or a run of taps on one key) does what a tap does.
    heldBack = null;
    armed = control;
    return;
  }
  armed = control;
  heldBack = control;
  explored = { control, at: Date.now() };
  speaker.say(nameOf(control), languageOf(control), 'touch');
  if (control.matches(TYPES_ON_POINTERDOWN)) {
    // Not stopImmediatePropagation: the stand's other listeners on document (idle timer) still hear the touch.
    e.preventDefault();
    e.stopPropagation();
  }
}, { capture: true });

document.addEventListener('click', (e) => {
  // detail 0: a click made by Enter or Space, which activates at once.
  if (!heldBack || e.detail === 0) {
    return;
  }
  if (e.composedPath().includes(heldBack)) {
    e.preventDefault();
    e.stopPropagation();
  }
  heldBack = null;
}, { capture: true });

document.addEventListener('focusin', (e) => {
  if (!active()) {
    return;
  }
  const control = controlOf(e.composedPath());
  if (!control) {
    return;
  }
  const justTapped = explored && Date.now() - explored.at < 1000
    && (explored.control.contains(control) || control.contains(explored.control));
  if (!justTapped) {
    speaker.say(nameOf(control), languageOf(control), 'focus');
  }
});

switched();
