package org.carewarehouse.sampledata;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One CLD event of an invented person.
 */
record Event(Person person, String clientType, String eventType, LocalDate start, @Nullable LocalDate end,
		@Nullable String outcome, @Nullable String route, @Nullable String serviceType, @Nullable String component,
		@Nullable String deliveryMechanism, @Nullable String providerId, @Nullable BigDecimal unitCost,
		@Nullable String frequency, @Nullable BigDecimal plannedUnits, @Nullable String providerType) {

	static Event request(Person person, LocalDate day, String route, String outcome) {
		return new Event(person, "Service User", "Request", day, day, outcome, route, null, null, null, null, null,
				null, null, null);
	}

	static Event service(Person person, LocalDate start, @Nullable LocalDate end, String serviceType, String component,
			String providerId, String providerType, BigDecimal unitCost, String frequency,
			@Nullable BigDecimal plannedUnits) {
		return new Event(person, "Service User", "Service", start, end, null, null, serviceType, component,
				"CASSR Commissioned Support", providerId, unitCost, frequency, plannedUnits, providerType);
	}

	Event withOutcome(String value) {
		return new Event(this.person, this.clientType, this.eventType, this.start, this.end, value, this.route,
				this.serviceType, this.component, this.deliveryMechanism, this.providerId, this.unitCost,
				this.frequency, this.plannedUnits, this.providerType);
	}

	Event withClientType(String value) {
		return new Event(this.person, value, this.eventType, this.start, this.end, this.outcome, this.route,
				this.serviceType, this.component, this.deliveryMechanism, this.providerId, this.unitCost,
				this.frequency, this.plannedUnits, this.providerType);
	}

	Event withPerson(Person value) {
		return new Event(value, this.clientType, this.eventType, this.start, this.end, this.outcome, this.route,
				this.serviceType, this.component, this.deliveryMechanism, this.providerId, this.unitCost,
				this.frequency, this.plannedUnits, this.providerType);
	}

	Event withEnd(@Nullable LocalDate value) {
		return new Event(this.person, this.clientType, this.eventType, this.start, value, this.outcome, this.route,
				this.serviceType, this.component, this.deliveryMechanism, this.providerId, this.unitCost,
				this.frequency, this.plannedUnits, this.providerType);
	}

	Event withCost(BigDecimal value, @Nullable BigDecimal units) {
		return new Event(this.person, this.clientType, this.eventType, this.start, this.end, this.outcome, this.route,
				this.serviceType, this.component, this.deliveryMechanism, this.providerId, value, this.frequency, units,
				this.providerType);
	}

	Event withDelivery(String value) {
		return new Event(this.person, this.clientType, this.eventType, this.start, this.end, this.outcome, this.route,
				this.serviceType, this.component, value, this.providerId, this.unitCost, this.frequency,
				this.plannedUnits, this.providerType);
	}

}
