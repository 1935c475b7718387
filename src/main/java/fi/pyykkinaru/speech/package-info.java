/**
 * Speech for the stand's visitors: text read aloud in fi, sv or en by {@code espeak-ng} on the server
 * ({@code GET /speech}, a WAV), offline on the stand box. The kiosk's {@code frontend/src/pk-speech.js} asks for it
 * and falls back to the browser's own voices when the server has no {@code espeak-ng}. Knows no other module.
 */
@NullMarked
package fi.pyykkinaru.speech;

import org.jspecify.annotations.NullMarked;
