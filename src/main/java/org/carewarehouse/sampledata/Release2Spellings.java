package org.carewarehouse.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Release 2 spellings of the CLD code lists (DHSC's data cleaning notes) that some
 * councils' systems already export: the warehouse must read them as the Release 1 labels
 * it stores, or their services would not match the same services in the year before.
 */
final class Release2Spellings {

	static final int CLIENT_TYPE = 11;

	static final int OUTCOME = 22;

	static final int SERVICE_TYPE = 26;

	static final int COMPONENT = 27;

	private static final Map<String, String> CLIENT_TYPES = Map.of("Carer", "Unpaid carer");

	private static final Map<String, String> OUTCOMES = Map.of("NFA - Deceased", "NFA: Deceased",
			"Service ended as planned", "NFA: Support ended as planned",
			"NFA - Self-funded client (inc. 12wk disregard)", "NFA: Self-funded client or under 12wk disregard",
			"NFA - Support declined", "NFA: Support declined", "NFA - 100% NHS-funded care",
			"NFA: Referral to NHS services or NHS funded social care", "Progress to Reablement/ST-Max",
			"Progress to reablement/ST-Max", "Progress to Assessment",
			"Progress to assessment, review or reassessment");

	private static final Map<String, String> SERVICE_TYPES = Map.of("Long Term Support: Nursing Care",
			"Long term support: Nursing care", "Long Term Support: Residential Care",
			"Long term support: Residential care", "Long Term Support: Community", "Long term support: Community",
			"Short Term Support: ST-Max", "Short term support: ST-Max", "Short Term Support: Other Short Term",
			"Short term support: Other short term", "Carer Support: Direct to Carer",
			"Unpaid carer support: Direct to unpaid carer");

	private static final Map<String, String> COMPONENTS = Map.of("Home Support", "Home support or domiciliary care");

	private Release2Spellings() {
	}

	/** A services row with its code values in their Release 2 spellings. */
	static List<String> respell(List<String> row) {
		List<String> spelt = new ArrayList<>(row);
		spelt.set(CLIENT_TYPE, CLIENT_TYPES.getOrDefault(row.get(CLIENT_TYPE), row.get(CLIENT_TYPE)));
		spelt.set(OUTCOME, OUTCOMES.getOrDefault(row.get(OUTCOME), row.get(OUTCOME)));
		spelt.set(SERVICE_TYPE, SERVICE_TYPES.getOrDefault(row.get(SERVICE_TYPE), row.get(SERVICE_TYPE)));
		spelt.set(COMPONENT, COMPONENTS.getOrDefault(row.get(COMPONENT), row.get(COMPONENT)));
		return spelt;
	}

}
