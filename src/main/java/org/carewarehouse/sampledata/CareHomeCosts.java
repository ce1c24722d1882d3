package org.carewarehouse.sampledata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * Weekly care home fees by setting, age band and primary support reason. Sefton's run
 * from 390 (65+, physical support, residential) to 930 (18-64, learning disability,
 * nursing), as its paper published; other councils' are scaled. Successive placements in
 * a cell cycle through deltas of 0, 0, +1%, -1%, +2%, -2%, +3%, -3%, so the median of any
 * number of them is the cell's base fee.
 */
final class CareHomeCosts {

	static final String PHYSICAL = "Physical Support: Personal care support";

	static final String MEMORY = "Support with Memory & Cognition";

	static final String LEARNING_DISABILITY = "Learning Disability Support";

	static final String MENTAL_HEALTH = "Mental Health Support";

	private static final int[] DELTAS = { 0, 0, 1, -1, 2, -2, 3, -3 };

	private static final Map<String, Integer> BASE = Map.ofEntries(Map.entry(key(false, true, PHYSICAL), 390),
			Map.entry(key(false, true, MEMORY), 520), Map.entry(key(false, true, LEARNING_DISABILITY), 700),
			Map.entry(key(false, true, MENTAL_HEALTH), 560), Map.entry(key(true, true, PHYSICAL), 640),
			Map.entry(key(true, true, MEMORY), 690), Map.entry(key(true, true, LEARNING_DISABILITY), 820),
			Map.entry(key(true, true, MENTAL_HEALTH), 700), Map.entry(key(false, false, PHYSICAL), 560),
			Map.entry(key(false, false, MEMORY), 600), Map.entry(key(false, false, LEARNING_DISABILITY), 850),
			Map.entry(key(false, false, MENTAL_HEALTH), 640), Map.entry(key(true, false, PHYSICAL), 760),
			Map.entry(key(true, false, MEMORY), 780), Map.entry(key(true, false, LEARNING_DISABILITY), 930),
			Map.entry(key(true, false, MENTAL_HEALTH), 800));

	private final double factor;

	private final Map<String, Integer> placed = new HashMap<>();

	CareHomeCosts(double factor) {
		this.factor = factor;
	}

	static int base(boolean nursing, boolean older, String supportReason) {
		return BASE.get(key(nursing, older, supportReason));
	}

	/** The weekly fee of the next placement in a cell. */
	BigDecimal weekly(boolean nursing, boolean older, String supportReason) {
		String key = key(nursing, older, supportReason);
		int n = this.placed.merge(key, 1, Integer::sum) - 1;
		double fee = BASE.get(key) * this.factor * (100 + DELTAS[n % DELTAS.length]) / 100.0;
		return BigDecimal.valueOf(fee).setScale(2, RoundingMode.HALF_UP);
	}

	private static String key(boolean nursing, boolean older, String supportReason) {
		return nursing + "|" + older + "|" + supportReason;
	}

}
