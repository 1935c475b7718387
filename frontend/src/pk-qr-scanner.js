import { decodeFrame } from './pk-qr-decoder.js';

/*
 * <pk-qr-scanner>: the stand camera's live picture, decoding QR codes as they come into view, and telling the
 * visitor what helps when a code is seen but not read (Chromium on Linux has no BarcodeDetector, so the decoder is
 * ZXing-C++ in WebAssembly, pk-qr-decoder.js).
 *
 * Events: `qr-scanned` (detail.text: what the code holds; the same code is reported once per three seconds),
 * `camera-ready` (detail.torch: whether the camera has a torch), `camera-unavailable` (no camera, no
 * permission, or not a secure context). Property `torch` switches the torch where there is one. Attributes
 * `text-closer`, `text-still`, `text-light`: the translated guidance shown under the picture.
 */
const SAME_CODE_QUIET_MS = 3000;
// A decode takes tens of milliseconds on the main thread; a pause between decodes leaves the screen responsive to
// touch, and 6–7 tries a second still read a code the moment it is held steady.
const PAUSE_BETWEEN_DECODES_MS = 120;
// Guidance changes no faster than a person reads it, and a screen reader is not made to interrupt itself.
const GUIDANCE_MIN_MS = 1500;
// Without a fresh reason the guidance goes away: the visitor has put the code down or walked off.
const GUIDANCE_STALE_MS = 2500;

class PkQrScanner extends HTMLElement {
  static get observedAttributes() {
    return ['text-closer', 'text-still', 'text-light'];
  }

  // The language changed while guidance is shown: show it in the new language.
  attributeChangedCallback(name) {
    if (this._guidance && name === `text-${this._guidanceKind}`) {
      this._guidance.textContent = this.getAttribute(name) || '';
    }
  }

  connectedCallback() {
    this.style.display = 'block';
    if (!this._video) {
      this._video = document.createElement('video');
      this._video.setAttribute('playsinline', '');
      this._video.muted = true;
      this._video.setAttribute('aria-hidden', 'true');
      this._guidance = document.createElement('p');
      this._guidance.className = 'pk-qr-guidance';
      this._guidance.id = 'scan-guidance';
      this._guidance.setAttribute('role', 'status');
      this._guidance.setAttribute('aria-live', 'polite');
      this.append(this._video, this._guidance);
    }
    this._start();
  }

  disconnectedCallback() {
    this._stop();
  }

  set torch(on) {
    this._torchOn = Boolean(on);
    this._track?.applyConstraints({ advanced: [{ torch: this._torchOn }] }).catch(() => {});
  }

  get torch() {
    return Boolean(this._torchOn);
  }

  async _start() {
    this._stop();
    const run = (this._run = {});
    if (!navigator.mediaDevices?.getUserMedia) {
      this._unavailable('no-media-devices');
      return;
    }
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
      });
    } catch (e) {
      if (run === this._run) {
        this._unavailable(e?.name || 'error');
      }
      return;
    }
    if (run !== this._run) {
      stream.getTracks().forEach((t) => t.stop());
      return;
    }
    this._stream = stream;
    this._track = stream.getVideoTracks()[0];
    const capabilities = this._track.getCapabilities?.() ?? {};
    if (capabilities.focusMode?.includes('continuous')) {
      // A poster held at arm's length, then a phone close up: a fixed focus blurs one of them.
      await this._track.applyConstraints({ advanced: [{ focusMode: 'continuous' }] }).catch(() => {});
    }
    this._video.srcObject = stream;
    try {
      await this._video.play();
    } catch (e) {
      // Autoplay of a muted video is allowed; a refusal here leaves the frames to come as they may.
    }
    if (run !== this._run) {
      return;
    }
    if (capabilities.torch && this._torchOn) {
      this.torch = true;
    }
    this.dispatchEvent(new CustomEvent('camera-ready', { detail: { torch: Boolean(capabilities.torch) } }));
    this._schedule(run, 0);
  }

  _schedule(run, delay) {
    run.timer = setTimeout(() => this._decodeOnce(run), delay);
  }

  // One decode at a time: frames that arrive while one is being decoded are simply not looked at.
  async _decodeOnce(run) {
    if (run !== this._run) {
      return;
    }
    const frame = this._grab();
    if (frame) {
      try {
        const { text, guidance } = await decodeFrame(frame);
        if (run !== this._run) {
          return;
        }
        if (text) {
          this._showGuidance(null, true);
          this._found(text);
        } else {
          this._showGuidance(guidance, false);
        }
      } catch (e) {
        // The decoder failed to load or choked on one frame; the next frame tries again.
      }
    }
    this._schedule(run, PAUSE_BETWEEN_DECODES_MS);
  }

  _grab() {
    const video = this._video;
    if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth) {
      return null;
    }
    const { videoWidth: w, videoHeight: h } = video;
    if (!this._canvas || this._canvas.width !== w || this._canvas.height !== h) {
      this._canvas = new OffscreenCanvas(w, h);
      this._context = this._canvas.getContext('2d', { willReadFrequently: true });
    }
    this._context.drawImage(video, 0, 0, w, h);
    return this._context.getImageData(0, 0, w, h);
  }

  _showGuidance(kind, read) {
    const now = Date.now();
    if (kind) {
      this._guidanceSeenAt = now;
    }
    const showing = this._guidanceKind ?? null;
    if (kind === showing) {
      return;
    }
    const settled = now - (this._guidanceShownAt ?? 0) >= GUIDANCE_MIN_MS;
    const stale = now - (this._guidanceSeenAt ?? 0) >= GUIDANCE_STALE_MS;
    if (read || (kind && (settled || !showing)) || (!kind && stale)) {
      this._guidanceKind = kind;
      this._guidanceShownAt = now;
      this._guidance.textContent = kind ? this.getAttribute(`text-${kind}`) || '' : '';
    }
  }

  _found(text) {
    const now = Date.now();
    if (text === this._last && now - this._lastAt < SAME_CODE_QUIET_MS) {
      return;
    }
    this._last = text;
    this._lastAt = now;
    this.dispatchEvent(new CustomEvent('qr-scanned', { detail: { text } }));
  }

  _unavailable(reason) {
    this.dispatchEvent(new CustomEvent('camera-unavailable', { detail: { reason } }));
  }

  _stop() {
    if (this._run) {
      clearTimeout(this._run.timer);
    }
    this._run = null;
    this._stream?.getTracks().forEach((t) => t.stop());
    this._stream = null;
    this._track = null;
    if (this._video) {
      this._video.srcObject = null;
    }
    if (this._guidance) {
      this._guidance.textContent = '';
      this._guidanceKind = null;
    }
  }
}

customElements.define('pk-qr-scanner', PkQrScanner);
