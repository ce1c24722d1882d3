package org.carewarehouse.placements;

import org.carewarehouse.pipeline.Rule;

/**
 * Rules of the children's placements (SSDA903) feed that need domain knowledge. Episode
 * repairs are not rejects: they are applied in SQL and named in the {@code repair} column
 * of {@code child_episode_repairs}.
 */
final class PlacementRule {

	static final Rule PLACE_NOT_VALID_IN_YEAR = new Rule("CH001",
			"The PLACE code is not valid in the file's collection year");

	static final Rule EPISODE_STARTS_AFTER_YEAR = new Rule("CH002",
			"The episode starts (DECOM) after the collection year ended");

	static final Rule EPISODE_ENDS_AFTER_YEAR = new Rule("CH003",
			"The episode ends (DEC) after the collection year ended");

	static final Rule BORN_AFTER_YEAR = new Rule("CH004",
			"The child's date of birth is after the collection year ended");

	private PlacementRule() {
	}

}
