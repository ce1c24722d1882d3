package org.carewarehouse.nightly;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A run lock that goes stale before its holder renews it would let a run on another host
 * take the warehouse from a live one: refused as the settings bind.
 */
class NightlyPropertiesTests {

	@Test
	void aLockThatGoesStaleBeforeTwoHeartbeatsIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NightlyProperties(Duration.ofSeconds(10), Duration.ofSeconds(19)))
			.withMessage("care.nightly.lock-stale-after must be at least twice care.nightly.lock-heartbeat (PT10S), "
					+ "not PT19S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NightlyProperties(Duration.ZERO, Duration.ofMinutes(2)))
			.withMessage("care.nightly.lock-heartbeat must be longer than 0, not PT0S");
		assertThat(new NightlyProperties(Duration.ofSeconds(10), Duration.ofSeconds(20)).lockStaleAfter())
			.isEqualTo(Duration.ofSeconds(20));
	}

}
