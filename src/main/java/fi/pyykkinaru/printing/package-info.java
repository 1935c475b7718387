/**
 * Printing at the stand: the stored print queue, the IPP client that talks to the stand's CUPS queues, the
 * printers' status, and what every printed document shares (embedded fonts, vector QR codes, page sizes).
 */
@NullMarked
package fi.pyykkinaru.printing;

import org.jspecify.annotations.NullMarked;
