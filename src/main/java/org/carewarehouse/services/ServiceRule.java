package org.carewarehouse.services;

import org.carewarehouse.pipeline.Rule;

/**
 * Rules of the adult services feed that need domain knowledge.
 */
enum ServiceRule implements Rule {

	SERVICE_TYPE_MISSING("SV001", "A Service event has no Service Type"),

	EVENT_BEFORE_BIRTH("SV002", "The event starts before the person's date of birth"),

	DEATH_BEFORE_BIRTH("SV003", "The date of death is before the date of birth"),

	EVENT_OUTSIDE_PERIOD("SV004", "The event ended before the reporting period started");

	private final String code;

	private final String description;

	ServiceRule(String code, String description) {
		this.code = code;
		this.description = description;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String description() {
		return this.description;
	}

}
