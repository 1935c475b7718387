/**
 * What the staff console's screens share and no feature owns: the console's frame, the confirmation and reprint
 * questions, and links that make a file when followed.
 */
@NullMarked
@NamedInterface("ui")
package fi.pyykkinaru.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
