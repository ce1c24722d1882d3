package org.carewarehouse.children;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;

/**
 * An in-memory DuckDB holding hand-built {@code children_episodes} rows and the episode
 * repair views built from the same SQL files the catalog runs.
 */
final class EpisodeRepairDatabase implements AutoCloseable {

	private static final List<String> MODELS = List.of("warehouse/sql/intermediate/child_episodes_deduplicated.sql",
			"warehouse/sql/intermediate/child_episodes_stage1.sql", "warehouse/sql/marts/child_episode_repairs.sql");

	private final Connection connection;

	private final List<Episode> episodes = new ArrayList<>();

	EpisodeRepairDatabase() throws SQLException {
		this.connection = DriverManager.getConnection("jdbc:duckdb:");
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
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("CREATE TABLE children_episodes (council VARCHAR, financial_year VARCHAR, "
					+ "collection_year INTEGER, child_key VARCHAR, decom DATE, dec DATE, rne VARCHAR, ls VARCHAR, "
					+ "cin VARCHAR, place VARCHAR, place_provider VARCHAR, rec VARCHAR, reason_place_change VARCHAR, "
					+ "home_postcode_district VARCHAR, placement_postcode_district VARCHAR, urn VARCHAR, "
					+ "placement_type VARCHAR, source_file VARCHAR, source_line BIGINT)");
		}
		try (PreparedStatement insert = this.connection.prepareStatement("INSERT INTO children_episodes VALUES "
				+ "(?, ?, ?, ?, ?::DATE, ?::DATE, ?, 'C2', 'N1', ?, ?, ?, ?, 'ZZ1', ?, ?, 'other', ?, ?)")) {
			for (Episode e : this.episodes) {
				Object[] values = { e.council, (e.year - 1) + "-" + (e.year % 100), e.year, e.child, e.decom, e.dec,
						e.rne, e.place, e.provider, e.rec, e.reasonPlaceChange, e.plPost, e.urn,
						"ssda903-" + e.council + "-" + e.year + "-episodes.csv", e.line };
				for (int i = 0; i < values.length; i++) {
					insert.setObject(i + 1, values[i]);
				}
				insert.execute();
			}
		}
		for (String model : MODELS) {
			try (Statement statement = this.connection.createStatement()) {
				statement.execute(new ClassPathResource(model).getContentAsString(StandardCharsets.UTF_8));
			}
		}
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
		List<Repair> repairs = new ArrayList<>();
		try (Statement statement = this.connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT collection_year, source_line, kept, decom::VARCHAR, "
						+ "dec::VARCHAR, rec, reason_place_change, repair_rule, repair_change, "
						+ "dec_as_sent::VARCHAR FROM child_episode_repairs WHERE " + where
						+ " ORDER BY collection_year, source_line")) {
			while (rows.next()) {
				repairs.add(new Repair(rows.getInt(1), rows.getLong(2), rows.getBoolean(3), rows.getString(4),
						rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
						rows.getString(10)));
			}
		}
		return repairs;
	}

	long count(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
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
