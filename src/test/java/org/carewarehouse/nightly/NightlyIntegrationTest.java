package org.carewarehouse.nightly;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test that runs whole nights: the application without its command line and with a key
 * for tests only. Each class points the warehouse and job repository at a folder of its
 * own ({@link NightlyRuns#warehouseIn}), and adds any setting it tries with
 * {@code @TestPropertySource}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
		properties = { "care.cli.enabled=false", "care.pseudonymisation.key=integration-tests-only-key-0123456789" })
public @interface NightlyIntegrationTest {

}
