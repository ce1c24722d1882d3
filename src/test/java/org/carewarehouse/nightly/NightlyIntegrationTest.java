package org.carewarehouse.nightly;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A test that runs whole nights: the application without its command line and with a key
 * for tests only, its warehouse and job repository in a folder of its own
 * ({@link NightlyHome}), which the class reads with {@code @Autowired NightlyHome} and
 * {@code @Autowired Warehouse}. A class adds any setting it tries with
 * {@code @TestPropertySource}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
		properties = { "care.cli.enabled=false", "care.pseudonymisation.key=integration-tests-only-key-0123456789" })
@ContextCustomizerFactories(NightlyHome.Customizers.class)
public @interface NightlyIntegrationTest {

	/**
	 * The class whose home the test shares, for tests that read one night: by default the
	 * test class's own.
	 */
	Class<?> home() default NightlyIntegrationTest.class;

	/**
	 * Whether every test JVM of a build shares the home, each with a job repository of
	 * its own, so that what one loads there the others read
	 * ({@link NightlyHome#forBuild}).
	 */
	boolean sharedByTestJvms() default false;

}
