/**
 * The command line entry point; each feature lives in its own package.
 */
@NullMarked
package org.carewarehouse;

import org.jspecify.annotations.NullMarked;
