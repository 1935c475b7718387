import { BrowserQRCodeReader } from '@zxing/browser';

/*
 * <pk-qr-scanner>: the stand camera's live picture, decoding QR codes as they come into view (Chromium on
 * Linux has no BarcodeDetector, so the decoder comes from @zxing/browser).
 *
 * Events: `qr-scanned` (detail.text: what the code holds; the same code is reported once per three seconds),
 * `camera-ready` (detail.torch: whether the camera has a torch), `camera-unavailable` (no camera, no
 * permission, or not a secure context). Property `torch` switches the torch where there is one.
 */
const SAME_CODE_QUIET_MS = 3000;

class PkQrScanner extends HTMLElement {
  connectedCallback() {
    this.style.display = 'block';
    if (!this._video) {
      this._video = document.createElement('video');
      this._video.setAttribute('playsinline', '');
      this._video.muted = true;
      this._video.setAttribute('aria-hidden', 'true');
      this.appendChild(this._video);
    }
    this._start();
  }

  disconnectedCallback() {
    this._stop();
  }

  set torch(on) {
    this._controls?.switchTorch?.(Boolean(on)).catch(() => {});
  }

  async _start() {
    this._stop();
    if (!navigator.mediaDevices?.getUserMedia) {
      this._unavailable('no-media-devices');
      return;
    }
    const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
    try {
      this._controls = await reader.decodeFromConstraints(
        { video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } } },
        this._video,
        (result) => result && this._found(result.getText()),
      );
      if (!this.isConnected) {
        this._stop();
        return;
      }
      this.dispatchEvent(new CustomEvent('camera-ready', { detail: { torch: Boolean(this._controls.switchTorch) } }));
    } catch (e) {
      this._unavailable(e?.name || 'error');
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
    try {
      this._controls?.stop();
    } catch (e) {
      // Already stopped.
    }
    this._controls = null;
  }
}

customElements.define('pk-qr-scanner', PkQrScanner);
