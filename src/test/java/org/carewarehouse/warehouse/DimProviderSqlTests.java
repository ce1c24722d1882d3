package org.carewarehouse.warehouse;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dim_provider} names each provider as its latest commitment does, the later file
 * and line among commitments starting the same day, and types it In-house, External or
 * Mixed as the services record it. Each provider below is worked out by hand.
 */
class DimProviderSqlTests {

	ModelDatabase database;

	@BeforeEach
	void servicesCommitmentsAndTheModel() throws Exception {
		this.database = new ModelDatabase();
		this.database.execute("""
				CREATE TABLE services AS FROM (VALUES
				    ('E1', 'P-later', 'External', DATE '2023-05-01'),
				    ('E1', 'P-tie', 'External', DATE '2023-06-01'),
				    ('E1', 'P-tie', 'In-house', DATE '2023-04-01'),
				    ('E1', 'P-unnamed', NULL, DATE '2023-07-01')
				) AS rows(council, provider_id, provider_type, event_start_date)""");
		this.database.execute("""
				CREATE TABLE commitments AS FROM (VALUES
				    -- the later start wins, from an earlier line
				    ('E1', 'P-later', 'Later Care', DATE '2023-06-01', 'commitments-E1.csv', 2),
				    ('E1', 'P-later', 'Earlier Care', DATE '2023-01-01', 'commitments-E1.csv', 9),
				    -- the same start: the later line, whichever row is read first
				    ('E1', 'P-tie', 'Line Five Homes', DATE '2023-04-01', 'commitments-E1.csv', 5),
				    ('E1', 'P-tie', 'Line Three Homes', DATE '2023-04-01', 'commitments-E1.csv', 3)
				) AS rows(council, provider_id, provider_name, start_date, source_file, source_line)""");
		this.database.models("marts/dim_provider");
	}

	@AfterEach
	void close() throws SQLException {
		this.database.close();
	}

	@Test
	void eachProviderIsNamedByItsLatestCommitmentAndTypedByItsServices() throws SQLException {
		assertThat(providers()).containsExactly(List.of("P-later", "Later Care", "External", "2023-05-01", 1L),
				List.of("P-tie", "Line Five Homes", "Mixed", "2023-04-01", 2L),
				List.of("P-unnamed", "", "", "2023-07-01", 1L));
	}

	@Test
	void theCommitmentsInAnyOrderGiveTheSameNames() throws Exception {
		List<List<Object>> providers = providers();
		this.database.reorder("commitments", "source_line").models("marts/dim_provider");
		assertThat(providers()).isEqualTo(providers);
	}

	private List<List<Object>> providers() throws SQLException {
		return this.database
			.rows("""
					SELECT provider_id, coalesce(provider_name, ''), coalesce(provider_type, ''), first_seen::VARCHAR, events
					FROM dim_provider ORDER BY provider_id""");
	}

}
