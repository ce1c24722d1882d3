package org.carewarehouse.nightly;

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

	private final Path path;

	private NightlyHome(Path path) {
		this.path = path;
	}

	/** The home of {@code owner}, a test class or the fixture that test classes share. */
	public static NightlyHome of(Class<?> owner) {
		return HOMES.computeIfAbsent(owner,
				(type) -> new NightlyHome(NightlyRuns.temporaryHome("care-warehouse-" + type.getSimpleName() + "-")));
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
				resolve("data/care.duckdb").toString(), "spring.datasource.url",
				"jdbc:h2:file:" + resolve("jobrepo/batch"));
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
			return new InHome(of(test.home().equals(NightlyIntegrationTest.class) ? testClass : test.home()));
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
