/** The open call's staff pages: the review board, and the call's editor, exports and jury beside it. */
@NullMarked
package fi.pyykkinaru.call.ui;

import org.jspecify.annotations.NullMarked;
