/**
 * The workforce feed: ASC-WDS workplace and worker extracts ({@code workforce/}), with
 * the worker id hashed and the date of birth reduced to the year.
 */
@NullMarked
package org.carewarehouse.workforce;

import org.jspecify.annotations.NullMarked;
