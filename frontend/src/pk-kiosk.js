// The package's main entry is a UMD build whose default export Vite's CommonJS interop loses; its ES build is clean.
import { SimpleKeyboard } from 'simple-keyboard/build/index.modern.esm.js';
import 'simple-keyboard/build/css/index.css';
import '../styles/more-time.css';

/*
 * <pk-kiosk timeout="90" warning="30" resting keyboard="auto" texts="{…}">: the stand's guard, one per kiosk page.
 *
 * - After `timeout` seconds without a touch, key or input it asks "Do you need more time?" (WCAG 2.2.1) with a
 *   large #more-time button and a countdown of `warning` seconds, spoken when speech is on; any touch or key is
 *   more time, and the visitor is back where they were, in the field they were typing in. Without an answer it
 *   fires `kiosk-idle` (once, until the next touch); the server then throws away any half-filled form and shows
 *   the attract loop. A `resting` stand (the wall in its own language, no dialog open, no accessibility mode on)
 *   has nothing to lose: it resets without asking, so a stand left alone on the wall does not sit there asking an
 *   empty room. Not while the link to the server is down: Vaadin sends what was typed and tapped once the link
 *   returns.
 * - Its texts (the prompt, the keyboard's key names) come from the server in the visitor's language, as JSON in
 *   `texts`; nothing here is in one language only.
 * - It keeps touch from getting in the way: no context menu on long press, no pinch zoom.
 * - It brings an on-screen keyboard (simple-keyboard, with å ä ö, @ and digits) for text fields on a stand
 *   screen. "auto" means touch screens at least 1024 px wide, or a browser that the stand launcher opened
 *   with ?kiosk; phones and physical keyboards keep working as usual.
 */
const KIOSK_FLAG = 'pyykkinaru.kiosk';
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'];
const TAP = ['mousedown', 'mouseup', 'click', 'pointerup', 'touchend'];
const TEXT_INPUTS = new Set(['text', 'email', 'search', 'tel', 'url']);

// Every key of the layout gets role=button, so that a screen reader and the stand's speech name it as a key.
const LAYOUT = {
  default: [
    '1 2 3 4 5 6 7 8 9 0 {bksp}',
    'q w e r t y u i o p å',
    'a s d f g h j k l ö ä',
    '{shift} z x c v b n m , . - {shift}',
    '{close} @ {space} {enter}',
  ],
  shift: [
    '! ? # % & / ( ) = + {bksp}',
    'Q W E R T Y U I O P Å',
    'A S D F G H J K L Ö Ä',
    '{shift} Z X C V B N M ; : _ {shift}',
    '{close} @ {space} {enter}',
  ],
};

const ALL_KEYS = [...new Set(Object.values(LAYOUT).flatMap((rows) => rows.flatMap((row) => row.split(' '))))]
  .join(' ');

// A text the server has not sent yet (the first moment of a page) is empty for that moment, never English.
function text(texts, key, count) {
  const value = texts[key] ?? '';
  return count === undefined ? value : value.replace('{0}', String(count));
}

function speak(words) {
  if (words.trim()) {
    document.dispatchEvent(new CustomEvent('pk-speak', { detail: { text: words } }));
  }
}

function rememberLauncherFlag() {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('kiosk')) {
    return;
  }
  try {
    if (params.get('kiosk') === '0') {
      localStorage.removeItem(KIOSK_FLAG);
    } else {
      localStorage.setItem(KIOSK_FLAG, '1');
    }
  } catch (e) {
    // Private mode without storage: the flag lasts for this page only.
  }
}

function launchedAsKiosk() {
  if (new URLSearchParams(window.location.search).has('kiosk')) {
    return new URLSearchParams(window.location.search).get('kiosk') !== '0';
  }
  try {
    return localStorage.getItem(KIOSK_FLAG) === '1';
  } catch (e) {
    return false;
  }
}

