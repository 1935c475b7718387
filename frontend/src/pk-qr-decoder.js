import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
// The ?url import makes Vite put the .wasm into the production bundle; zxing-wasm would otherwise fetch it from
// a CDN, which a stand without internet cannot reach and the CSP forbids.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/*
 * The stand's QR decoder: ZXing-C++ compiled to WebAssembly, which reads clearly more venue frames (blur, glare,
 * tilt, dim light) than the JavaScript port of ZXing did. One frame in, either the code's text or a hint of why
 * it could not be read.
 */
prepareZXingModule({
  overrides: {
    locateFile: (path, prefix) => (path.endsWith('.wasm') ? new URL(wasmUrl, document.baseURI).href : prefix + path),
  },
});

const OPTIONS = {
  formats: ['QRCode'],
  tryHarder: true,
  tryRotate: true,
  // Codes on a phone in dark mode or on a dark slide come out light on dark.
  tryInvert: true,
  tryDownscale: true,
  maxNumberOfSymbols: 1,
  // A symbol that was found but not decoded comes back with its position: that is what "hold still" or "closer"
  // is told from.
  returnErrors: true,
};

// A symbol narrower than this share of the frame's shorter side is far enough away that the camera's resolution,
// not the visitor's hand, is what fails.
const SMALL_SYMBOL = 0.22;
// Mean luma (0–255) under which the picture is too dark for the camera to resolve the modules.
const DARK_FRAME = 45;

/**
 * Reads one frame. Resolves to `{ text }` when a code was read, otherwise `{ guidance }`: `closer`, `still`,
 * `light`, or null when nothing that looks like a code was seen.
 */
export async function decodeFrame(imageData) {
  const results = await readBarcodes(imageData, OPTIONS);
  const read = results.find((r) => r.isValid);
  if (read) {
    return { text: read.text, guidance: null };
  }
  if (meanLuma(imageData) < DARK_FRAME) {
    return { text: null, guidance: 'light' };
  }
  const seen = results[0];
  if (!seen) {
    return { text: null, guidance: null };
  }
  const share = symbolWidth(seen.position) / Math.min(imageData.width, imageData.height);
  return { text: null, guidance: share < SMALL_SYMBOL ? 'closer' : 'still' };
}

function symbolWidth({ topLeft, topRight, bottomLeft }) {
  return Math.max(Math.hypot(topRight.x - topLeft.x, topRight.y - topLeft.y),
    Math.hypot(bottomLeft.x - topLeft.x, bottomLeft.y - topLeft.y));
}

// Every 97th pixel is plenty for a mean and keeps this well under a millisecond at 1280×720.
function meanLuma({ data }) {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < data.length; i += 4 * 97) {
    sum += 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2];
    n++;
  }
  return n ? sum / n : 255;
}

// The scanner benchmark (session.ScannerBench) feeds frames to this very decoder as the production bundle ships
// it; it reads nothing and changes nothing on the page.
window.pkQrDecoder = { decode: decodeFrame };
