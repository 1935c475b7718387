/**
 * The kiosk shell: which stand each screen shows (its cookie, its pairing), the layout every visitor screen sits in,
 * the language switch, the idle reset with its attract loop, and the on-screen keyboard ({@code frontend/src/pk-kiosk.js}).
 */
@NullMarked
package fi.pyykkinaru.kiosk;

import org.jspecify.annotations.NullMarked;
