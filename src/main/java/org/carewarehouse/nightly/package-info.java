/**
 * The nightly job: every feed's load, then publication of the catalog, for one business
 * date; and the command that starts, refuses, reruns or restarts it.
 */
@NullMarked
package org.carewarehouse.nightly;

import org.jspecify.annotations.NullMarked;
