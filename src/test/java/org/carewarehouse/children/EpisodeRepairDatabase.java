package org.carewarehouse.children;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.carewarehouse.warehouse.ModelDatabase;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory DuckDB holding hand-built {@code children_episodes} rows and the episode
 * repair views built from the same SQL files the catalog runs.
 */
final class EpisodeRepairDatabase implements AutoCloseable {

	private static final List<String> MODELS = List.of("intermediate/child_episodes_deduplicated",
			"intermediate/child_episodes_stage1", "marts/child_episode_repairs");

	private final ModelDatabase database;

	private final List<Episode> episodes = new ArrayList<>();

	EpisodeRepairDatabase() throws SQLException {
		this.database = new ModelDatabase();
	}

	/**
	 * Adds an episode of council E06000001 as loaded from line {@code line} of that
	 * collection year's file, with the attributes the repair compares fixed unless given.
	 */
	Episode add(String child, int collectionYear, long line, String decom, @Nullable String dec) {
		Episode episode = new Episode("E06000001", child, collectionYear, line, decom, dec);
		this.episodes.add(episode);
		return episode;
	}

	/**
	 * Loads the episodes added and builds the views.
	 */
	EpisodeRepairDatabase build() throws Exception {
		this.database.execute("CREATE TABLE children_episodes (council VARCHAR, financial_year VARCHAR, "
				+ "collection_year INTEGER, child_key VARCHAR, decom DATE, dec DATE, rne VARCHAR, ls VARCHAR, "
				+ "cin VARCHAR, place VARCHAR, place_provider VARCHAR, rec VARCHAR, reason_place_change VARCHAR, "
				+ "home_postcode_district VARCHAR, placement_postcode_district VARCHAR, urn VARCHAR, "
				+ "placement_type VARCHAR, source_file VARCHAR, source_line BIGINT)");
		this.database.executeEach(
				"INSERT INTO children_episodes VALUES "
						+ "(?, ?, ?, ?, ?::DATE, ?::DATE, ?, 'C2', 'N1', ?, ?, ?, ?, 'ZZ1', ?, ?, 'other', ?, ?)",
				this.episodes.stream()
					.map((e) -> new Object[] { e.council, (e.year - 1) + "-" + (e.year % 100), e.year, e.child, e.decom,
							e.dec, e.rne, e.place, e.provider, e.rec, e.reasonPlaceChange, e.plPost, e.urn,
							"ssda903-" + e.council + "-" + e.year + "-episodes.csv", e.line })
					.toList());
		this.database.models(MODELS.toArray(String[]::new));
		return this;
	}

	/**
	 * The repair of one loaded row, found by its file's collection year and line.
	 */
	Repair repair(int collectionYear, long line) throws SQLException {
		List<Repair> found = repairs("collection_year = " + collectionYear + " AND source_line = " + line);
		if (found.size() != 1) {
			throw new IllegalStateException(found.size() + " repair rows for " + collectionYear + " line " + line);
		}
		return found.get(0);
	}

	List<Repair> repairs(String where) throws SQLException {
		return this.database
			.rows("SELECT collection_year, source_line, kept, decom::VARCHAR, dec::VARCHAR, rec, reason_place_change, "
					+ "repair_rule, repair_change, dec_as_sent::VARCHAR FROM child_episode_repairs WHERE " + where
					+ " ORDER BY collection_year, source_line")
			.stream()
			.map((row) -> new Repair((Integer) row.get(0), (Long) row.get(1), (Boolean) row.get(2), (String) row.get(3),
					(String) row.get(4), (String) row.get(5), (String) row.get(6), (String) row.get(7),
					(String) row.get(8), (String) row.get(9)))
			.toList();
	}

	long count(String sql) throws SQLException {
		return ((Number) this.database.rows(sql).get(0).get(0)).longValue();
	}

	@Override
	public void close() throws SQLException {
		this.database.close();
	}

	/**
	 * One row of {@code children_episodes}; RNE S, PLACE U4, provider PR1, PL_POST ZZ2
	 * and URN SC000001 unless set.
	 */
	static final class Episode {

		final String council;

		final String child;

		final int year;

		final long line;

		final String decom;

		final @Nullable String dec;

		@Nullable String rne = "S";

		String place = "U4";

		@Nullable String provider = "PR1";

		@Nullable String rec;

		@Nullable String reasonPlaceChange;

		@Nullable String plPost = "ZZ2";

		@Nullable String urn = "SC000001";

		Episode(String council, String child, int year, long line, String decom, @Nullable String dec) {
			this.council = council;
			this.child = child;
			this.year = year;
			this.line = line;
			this.decom = decom;
			this.dec = dec;
		}

		Episode rne(@Nullable String rne) {
			this.rne = rne;
			return this;
		}

		Episode place(String place) {
			this.place = place;
			return this;
		}

		Episode rec(@Nullable String rec) {
			this.rec = rec;
			return this;
		}

		Episode plPost(@Nullable String plPost) {
			this.plPost = plPost;
			return this;
		}

	}

	/**
	 * A row of {@code child_episode_repairs}.
	 */
	record Repair(int collectionYear, long line, boolean kept, String decom, @Nullable String dec, @Nullable String rec,
			@Nullable String reasonPlaceChange, @Nullable String rule, @Nullable String change,
			@Nullable String decAsSent) {

	}

}
