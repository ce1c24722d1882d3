/**
 * Pseudonymisation: keyed hashes of person identifiers, and the reductions (birth month,
 * postcode district) that keep names, NHS numbers, full dates of birth and full postcodes
 * out of the warehouse.
 */
@NullMarked
package org.carewarehouse.privacy;

import org.jspecify.annotations.NullMarked;
