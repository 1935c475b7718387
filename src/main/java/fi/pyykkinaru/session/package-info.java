/**
 * The programme of an event and instant feedback on its sessions: sessions with their tokens, votes on the
 * −2…+2 usefulness scale kept apart from their voters, counts from paper and remote answers, and results.
 */
@NullMarked
package fi.pyykkinaru.session;

import org.jspecify.annotations.NullMarked;
