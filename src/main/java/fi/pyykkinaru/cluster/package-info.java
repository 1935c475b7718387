/**
 * Several app nodes on one PostgreSQL (profile {@code postgres}): what one node changes reaches the live screens
 * of every node.
 */
@NullMarked
package fi.pyykkinaru.cluster;

import org.jspecify.annotations.NullMarked;
