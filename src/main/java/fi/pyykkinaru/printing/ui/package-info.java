/** The staff's view of the stand's printers and print queue. */
@NullMarked
package fi.pyykkinaru.printing.ui;

import org.jspecify.annotations.NullMarked;
