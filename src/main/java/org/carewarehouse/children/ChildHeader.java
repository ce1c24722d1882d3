package org.carewarehouse.children;

import org.jspecify.annotations.Nullable;

/**
 * One looked-after child from an SSDA903 Header table, pseudonymised: no CHILD id, UPN,
 * full date of birth, MOTHER or MC_DOB.
 */
public record ChildHeader(String council, String financialYear, int collectionYear, String childKey, String sex,
		@Nullable String birthMonth, @Nullable String ethnicity) {

}
