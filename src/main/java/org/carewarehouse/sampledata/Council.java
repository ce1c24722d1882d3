package org.carewarehouse.sampledata;

import java.util.List;

/**
 * A sample council and the rates its synthetic activity is drawn at.
 *
 * @param gss the GSS code
 * @param name the council's name
 * @param region the region
 * @param dfeCode the DfE three-digit code
 * @param prefix the prefix of its invented person ids
 * @param districts the postcode districts people are given
 * @param admissions65 permanent care home admissions 65+ per 100,000 65+ a year
 * @param admissions1864 permanent care home admissions 18-64 per 100,000 18-64 a year
 * @param reablement65 people 65+ starting reablement per 10,000 65+ a year
 * @param atHome91 share of the October-December reablement cohort at home after 91 days
 * @param learningDisabilityPaid share of adults with a learning disability in paid work
 */
record Council(String gss, String name, String region, String dfeCode, String prefix, List<String> districts,
		double admissions65, double admissions1864, double reablement65, double atHome91,
		double learningDisabilityPaid) {

	static final String NORTH_WEST = "North West";

	static final String EAST = "East of England";

	/**
	 * Sefton's rates are its published figures; the others vary around England's
	 * averages.
	 */
	static final List<Council> ALL = List.of(
			new Council("E08000014", "Sefton", NORTH_WEST, "343", "SEF",
					List.of("L20", "L21", "L22", "L23", "L29", "L30", "L31", "L37", "L38", "PR8", "PR9"), 753, 29, 117,
					0.88, 0.02),
			new Council("E10000012", "Essex", EAST, "881", "ESX",
					List.of("CM1", "CM2", "CO1", "CO2", "SS14", "SS15", "CB10", "RM14", "IG10", "CM20"), 520, 14, 96,
					0.84, 0.05),
			new Council("E06000049", "Cheshire East", NORTH_WEST, "895", "CHE",
					List.of("CW1", "CW2", "CW4", "CW12", "SK9", "SK10", "SK11", "WA16"), 600, 16, 104, 0.82, 0.06),
			new Council("E08000012", "Liverpool", NORTH_WEST, "341", "LIV",
					List.of("L1", "L4", "L6", "L8", "L11", "L15", "L17", "L25"), 690, 22, 128, 0.80, 0.04),
			new Council("E08000015", "Wirral", NORTH_WEST, "344", "WIR",
					List.of("CH41", "CH42", "CH43", "CH44", "CH45", "CH46", "CH49", "CH60"), 640, 19, 110, 0.85, 0.05),
			new Council("E08000011", "Knowsley", NORTH_WEST, "340", "KNO", List.of("L14", "L28", "L34", "L35", "L36"),
					710, 24, 85, 0.78, 0.03),
			new Council("E06000050", "Cheshire West and Chester", NORTH_WEST, "896", "CWC",
					List.of("CH1", "CH2", "CH3", "CH4", "CH65", "CW7", "CW8", "CW9"), 560, 13, 99, 0.86, 0.07),
			new Council("E10000029", "Suffolk", EAST, "935", "SUF",
					List.of("IP1", "IP2", "IP3", "IP4", "IP12", "IP14", "IP28", "CO10"), 480, 11, 92, 0.83, 0.06),
			new Council("E10000020", "Norfolk", EAST, "926", "NFK",
					List.of("NR1", "NR2", "NR3", "NR18", "NR30", "PE30", "PE31", "IP25"), 590, 15, 88, 0.81, 0.05),
			new Council("E10000015", "Hertfordshire", EAST, "919", "HRT",
					List.of("AL1", "AL3", "SG1", "SG2", "WD17", "WD18", "HP1", "EN10"), 430, 10, 120, 0.87, 0.08));

}
