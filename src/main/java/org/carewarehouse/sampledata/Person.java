package org.carewarehouse.sampledata;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An invented person as the council's case management system records them.
 */
record Person(String localId, String nhsNumber, String firstName, String lastName, String gender, String ethnicity,
		LocalDate dateOfBirth, @Nullable LocalDate dateOfDeath, String supportReason, String postcode,
		String accommodation, String employment) {

	Person died(LocalDate date) {
		return new Person(this.localId, this.nhsNumber, this.firstName, this.lastName, this.gender, this.ethnicity,
				this.dateOfBirth, date, this.supportReason, this.postcode, this.accommodation, this.employment);
	}

	Person withSupportReason(String reason) {
		return new Person(this.localId, this.nhsNumber, this.firstName, this.lastName, this.gender, this.ethnicity,
				this.dateOfBirth, this.dateOfDeath, reason, this.postcode, this.accommodation, this.employment);
	}

	Person living(String accommodationStatus, String employmentStatus) {
		return new Person(this.localId, this.nhsNumber, this.firstName, this.lastName, this.gender, this.ethnicity,
				this.dateOfBirth, this.dateOfDeath, this.supportReason, this.postcode, accommodationStatus,
				employmentStatus);
	}

}
