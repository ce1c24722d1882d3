package org.carewarehouse.nightly;

import java.time.Duration;

import org.carewarehouse.pipeline.Setting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How nightly runs keep out of each other's way.
 *
 * @param lockHeartbeat how often a running night renews its heartbeat in the run lock
 * @param lockStaleAfter how old a run lock's heartbeat must be before a run on another
 * host counts as dead; well above the heartbeat and any clock difference between hosts
 */
@ConfigurationProperties("care.nightly")
record NightlyProperties(@DefaultValue("10s") Duration lockHeartbeat, @DefaultValue("2m") Duration lockStaleAfter) {

	/**
	 * Refuses a lock that another host could take from a live run: one that goes stale
	 * before its holder renews it.
	 */
	NightlyProperties {
		Setting.require(!lockHeartbeat.isNegative() && !lockHeartbeat.isZero(), "care.nightly.lock-heartbeat",
				lockHeartbeat, "longer than 0");
		Setting.require(lockStaleAfter.compareTo(lockHeartbeat.multipliedBy(2)) >= 0, "care.nightly.lock-stale-after",
				lockStaleAfter, "at least twice care.nightly.lock-heartbeat (" + lockHeartbeat + ")");
	}

}