function linkDown() {
  const state = window.Vaadin && window.Vaadin.connectionState && window.Vaadin.connectionState.state;
  return state === 'reconnecting' || state === 'connection-lost';
}

class PkKiosk extends HTMLElement {
  static get observedAttributes() {
    return ['timeout', 'texts'];
  }

  constructor() {
    super();
    this._onActivity = (e) => this._active(e);
    // The tap that answers the prompt is the prompt's alone: an open Vaadin dialog would take it for a tap outside
    // itself and close (a slip being read on the wall). Stopped on window, before the dialog's document listener.
    this._onPromptTap = (e) => {
      if (this._prompt && e.composedPath().includes(this._prompt)) {
        e.stopPropagation();
        // Nor does it take focus from the field it is given back to.
        if (e.type === 'mousedown') {
          e.preventDefault();
        }
      }
    };
    // The link coming back counts as a touch: what was tapped while it was down is sent first, and the visitor
    // gets the full idle time to see the answer.
    this._onLink = (previous, next) => {
      if ((previous === 'reconnecting' || previous === 'connection-lost') && !linkDown()) {
        this._restartTimer();
      }
    };
    this._onContextMenu = (e) => e.preventDefault();
    this._onGesture = (e) => e.preventDefault();
    this._onFocusIn = (e) => this._focused(e);
    this._onFocusOut = () => this._maybeHide();
    this._onPhysicalKey = (e) => {
      if (e.isTrusted && this._target && !this._typing) {
        this._hideKeyboard();
        this._physical = true;
      }
    };
  }

  connectedCallback() {
    rememberLauncherFlag();
    // Pages show stand-only or phone-only parts by this class (the programme's feedback links).
    document.documentElement.classList.toggle('pk-stand', this._keyboardWanted());
    // On window, capturing: the first to hear a touch, before any page script can stop it on its way down.
    // Only a key can be kept from acting (the Enter that answers the prompt); the rest stay passive for scrolling.
    ACTIVITY.forEach((type) => window.addEventListener(type, this._onActivity,
      { capture: true, passive: type !== 'keydown' }));
    TAP.forEach((type) => window.addEventListener(type, this._onPromptTap, { capture: true }));
    document.addEventListener('contextmenu', this._onContextMenu);
    document.addEventListener('gesturestart', this._onGesture);
    document.addEventListener('focusin', this._onFocusIn);
    document.addEventListener('focusout', this._onFocusOut);
    document.addEventListener('keydown', this._onPhysicalKey, true);
    if (window.Vaadin && window.Vaadin.connectionState) {
      window.Vaadin.connectionState.addStateChangeListener(this._onLink);
    }
    this._restartTimer();
  }

  disconnectedCallback() {
    ACTIVITY.forEach((type) => window.removeEventListener(type, this._onActivity, { capture: true }));
    TAP.forEach((type) => window.removeEventListener(type, this._onPromptTap, { capture: true }));
    document.removeEventListener('contextmenu', this._onContextMenu);
    document.removeEventListener('gesturestart', this._onGesture);
    document.removeEventListener('focusin', this._onFocusIn);
    document.removeEventListener('focusout', this._onFocusOut);
    document.removeEventListener('keydown', this._onPhysicalKey, true);
    if (window.Vaadin && window.Vaadin.connectionState) {
      window.Vaadin.connectionState.removeStateChangeListener(this._onLink);
    }
    clearTimeout(this._timer);
    this._closePrompt(false);
    this._prompt?.remove();
    this._prompt = null;
    this._hideKeyboard();
  }

  attributeChangedCallback(name) {
    if (name === 'texts') {
      this._texts = null;
      this._label();
      return;
    }
    this._restartTimer();
  }

  get texts() {
    if (!this._texts) {
      try {
        this._texts = JSON.parse(this.getAttribute('texts') || '{}');
      } catch (e) {
        this._texts = {};
      }
    }
    return this._texts;
  }

