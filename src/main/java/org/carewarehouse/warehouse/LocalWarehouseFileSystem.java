package org.carewarehouse.warehouse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * The {@code file:} warehouse: Hadoop's local file system, which without Hadoop's native
 * library sets the permissions of every file and folder it creates by starting a
 * {@code chmod} process. Here Java sets them, as {@code chmod} would, where the file
 * store has POSIX permissions; elsewhere (Windows) Hadoop does as it always did. And a
 * file overwritten is replaced, never rewritten in place.
 */
public class LocalWarehouseFileSystem extends RawLocalFileSystem {

	/**
	 * A file written again is a new file under the old name, not the old one cut short
	 * and rewritten: {@code current/} links the published run's files, and a run's step
	 * run again after a crash must not change what those links show while a reader has
	 * them open.
	 */
	@Override
	protected OutputStream createOutputStreamWithMode(Path path, boolean append, FsPermission permission)
			throws IOException {
		java.nio.file.Path file = pathToFile(path).toPath();
		if (!append && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			Files.delete(file);
		}
		return super.createOutputStreamWithMode(path, append, permission);
	}

	@Override
	public void setPermission(Path path, FsPermission permission) throws IOException {
		java.nio.file.Path file = pathToFile(path).toPath();
		PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		if (view == null || permission.getStickyBit()) {
			super.setPermission(path, permission);
			return;
		}
		view.setPermissions(posix(permission));
	}

	static Set<PosixFilePermission> posix(FsPermission permission) {
		Set<PosixFilePermission> granted = EnumSet.noneOf(PosixFilePermission.class);
		add(granted, permission.getUserAction(), PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
				PosixFilePermission.OWNER_EXECUTE);
		add(granted, permission.getGroupAction(), PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
				PosixFilePermission.GROUP_EXECUTE);
		add(granted, permission.getOtherAction(), PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
				PosixFilePermission.OTHERS_EXECUTE);
		return granted;
	}

	private static void add(Set<PosixFilePermission> granted, FsAction action, PosixFilePermission read,
			PosixFilePermission write, PosixFilePermission execute) {
		if (action.implies(FsAction.READ)) {
			granted.add(read);
		}
		if (action.implies(FsAction.WRITE)) {
			granted.add(write);
		}
		if (action.implies(FsAction.EXECUTE)) {
			granted.add(execute);
		}
	}

}
