package org.carewarehouse.sampledata;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The random draws the sample is made of, from one seeded stream.
 */
final class Draws {

	private final SplittableRandom random;

	Draws(SplittableRandom random) {
		this.random = random;
	}

	/** A whole number from low to high, both included. */
	int between(int low, int high) {
		return low + this.random.nextInt(high - low + 1);
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	boolean coin() {
		return this.random.nextBoolean();
	}

	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
