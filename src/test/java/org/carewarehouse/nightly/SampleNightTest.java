package org.carewarehouse.nightly;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that reads the committed sample's warehouse ({@link SampleNight}): every
 * class annotated with this shares one application context in a test JVM, which Spring's
 * test context cache keeps, and one night of the sample across the build's test JVMs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@NightlyIntegrationTest(home = SampleNight.class, sharedByTestJvms = true)
@interface SampleNightTest {

}
