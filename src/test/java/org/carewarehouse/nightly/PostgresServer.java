package org.carewarehouse.nightly;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server on loopback for the tests that run the job repository on it,
 * started by {@code src/test/scripts/postgres-server} from Debian's package. Where the
 * package is not installed the tests are skipped, saying so; CI installs it.
 */
final class PostgresServer implements AutoCloseable {

	private static final Path SCRIPT = Path.of("src/test/scripts/postgres-server");

	private static final AtomicInteger databases = new AtomicInteger();

	private final String folder;

	private final String url;

	private PostgresServer(String folder, String url) {
		this.folder = folder;
		this.url = url;
	}

	static PostgresServer start() throws IOException, InterruptedException {
		Process process = new ProcessBuilder(SCRIPT.toString(), String.valueOf(freePort())).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		Assumptions.assumeTrue(exit != 3, err.strip());
		if (exit != 0) {
			throw new IllegalStateException("PostgreSQL did not start: " + err);
		}
		List<String> lines = out.lines().toList();
		return new PostgresServer(lines.get(0), lines.get(1));
	}

	/** A new, empty database on the server, as a JDBC URL. */
	String newDatabase() throws SQLException {
		String name = "care_" + databases.incrementAndGet();
		try (Connection connection = DriverManager.getConnection(this.url);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		return this.url.replace("/postgres?", "/" + name + "?");
	}

	@Override
	public void close() throws IOException, InterruptedException {
		new ProcessBuilder(SCRIPT.toString(), "stop", this.folder).inheritIO().start().waitFor();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
