package org.carewarehouse.pipeline;

import java.math.BigDecimal;

/**
 * Checks a setting's value as it is bound, so that a value the job cannot run with stops
 * it before anything runs, naming the setting, rather than running it wrongly (a block of
 * 0 rows loads nothing, a negative memory limit lifts DuckDB's limit).
 */
public final class Setting {

	private Setting() {
	}

	/**
	 * Refuses a value below a least one.
	 * @param name the setting, as a user writes it
	 * @param value its value
	 * @param least the least value it may take
	 */
	public static void atLeast(String name, long value, long least) {
		require(value >= least, name, value, "at least " + least);
	}

	/**
	 * Refuses a value outside a range.
	 * @param name the setting, as a user writes it
	 * @param value its value
	 * @param least the least value it may take
	 * @param most the most it may take
	 */
	public static void between(String name, long value, long least, long most) {
		require(value >= least && value <= most, name, value, "from " + least + " to " + most);
	}

	/**
	 * Refuses a percentage outside 0 to 100.
	 * @param name the setting, as a user writes it
	 * @param value its value
	 */
	public static void percent(String name, BigDecimal value) {
		require(value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0, name, value.toPlainString(),
				"a percentage from 0 to 100");
	}

	/**
	 * Refuses a value that breaks a condition.
	 * @param holds whether the value is one the job can run with
	 * @param name the setting, as a user writes it
	 * @param value its value
	 * @param expected what it must be, in words
	 */
	public static void require(boolean holds, String name, Object value, String expected) {
		if (!holds) {
			throw new IllegalArgumentException(name + " must be " + expected + ", not " + value);
		}
	}

}