  _active(e) {
    if (this._asking) {
      this._answered(e);
      return;
    }
    this._restartTimer();
  }

  _restartTimer() {
    clearTimeout(this._timer);
    this._closePrompt(true);
    const seconds = Number(this.getAttribute('timeout')) || 90;
    this._timer = setTimeout(() => this._idle(), seconds * 1000);
  }

  _idle() {
    // While the link to the server is down, what the visitor typed waits for it: no reset until it is back.
    if (linkDown()) {
      this._restartTimer();
      return;
    }
    if (this._resting()) {
      this.dispatchEvent(new CustomEvent('kiosk-idle'));
      return;
    }
    this._ask();
  }

  /** Nothing a reset could take away: the wall in the stand's language, nothing open, no mode switched on. */
  _resting() {
    const modes = [...document.documentElement.classList].some((name) => name.startsWith('pk-a11y-'));
    const open = document.querySelector('vaadin-dialog[opened], vaadin-confirm-dialog[opened], dialog[open]');
    return this.hasAttribute('resting') && !modes && !open;
  }

  _ask() {
    const prompt = this._promptElement();
    this._before = document.activeElement;
    // Deep in shadow roots (a Vaadin field's input) the element to return to is the innermost focused one.
    while (this._before?.shadowRoot?.activeElement) {
      this._before = this._before.shadowRoot.activeElement;
    }
    this._asking = true;
    this._left = Math.max(1, Number(this.getAttribute('warning')) || 30);
    this._label();
    prompt.classList.remove('pk-more-time--leaving');
    this._showPrompt(true);
    prompt.querySelector('#more-time').focus({ preventScroll: true });
    const t = this.texts;
    speak(`${t['more-time.title'] ?? ''} ${t['more-time.hint'] ?? ''} ${this._countdownText()}`);
    this._tick = setInterval(() => {
      this._left -= 1;
      if (this._left <= 0) {
        this._expire();
        return;
      }
      this._label();
      // Once more near the end for a visitor who listens rather than looks.
      if (this._left === 10 && Number(this.getAttribute('warning')) > 15) {
        speak(this._countdownText());
      }
    }, 1000);
  }

  _countdownText() {
    return this._left === 1 ? text(this.texts, 'more-time.countdown.one')
      : text(this.texts, 'more-time.countdown', this._left);
  }

  _expire() {
    this._closePrompt(false);
    if (linkDown()) {
      this._restartTimer();
      return;
    }
    this.dispatchEvent(new CustomEvent('kiosk-idle'));
  }

  /**
   * Any touch or key while asking is the answer "yes". The touch that answers does nothing else: the prompt stays
   * (unseen) under the finger until the tap is over, so it cannot press Done or Discard behind it.
   */
  _answered(e) {
    if (e.type === 'keydown' && ['Enter', ' ', 'Escape'].includes(e.key)) {
      e.preventDefault();
    }
    const pointer = e.type === 'pointerdown' || e.type === 'touchstart';
    this._restartTimer();
    if (pointer && this._prompt) {
      this._prompt.classList.add('pk-more-time--leaving');
      this._showPrompt(true);
      clearTimeout(this._shield);
      this._shield = setTimeout(() => {
        if (!this._asking && this._prompt) {
          this._showPrompt(false);
          this._prompt.classList.remove('pk-more-time--leaving');
        }
      }, 600);
    }
  }

  /** Hides the prompt; with `giveBack`, focus returns to where the visitor was (the field they typed in). */
  _closePrompt(giveBack) {
    if (!this._asking) {
      return;
    }
    this._asking = false;
    clearInterval(this._tick);
    this._showPrompt(false);
    const before = this._before;
    this._before = null;
    if (giveBack && before && before.isConnected && before !== document.body) {
      setTimeout(() => before.focus({ preventScroll: true }), 0);
    }
  }

