import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Prints which warehouse-root schemes a packaged jar's Hadoop can open and exits non-zero
 * unless exactly the expected ones are there; run by {@code jar-profiles}.
 */
public class FileSystems {

	public static void main(String[] args) throws Exception {
		List<String> expected = List.of(args);
		Configuration conf = new Configuration();
		boolean right = true;
		for (String scheme : List.of("file", "hdfs", "s3a")) {
			boolean present = registered(scheme, conf);
			System.out.println(scheme + ": " + (present ? "registered" : "absent"));
			right &= present == expected.contains(scheme);
		}
		System.exit(right ? 0 : 1);
	}

	private static boolean registered(String scheme, Configuration conf) {
		try {
			FileSystem.getFileSystemClass(scheme, conf);
			return true;
		}
		catch (Exception | LinkageError ex) {
			return false;
		}
	}

}
