/**
 * What the staff console's screens share and no feature owns: the console's frame, the confirmation and reprint
 * questions, links that make a file when followed, and the panel of the address phones use.
 */
@NullMarked
@NamedInterface("ui")
package fi.pyykkinaru.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
