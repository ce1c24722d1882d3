package org.carewarehouse.sample;

import java.util.List;

/**
 * A real council the sample invents people for: its codes, the ONS districts its population
 * is the sum of, and the postcode districts its residents' postcodes are drawn from.
 *
 * @param gss the GSS code
 * @param name the council's name
 * @param region the English region
 * @param dfeCode the DfE three-digit council code
 * @param prefix the prefix of the council's invented person identifiers
 * @param districts the ONS local authority districts, a county being the sum of its districts
 * @param postcodeDistricts real postcode districts in the council's area
 */
record Council(String gss, String name, String region, String dfeCode, String prefix, List<String> districts,
		List<String> postcodeDistricts) {

	static final String NORTH_WEST = "North West";

	static final String EAST = "East of England";

	static final Council SEFTON = new Council("E08000014", "Sefton", NORTH_WEST, "343", "SEF", List.of("E08000014"),
			List.of("L20", "L21", "L22", "L23", "L29", "L30", "L31", "L37", "L38", "PR8", "PR9"));

	static final Council ESSEX = new Council("E10000012", "Essex", EAST, "881", "ESX",
			List.of("E07000066", "E07000067", "E07000068", "E07000069", "E07000070", "E07000071", "E07000072",
					"E07000073", "E07000074", "E07000075", "E07000076", "E07000077"),
			List.of("CM0", "CM1", "CM2", "CM3", "CM7", "CM8", "CM9", "CM11", "CM12", "CM13", "CM15", "CM16", "CM17",
					"CM18", "CM19", "CM20", "CM77", "CO1", "CO2", "CO3", "CO4", "CO5", "CO6", "CO7", "CO9", "CO12",
					"CO13", "CO14", "CO15", "CO16", "SS4", "SS5", "SS6", "SS7", "SS8", "SS11", "SS12", "SS13", "SS14",
					"SS15", "SS16", "CB10", "CB11", "IG10"));

	static final Council CHESHIRE_EAST = new Council("E06000049", "Cheshire East", NORTH_WEST, "895", "CHE",
			List.of("E06000049"), List.of("CW1", "CW2", "CW4", "CW5", "CW10", "CW11", "CW12", "SK9", "SK10", "SK11",
					"SK12", "WA16"));

	/** The councils in the order they are generated; append new ones to keep earlier output unchanged. */
	static final List<Council> ALL = List.of(SEFTON, ESSEX, CHESHIRE_EAST,
			new Council("E08000012", "Liverpool", NORTH_WEST, "341", "LIV", List.of("E08000012"),
					List.of("L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L11", "L12", "L13", "L15", "L17",
							"L18", "L19", "L24", "L25", "L27")),
			new Council("E08000015", "Wirral", NORTH_WEST, "344", "WIR", List.of("E08000015"),
					List.of("CH41", "CH42", "CH43", "CH44", "CH45", "CH46", "CH47", "CH48", "CH49", "CH60", "CH61",
							"CH62", "CH63")),
			new Council("E08000011", "Knowsley", NORTH_WEST, "340", "KNO", List.of("E08000011"),
					List.of("L28", "L32", "L33", "L34", "L35", "L36")),
			new Council("E06000050", "Cheshire West and Chester", NORTH_WEST, "896", "CWC", List.of("E06000050"),
					List.of("CH1", "CH2", "CH3", "CH4", "CH64", "CH65", "CH66", "CW6", "CW7", "CW8", "CW9", "WA6")),
			new Council("E10000029", "Suffolk", EAST, "935", "SUF",
					List.of("E07000200", "E07000202", "E07000203", "E07000244", "E07000245"),
					List.of("IP1", "IP2", "IP3", "IP4", "IP5", "IP6", "IP7", "IP11", "IP12", "IP13", "IP14", "IP17",
							"IP18", "IP28", "IP30", "IP32", "IP33", "CO10", "CB8", "CB9", "NR32", "NR33", "NR34")),
			new Council("E10000020", "Norfolk", EAST, "926", "NFK",
					List.of("E07000143", "E07000144", "E07000145", "E07000146", "E07000147", "E07000148", "E07000149"),
					List.of("NR1", "NR2", "NR3", "NR4", "NR5", "NR6", "NR7", "NR8", "NR9", "NR10", "NR11", "NR12",
							"NR13", "NR14", "NR15", "NR16", "NR17", "NR18", "NR19", "NR20", "NR21", "NR25", "NR26",
							"NR27", "NR28", "NR29", "NR30", "NR31", "PE30", "PE31", "PE32", "PE33", "PE37", "PE38",
							"IP20", "IP21", "IP22", "IP24", "IP25", "IP26")),
			new Council("E10000015", "Hertfordshire", EAST, "919", "HRT",
					List.of("E07000095", "E07000096", "E07000098", "E07000099", "E07000102", "E07000103", "E07000240",
							"E07000241", "E07000242", "E07000243"),
					List.of("AL1", "AL2", "AL3", "AL4", "AL5", "AL6", "AL7", "AL8", "AL9", "AL10", "SG1", "SG2", "SG3",
							"SG4", "SG5", "SG6", "SG7", "SG8", "SG9", "SG12", "SG13", "SG14", "HP1", "HP2", "HP3", "HP4",
							"HP23", "WD3", "WD4", "WD5", "WD6", "WD7", "WD17", "WD18", "WD19", "WD23", "WD24", "WD25",
							"EN6", "EN7", "EN8", "EN10", "EN11", "CM21", "CM23")));

	int index() {
		return ALL.indexOf(this);
	}

}
