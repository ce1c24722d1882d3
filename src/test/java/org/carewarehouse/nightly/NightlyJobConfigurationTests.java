package org.carewarehouse.nightly;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.carewarehouse.pipeline.Contract;
import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.pipeline.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The nightly job loads the declared feeds in the listed order, and a feed left out of
 * the list, or listed but not declared, stops the application instead of silently not
 * loading.
 */
class NightlyJobConfigurationTests {

	@Test
	void feedsLoadInTheListedOrderWhateverTheOrderTheyAreDeclaredIn() {
		List<Feed<?>> feeds = new ArrayList<>(allFeeds());
		Collections.reverse(feeds);
		assertThat(NightlyJobConfiguration.inLoadOrder(feeds)).extracting(Feed::name)
			.containsExactlyElementsOf(NightlyJobConfiguration.FEEDS);
	}

	@Test
	void aDeclaredFeedNotListedIsRefusedByName() {
		List<Feed<?>> feeds = new ArrayList<>(allFeeds());
		feeds.add(feed("mystery_extracts"));
		assertThatIllegalStateException().isThrownBy(() -> NightlyJobConfiguration.inLoadOrder(feeds))
			.withMessageContaining("[mysteryExtracts]");
	}

	@Test
	void aListedFeedNotDeclaredIsRefusedByName() {
		List<Feed<?>> feeds = new ArrayList<>(allFeeds());
		feeds.removeIf((feed) -> feed.name().equals("services"));
		assertThatIllegalStateException().isThrownBy(() -> NightlyJobConfiguration.inLoadOrder(feeds))
			.withMessageContaining("'services'");
	}

	@Test
	void aFeedIsNamedAfterItsTableInCamelCase() {
		assertThat(feed("cost_centres").name()).isEqualTo("costCentres");
		assertThat(feed("hospital_discharges").name()).isEqualTo("hospitalDischarges");
		assertThat(feed("services").name()).isEqualTo("services");
	}

	private static List<Feed<?>> allFeeds() {
		return NightlyJobConfiguration.FEEDS.stream().<Feed<?>>map(NightlyJobConfigurationTests::feed).toList();
	}

	private static Feed<?> feed(String table) {
		Contract contract = new Contract(table, "", "*.csv", table, false, List.of(), List.of(), null, null, null, null,
				null, null, false, List.of());
		return Feed.of(contract, Table.<String>named(table, "").build(), List.of(), () -> (row) -> "");
	}

}
