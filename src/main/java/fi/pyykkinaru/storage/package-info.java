/** The database set-up every feature relies on: where it lives and how durable a commit is. */
@NullMarked
package fi.pyykkinaru.storage;

import org.jspecify.annotations.NullMarked;
