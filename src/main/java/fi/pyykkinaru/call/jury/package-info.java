/**
 * A jury member's scoring page, opened from their private link on their own phone: plain HTML forms served by Spring
 * MVC, no account and no JavaScript needed, like the phones' feedback page.
 */
@NullMarked
package fi.pyykkinaru.call.jury;

import org.jspecify.annotations.NullMarked;
