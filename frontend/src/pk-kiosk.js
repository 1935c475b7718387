// The package's main entry is a UMD build whose default export Vite's CommonJS interop loses; its ES build is clean.
import { SimpleKeyboard } from 'simple-keyboard/build/index.modern.esm.js';
import 'simple-keyboard/build/css/index.css';

/*
 * <pk-kiosk timeout="90" keyboard="auto">: the stand's guard, one per kiosk page.
 *
 * - After `timeout` seconds without a touch, key or input it fires `kiosk-idle` (once, until the next touch);
 *   the server then throws away any half-filled form and shows the attract loop. Not while the link to the
 *   server is down: Vaadin sends what was typed and tapped once the link returns.
 * - It keeps touch from getting in the way: no context menu on long press, no pinch zoom.
 * - It brings an on-screen keyboard (simple-keyboard, with å ä ö, @ and digits) for text fields on a stand
 *   screen. "auto" means touch screens at least 1024 px wide, or a browser that the stand launcher opened
 *   with ?kiosk; phones and physical keyboards keep working as usual.
 */
const KIOSK_FLAG = 'pyykkinaru.kiosk';
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'];
const TEXT_INPUTS = new Set(['text', 'email', 'search', 'tel', 'url']);

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
    return ['timeout'];
  }

  constructor() {
    super();
    this._onActivity = () => this._restartTimer();
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
    ACTIVITY.forEach((type) => document.addEventListener(type, this._onActivity, { capture: true, passive: true }));
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
    ACTIVITY.forEach((type) => document.removeEventListener(type, this._onActivity, { capture: true }));
    document.removeEventListener('contextmenu', this._onContextMenu);
    document.removeEventListener('gesturestart', this._onGesture);
    document.removeEventListener('focusin', this._onFocusIn);
    document.removeEventListener('focusout', this._onFocusOut);
    document.removeEventListener('keydown', this._onPhysicalKey, true);
    if (window.Vaadin && window.Vaadin.connectionState) {
      window.Vaadin.connectionState.removeStateChangeListener(this._onLink);
    }
    clearTimeout(this._timer);
    this._hideKeyboard();
  }

  attributeChangedCallback() {
    this._restartTimer();
  }

  _restartTimer() {
    clearTimeout(this._timer);
    const seconds = Number(this.getAttribute('timeout')) || 90;
    this._timer = setTimeout(() => {
      // While the link to the server is down, what the visitor typed waits for it: no reset until it is back.
      if (linkDown()) {
        this._restartTimer();
        return;
      }
      this.dispatchEvent(new CustomEvent('kiosk-idle'));
    }, seconds * 1000);
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
        display: { '{bksp}': '⌫', '{shift}': '⇧', '{space}': ' ', '{enter}': '↵', '{close}': '⌨ ▾' },
        buttonAttributes: [
          { attribute: 'aria-label', value: 'backspace', buttons: '{bksp}' },
          { attribute: 'aria-label', value: 'shift', buttons: '{shift}' },
          { attribute: 'aria-label', value: 'space', buttons: '{space}' },
          { attribute: 'aria-label', value: 'enter', buttons: '{enter}' },
          { attribute: 'aria-label', value: 'close keyboard', buttons: '{close}' },
        ],
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
