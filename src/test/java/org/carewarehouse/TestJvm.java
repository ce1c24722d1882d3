package org.carewarehouse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a JVM of its own on the tests' class path: the application as cron,
 * systemd or a user starts it, or a small program a test runs beside it. It compiles with
 * the client compiler only, which starts these short runs sooner; what such tests check
 * is behaviour, never speed.
 */
public final class TestJvm {

	private TestJvm() {
	}

	public static List<String> command(Class<?> main, String... arguments) {
		List<String> command = java("-cp", System.getProperty("java.class.path"), main.getName());
		command.addAll(List.of(arguments));
		return command;
	}

	/**
	 * The {@code java} launcher of the running JDK with the client compiler only, then
	 * {@code arguments}: a jar as a user starts it ({@code -jar ...}).
	 */
	public static List<String> java(String... arguments) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1"));
		command.addAll(List.of(arguments));
		return command;
	}

}
