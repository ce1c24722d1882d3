package org.carewarehouse.sampledata;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The sample councils' cost centres, each an ASC-FR service line or a children's
 * placement type, and which one a CLD service is paid from.
 */
final class CostCentres {

	/** A cost centre and its place in the ASC-FR categories. */
	record Line(String code, String name, String setting, String ageBand, String provision, String subjective) {
	}

	static final List<Line> ALL = List.of(
			new Line("ASC-RES-65", "Residential care, older people", "Residential", "65+", "External", "5110"),
			new Line("ASC-RES-1864", "Residential care, working age", "Residential", "18-64", "External", "5110"),
			new Line("ASC-NUR-65", "Nursing care, older people", "Nursing", "65+", "External", "5120"),
			new Line("ASC-NUR-1864", "Nursing care, working age", "Nursing", "18-64", "External", "5120"),
			new Line("ASC-STO", "Short stays in care homes", "Short Term: Other", "", "External", "5130"),
			new Line("ASC-STMAX", "Reablement", "Short Term: ST-Max", "", "In-house", "5200"),
			new Line("ASC-HC", "Home care", "Community: Home Care", "", "External", "5210"),
			new Line("ASC-SL", "Supported living", "Community: Supported Living", "", "External", "5220"),
			new Line("ASC-DP", "Direct payments", "Community: Direct Payments", "", "", "5230"),
			new Line("ASC-DAY-IH", "Day opportunities, in-house", "Community: Other Long Term", "", "In-house", "5240"),
			new Line("ASC-DAY-EX", "Day opportunities, external", "Community: Other Long Term", "", "External", "5240"),
			new Line("CH-RES", "Children's residential placements", "Children: Residential", "", "External", "5310"),
			new Line("CH-IFA", "Independent fostering agency placements", "Children: IFA", "", "External", "5320"),
			new Line("CH-FOST", "In-house fostering and kinship care", "Children: In-house Fostering", "", "In-house",
					"5330"),
			new Line("CH-OTHER", "Other children's placements", "Other", "", "", "5340"));

	private CostCentres() {
	}

	static String subjective(String code) {
		return ALL.stream().filter((line) -> line.code().equals(code)).findFirst().orElseThrow().subjective();
	}

	/**
	 * The cost centre a CLD service is paid from, or null for services the ledger does
	 * not pay.
	 */
	static @Nullable String of(Event event, int ageAtStart) {
		String band = (ageAtStart >= 65) ? "65" : "1864";
		String type = String.valueOf(event.serviceType());
		String component = String.valueOf(event.component());
		if ("Direct Payment".equals(event.deliveryMechanism())) {
			return "ASC-DP";
		}
		if (component.startsWith("Short Term")) {
			return "ASC-STO";
		}
		return switch (type) {
			case "Long Term Support: Residential Care" -> "ASC-RES-" + band;
			case "Long Term Support: Nursing Care" -> "ASC-NUR-" + band;
			case "Short Term Support: ST-Max" -> "ASC-STMAX";
			case "Long Term Support: Community" -> switch (component) {
				case "Home Support" -> "ASC-HC";
				case "Community Supported Living" -> "ASC-SL";
				case "Day Support" -> "In-house".equals(event.providerType()) ? "ASC-DAY-IH" : "ASC-DAY-EX";
				default -> null;
			};
			default -> null;
		};
	}

}
