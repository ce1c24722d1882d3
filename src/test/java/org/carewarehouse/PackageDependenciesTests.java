package org.carewarehouse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which package of the application uses which, read from the compiled classes (a class
 * names every type it uses in its constant pool): the packages form layers with no cycle,
 * the generic pipeline and the calendar sit at the bottom, a feed reaches only the
 * pipeline, the calendar and pseudonymisation, and nothing in the application uses the
 * sample generator or the bench, which leave its jar for the tools jar. The command line
 * names those two by string, which is no use of a type.
 */
class PackageDependenciesTests {

	private static final Pattern TYPE = Pattern.compile("org/carewarehouse/([a-z]+)/");

	/** Every package but these holds one feed. */
	private static final Set<String> NOT_FEEDS = Set.of("", "bench", "calendar", "nightly", "pipeline", "privacy",
			"reports", "sampledata", "warehouse");

	private static Map<String, Set<String>> uses;

	@BeforeAll
	static void readClasses() throws IOException, URISyntaxException {
		Path classes = Path
			.of(CareWarehouseApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		assertThat(classes.resolve("org/carewarehouse")).as("compiled classes in a folder").isDirectory();
		uses = packageUses(classes);
	}

	@Test
	void theClassesWereRead() {
		assertThat(uses).containsKeys("", "pipeline", "nightly", "warehouse", "services", "bench", "sampledata");
		assertThat(uses.get("nightly")).contains("pipeline", "warehouse");
	}

	@Test
	void noPackageReachesBackToItself() {
		for (String start : uses.keySet()) {
			assertThat(reachable(start)).as("packages that " + start + " reaches").doesNotContain(start);
		}
	}

	@Test
	void thePipelineAndTheCalendarUseNoOtherPackage() {
		assertThat(uses.get("pipeline")).isEmpty();
		assertThat(uses.get("calendar")).isEmpty();
	}

	@Test
	void aFeedUsesOnlyThePipelineTheCalendarAndPseudonymisation() {
		List<String> feeds = uses.keySet().stream().filter((name) -> !NOT_FEEDS.contains(name)).toList();
		assertThat(feeds).contains("services", "finance", "children", "workforce");
		for (String feed : feeds) {
			assertThat(uses.get(feed)).as(feed).isSubsetOf("pipeline", "calendar", "privacy");
		}
	}

	@Test
	void onlyTheBenchUsesTheToolsAndNothingUsesTheBench() {
		uses.forEach((name, used) -> {
			assertThat(used).as(name).doesNotContain("bench");
			if (!name.equals("bench")) {
				assertThat(used).as(name).doesNotContain("sampledata");
			}
		});
	}

	/** Each package (the root package as "") and the other packages its classes use. */
	private static Map<String, Set<String>> packageUses(Path classes) throws IOException {
		Map<String, Set<String>> uses = new TreeMap<>();
		Path root = classes.resolve("org/carewarehouse");
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".class")).toList()) {
				String name = root.relativize(file.getParent()).toString().replace('/', '.');
				Set<String> used = uses.computeIfAbsent(name, (n) -> new TreeSet<>());
				Matcher type = TYPE.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
				while (type.find()) {
					used.add(type.group(1));
				}
				used.remove(name);
			}
		}
		return uses;
	}

	private static Set<String> reachable(String start) {
		Set<String> seen = new TreeSet<>();
		List<String> next = new ArrayList<>(uses.getOrDefault(start, Set.of()));
		while (!next.isEmpty()) {
			String name = next.remove(next.size() - 1);
			if (seen.add(name)) {
				next.addAll(uses.getOrDefault(name, Set.of()));
			}
		}
		return seen;
	}

}
