package org.carewarehouse.services;

import java.util.List;

import org.carewarehouse.pipeline.Rule;

/**
 * Rules of the adult services feed that need domain knowledge.
 */
final class ServiceRule {

	static final Rule SERVICE_TYPE_MISSING = new Rule("SV001", "A Service event has no Service Type");

	static final Rule EVENT_BEFORE_BIRTH = new Rule("SV002", "The event starts before the person's date of birth");

	static final Rule DEATH_BEFORE_BIRTH = new Rule("SV003", "The date of death is before the date of birth");

	static final Rule EVENT_OUTSIDE_PERIOD = new Rule("SV004", "The event ended before the reporting period started");

	static final List<Rule> ALL = List.of(SERVICE_TYPE_MISSING, EVENT_BEFORE_BIRTH, DEATH_BEFORE_BIRTH,
			EVENT_OUTSIDE_PERIOD);

	private ServiceRule() {
	}

}