  /**
   * In the browser's top layer (a popover), shown last: above a Vaadin dialog, which lives there too and which
   * no z-index can cover.
   */
  _showPrompt(shown) {
    const prompt = this._prompt;
    if (!prompt) {
      return;
    }
    prompt.hidden = !shown;
    prompt.classList.toggle('pk-more-time--open', shown);
    if (prompt.showPopover) {
      if (prompt.matches(':popover-open')) {
        prompt.hidePopover();
      }
      if (shown) {
        prompt.showPopover();
      }
    }
  }

  _promptElement() {
    if (this._prompt) {
      return this._prompt;
    }
    const prompt = document.createElement('div');
    prompt.className = 'pk-more-time';
    prompt.hidden = true;
    prompt.setAttribute('popover', 'manual');
    prompt.innerHTML = `
      <div class="pk-more-time-box" role="alertdialog" aria-modal="true"
           aria-labelledby="more-time-title" aria-describedby="more-time-hint more-time-countdown">
        <h2 id="more-time-title"></h2>
        <p id="more-time-hint"></p>
        <div class="pk-more-time-count" aria-hidden="true"></div>
        <p id="more-time-countdown"></p>
        <button id="more-time" type="button"></button>
      </div>`;
    // Its own click is the answer already given on pointerdown or key; the click only ends here.
    prompt.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      if (this._asking) {
        this._restartTimer();
      }
    });
    // Nor does the tap take focus from the field it is given back to.
    prompt.addEventListener('mousedown', (e) => e.preventDefault());
    document.body.appendChild(prompt);
    this._prompt = prompt;
    return prompt;
  }

  /** Puts the visitor's language on the prompt and the keyboard, and the seconds left on the countdown. */
  _label() {
    const t = this.texts;
    if (this._prompt) {
      this._prompt.querySelector('#more-time-title').textContent = text(t, 'more-time.title');
      this._prompt.querySelector('#more-time-hint').textContent = text(t, 'more-time.hint');
      this._prompt.querySelector('#more-time').textContent = text(t, 'more-time.button');
      if (this._asking) {
        this._prompt.querySelector('.pk-more-time-count').textContent = String(this._left);
        this._prompt.querySelector('#more-time-countdown').textContent = this._countdownText();
      }
    }
    if (this._keyboard) {
      this._keyboard.setOptions(this._keyLabels());
      this._panel.setAttribute('aria-label', text(t, 'keyboard.label'));
    }
  }

  _keyLabels() {
    const t = this.texts;
    return {
      display: {
        '{bksp}': '⌫', '{shift}': '⇧', '{space}': text(t, 'keyboard.space'), '{enter}': '↵',
        '{close}': `⌨ ${text(t, 'keyboard.close.short')}`,
      },
      buttonAttributes: [
        { attribute: 'role', value: 'button', buttons: ALL_KEYS },
        { attribute: 'aria-label', value: text(t, 'keyboard.backspace'), buttons: '{bksp}' },
        { attribute: 'aria-label', value: text(t, 'keyboard.shift'), buttons: '{shift}' },
        { attribute: 'aria-label', value: text(t, 'keyboard.space'), buttons: '{space}' },
        { attribute: 'aria-label', value: text(t, 'keyboard.enter'), buttons: '{enter}' },
        { attribute: 'aria-label', value: text(t, 'keyboard.close'), buttons: '{close}' },
      ],
    };
  }

  _keyboardWanted() {
    const mode = this.getAttribute('keyboard') || 'auto';
    if (mode === 'always') {
      return true;
    }
    if (mode === 'never') {
      return false;
    }
    const touchScreen = window.matchMedia('(pointer: coarse)').matches && window.innerWidth >= 1024;
    return launchedAsKiosk() || touchScreen;
  }

  _focused(e) {
    const input = e.composedPath()[0];
    const isText = input instanceof HTMLTextAreaElement
      || (input instanceof HTMLInputElement && TEXT_INPUTS.has(input.type));
    if (!isText || input.readOnly || input.disabled || !this._keyboardWanted()) {
      return;
    }
    if (this._target !== input) {
      this._physical = false;
    }
    this._target = input;
    if (!this._physical) {
      this._showKeyboard();
    }
  }

  _maybeHide() {
    // Focus moves on every tap; hide only when it has not landed on another text field a moment later.
    setTimeout(() => {
      const active = document.activeElement;
      const stillTyping = active && (active === this._target || active.matches?.('input, textarea, vaadin-text-field, vaadin-text-area'));
      if (!stillTyping) {
        this._hideKeyboard();
        this._target = null;
      }
    }, 150);
  }

  _showKeyboard() {
    if (!this._panel) {
      this._panel = document.createElement('div');
      this._panel.className = 'pk-keyboard';
      this._panel.id = 'on-screen-keyboard';
      this._panel.setAttribute('role', 'group');
      this._panel.setAttribute('aria-label', text(this.texts, 'keyboard.label'));
      const host = document.createElement('div');
      host.className = 'simple-keyboard';
      this._panel.appendChild(host);
      document.body.appendChild(this._panel);
      this._keyboard = new SimpleKeyboard(host, {
        layout: LAYOUT,
        layoutName: 'default',
        preventMouseDownDefault: true,
        preventMouseUpDefault: true,
        stopMouseDownPropagation: true,
        ...this._keyLabels(),
        onKeyPress: (button) => this._press(button),
      });
    }
    this._panel.hidden = false;
    // The stand's frame shrinks to the space above the keys (pyykkinaru.css), so no field or button lies under
    // them; the field being typed in is then brought into that space.
    document.documentElement.style.setProperty('--pk-keyboard-height', `${this._panel.offsetHeight}px`);
    document.body.classList.add('pk-keyboard-open');
    // After the frame has shrunk (the next frame), not before: else the field is placed behind the keys.
    const target = this._target;
    requestAnimationFrame(() => target?.scrollIntoView({ block: 'center', behavior: 'smooth' }));
  }

  _hideKeyboard() {
    if (this._panel) {
      this._panel.hidden = true;
    }
    document.body.classList.remove('pk-keyboard-open');
    document.documentElement.style.removeProperty('--pk-keyboard-height');
  }

  _press(button) {
    const input = this._target;
    if (!input) {
      return;
    }
    if (button === '{shift}') {
      const next = this._keyboard.options.layoutName === 'default' ? 'shift' : 'default';
      this._keyboard.setOptions({ layoutName: next });
      return;
    }
    if (button === '{close}') {
      this._physical = true;
      this._hideKeyboard();
      return;
    }
    if (button === '{enter}' && !(input instanceof HTMLTextAreaElement)) {
      this._hideKeyboard();
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return;
    }
    const text = { '{space}': ' ', '{enter}': '\n' }[button] ?? (button === '{bksp}' ? '' : button);
    this._insert(input, text, button === '{bksp}');
    if (this._keyboard.options.layoutName === 'shift' && button.length === 1) {
      this._keyboard.setOptions({ layoutName: 'default' });
    }
  }

  _insert(input, text, backspace) {
    const value = input.value;
    let start = input.selectionStart ?? value.length;
    const end = input.selectionEnd ?? value.length;
    if (backspace && start === end && start > 0) {
      // Remove a whole emoji or other surrogate pair, not half of it.
      const before = Array.from(value.slice(0, start));
      before.pop();
      start = before.join('').length;
    }
    const next = value.slice(0, start) + text + value.slice(end);
    if (input.maxLength > 0 && next.length > input.maxLength) {
      return;
    }
    this._typing = true;
    input.value = next;
    const caret = start + text.length;
    input.setSelectionRange(caret, caret);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this._typing = false;
  }
}

customElements.define('pk-kiosk', PkKiosk);
