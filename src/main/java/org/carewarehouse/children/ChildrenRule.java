package org.carewarehouse.children;

import java.util.List;

import org.carewarehouse.pipeline.Rule;

/**
 * The DfE SSDA903 validation rules the feed applies, each under a stable CH code with its
 * DfE rule number first in the description (data-to-insight/csc-validator-be-903,
 * {@code lac_validator/rules/lac<year>/rule_<number>.py}), checked with the rule set of
 * the file's collection year ({@link DfeRuleset}). A row breaking 101, 146, 301, 354, 356
 * or 385 is rejected: its placement or dates cannot be used. One breaking 178, 217 or
 * 217t loads as sent with a warning-level reject (a project choice: the episode still
 * counts, and the validator too only reports it). A code DfE would refuse only for being
 * lower case is loaded upper-cased with a warning naming the same rule. Episode repairs
 * are not rejects: they are applied in SQL and named in the {@code repair_rule} column of
 * {@code child_episode_repairs}.
 */
final class ChildrenRule {

	static final Rule PLACE_NOT_VALID_IN_YEAR = new Rule("CH001",
			"DfE 146: the PLACE code is not in DfE's list for the file's collection year");

	static final Rule EPISODE_STARTS_AFTER_YEAR = new Rule("CH002",
			"DfE 354: the episode starts (DECOM) after the collection year ended");

	static final Rule EPISODE_ENDS_AFTER_YEAR = new Rule("CH003",
			"DfE 385: the episode ends (DEC) after the collection year ended");

	static final Rule BORN_AFTER_YEAR = new Rule("CH004",
			"DfE 301: the child's date of birth is after the collection year ended");

	static final Rule PROVIDER_NOT_VALID = new Rule("CH005",
			"DfE 178: a PLACE_PROVIDER is given for a placement that has none in the file's collection year "
					+ "(T0-T4 and Z1 to 2024-25; T0-T3 and Z11-Z14 from 2025-26)");

	static final Rule ADOPTION_BY_FOSTER_CARER_RNE = new Rule("CH006",
			"DfE 217: a placement for adoption with current foster carers (A3, A5) starting on or after "
					+ "1 April 2015 has a reason for new episode (RNE) other than S, T or U");

	static final Rule P2_AFTER_28_OCTOBER_2023 = new Rule("CH007",
			"DfE 217t (2023-24 only): placement type P2 is open or ends after 28 October 2023");

	static final Rule EPISODE_ENDS_BEFORE_START = new Rule("CH008",
			"DfE 356: the episode ends (DEC) before it started (DECOM)");

	static final Rule SEX_NOT_VALID_IN_YEAR = new Rule("CH009",
			"DfE 101: the SEX code is not in DfE's list for the file's collection year (1, 2 to 2023-24; "
					+ "M, F, U from 2024-25)");

	/** The Episodes table's rules, for the rule catalogue. */
	static final List<Rule> EPISODES = List.of(PLACE_NOT_VALID_IN_YEAR, EPISODE_STARTS_AFTER_YEAR,
			EPISODE_ENDS_AFTER_YEAR, PROVIDER_NOT_VALID, ADOPTION_BY_FOSTER_CARER_RNE, P2_AFTER_28_OCTOBER_2023,
			EPISODE_ENDS_BEFORE_START);

	/** The Header table's rules, for the rule catalogue. */
	static final List<Rule> HEADER = List.of(BORN_AFTER_YEAR, SEX_NOT_VALID_IN_YEAR);

	private ChildrenRule() {
	}

}
