/** The phone's feedback page: plain HTML forms served by Spring MVC, one Vaadin-free page per step. */
@NullMarked
package fi.pyykkinaru.session.phone;

import org.jspecify.annotations.NullMarked;
