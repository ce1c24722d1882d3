package org.carewarehouse.placements;

import org.carewarehouse.pipeline.Rule;

/**
 * Rules of the children's placements (SSDA903) feed that need domain knowledge. Episode
 * repairs are not rejects: they are applied in SQL and named in the {@code repair} column
 * of {@code child_episode_repairs}.
 */
enum PlacementRule implements Rule {

	PLACE_NOT_VALID_IN_YEAR("CH001", "The PLACE code is not valid in the file's collection year"),

	EPISODE_STARTS_AFTER_YEAR("CH002", "The episode starts (DECOM) after the collection year ended"),

	EPISODE_ENDS_AFTER_YEAR("CH003", "The episode ends (DEC) after the collection year ended"),

	BORN_AFTER_YEAR("CH004", "The child's date of birth is after the collection year ended");

	private final String code;

	private final String description;

	PlacementRule(String code, String description) {
		this.code = code;
		this.description = description;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String description() {
		return this.description;
	}

}
