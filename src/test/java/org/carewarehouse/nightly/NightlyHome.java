package org.carewarehouse.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * The folder that holds a {@link NightlyIntegrationTest} class's warehouse, catalog and
 * job repository: one per test class, or one for every class that names the same owner in
 * {@link NightlyIntegrationTest#home()}. The class's application context is pointed at it
 * and holds it as a bean, with a {@link Warehouse} reading its catalog, so a test class
 * asks for them with {@code @Autowired}.
 */
public final class NightlyHome {

	private static final Map<Class<?>, NightlyHome> HOMES = new ConcurrentHashMap<>();

	/** Names the build to its test JVMs; set by the build for the integration tests. */
	private static final String BUILD = "care.tests.build";

	private final Path path;

	private final Path jobRepository;

	private NightlyHome(Path path, Path jobRepository) {
		this.path = path;
		this.jobRepository = jobRepository;
	}

	/** The home of {@code owner}, a test class or the fixture that test classes share. */
	public static NightlyHome of(Class<?> owner) {
		return HOMES.computeIfAbsent(owner, (type) -> {
			Path path = NightlyRuns.temporaryHome("care-warehouse-" + type.getSimpleName() + "-");
			return new NightlyHome(path, path.resolve("jobrepo/batch"));
		});
	}

	/**
	 * The home of {@code owner} that every test JVM of this build shares: a folder named
	 * for the build, with a job repository for each JVM (H2 lets one process open a file
	 * database), which replaces an earlier build's. A JVM the build did not start (a test
	 * run from an IDE) has a home of its own, as {@link #of}.
	 */
	static NightlyHome forBuild(Class<?> owner) {
		String build = System.getProperty(BUILD);
		if (build == null || build.isBlank()) {
			return of(owner);
		}
		return HOMES.computeIfAbsent(owner, (type) -> {
			Path homes = Path.of("target", "test-homes").toAbsolutePath();
			String prefix = "care-warehouse-" + type.getSimpleName() + "-build-";
			try {
				removeEarlierBuilds(homes, prefix, build);
				Path path = Files.createDirectories(homes.resolve(prefix + build));
				return new NightlyHome(path, path.resolve("jobrepo-" + ProcessHandle.current().pid() + "/batch"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static void removeEarlierBuilds(Path homes, String prefix, String build) throws IOException {
		if (!Files.isDirectory(homes)) {
			return;
		}
		try (var folders = Files.list(homes)) {
			folders.filter((folder) -> folder.getFileName().toString().startsWith(prefix))
				.filter((folder) -> !folder.getFileName().toString().equals(prefix + build))
				.forEach(NightlyRuns::deleteQuietly);
		}
	}

	public Path path() {
		return this.path;
	}

	public Path resolve(String other) {
		return this.path.resolve(other);
	}

	/** The published catalog, opened read-only as an analyst opens it. */
	public Warehouse warehouse() {
		return NightlyRuns.catalogIn(this.path);
	}

	/**
	 * The settings that point the warehouse, its catalog and the job repository into this
	 * folder.
	 */
	Map<String, String> settings() {
		return Map.of("care.warehouse.root", resolve("data").toString(), "care.warehouse.catalog",
				resolve("data/care.duckdb").toString(), "spring.datasource.url", "jdbc:h2:file:" + this.jobRepository);
	}

	@Override
	public String toString() {
		return this.path.toString();
	}

	/** Gives each {@link NightlyIntegrationTest} class's context its home. */
	static final class Customizers implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configurationAttributes) {
			NightlyIntegrationTest test = TestContextAnnotationUtils.findMergedAnnotation(testClass,
					NightlyIntegrationTest.class);
			if (test == null) {
				return null;
			}
			Class<?> owner = test.home().equals(NightlyIntegrationTest.class) ? testClass : test.home();
			return new InHome(test.sharedByTestJvms() ? forBuild(owner) : of(owner));
		}

	}

	/** Equal for classes that share a home, so that they may share a context. */
	private record InHome(NightlyHome home) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
			TestPropertyValues.of(this.home.settings()).applyTo(context);
			context.getBeanFactory().registerSingleton("nightlyHome", this.home);
			context.getBeanFactory().registerSingleton("testWarehouse", this.home.warehouse());
		}

	}

}
