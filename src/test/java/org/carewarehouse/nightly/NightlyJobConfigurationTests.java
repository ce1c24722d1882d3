package org.carewarehouse.nightly;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The nightly job's load steps come in the declared order, and a feed left out of the
 * list, or listed without its step, stops the application instead of silently not
 * loading.
 */
class NightlyJobConfigurationTests {

	@Test
	void loadStepsFollowTheDeclaredOrderWhateverTheBeans() {
		Map<String, Step> steps = new LinkedHashMap<>();
		steps.put("publishStep", new Named("publishStep"));
		List<String> reversed = new ArrayList<>(NightlyJobConfiguration.FEEDS);
		Collections.reverse(reversed);
		reversed.forEach((feed) -> steps.put(feed + "LoadStep", new Named(feed + "LoadStep")));
		assertThat(NightlyJobConfiguration.loadSteps(steps)).extracting(Step::getName)
			.containsExactlyElementsOf(
					NightlyJobConfiguration.FEEDS.stream().map((feed) -> feed + "LoadStep").toList());
	}

	@Test
	void aLoadStepOfAFeedNotListedIsRefusedByName() {
		Map<String, Step> steps = allSteps();
		steps.put("mysteryLoadStep", new Named("mysteryLoadStep"));
		assertThatIllegalStateException().isThrownBy(() -> NightlyJobConfiguration.loadSteps(steps))
			.withMessageContaining("[mysteryLoadStep]");
	}

	@Test
	void aListedFeedWithoutItsStepIsRefusedByName() {
		Map<String, Step> steps = allSteps();
		steps.remove("servicesLoadStep");
		assertThatIllegalStateException().isThrownBy(() -> NightlyJobConfiguration.loadSteps(steps))
			.withMessageContaining("'services'")
			.withMessageContaining("'servicesLoadStep'");
	}

	private static Map<String, Step> allSteps() {
		Map<String, Step> steps = new LinkedHashMap<>();
		NightlyJobConfiguration.FEEDS.forEach((feed) -> steps.put(feed + "LoadStep", new Named(feed + "LoadStep")));
		return steps;
	}

	private record Named(String name) implements Step {

		@Override
		public String getName() {
			return this.name;
		}

		@Override
		public void execute(StepExecution execution) {
			throw new UnsupportedOperationException(this.name + " is not run here");
		}

	}

}
