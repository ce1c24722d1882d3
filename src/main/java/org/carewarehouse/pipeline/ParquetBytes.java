package org.carewarehouse.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.parquet.io.DelegatingPositionOutputStream;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.SeekableInputStream;

/**
 * A Parquet file held in memory: a block is encoded on a worker thread without touching
 * any file system, and its row groups are later copied into the file its chunk writes.
 */
final class ParquetBytes {

	private ParquetBytes() {
	}

	/**
	 * Where a Parquet writer puts a file held in memory.
	 */
	static final class Output implements OutputFile {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);

		byte[] toByteArray() {
			return this.bytes.toByteArray();
		}

		@Override
		public PositionOutputStream create(long blockSizeHint) {
			return createOrOverwrite(blockSizeHint);
		}

		@Override
		public PositionOutputStream createOrOverwrite(long blockSizeHint) {
			this.bytes.reset();
			return new DelegatingPositionOutputStream(this.bytes) {

				@Override
				public long getPos() {
					return Output.this.bytes.size();
				}

			};
		}

		@Override
		public boolean supportsBlockSize() {
			return false;
		}

		@Override
		public long defaultBlockSize() {
			return 0;
		}

	}

	/**
	 * A Parquet file in memory, read back to copy its row groups.
	 */
	static final class Input implements InputFile {

		private final byte[] bytes;

		Input(byte[] bytes) {
			this.bytes = bytes;
		}

		@Override
		public long getLength() {
			return this.bytes.length;
		}

		@Override
		public SeekableInputStream newStream() {
			Bytes in = new Bytes(this.bytes);
			return new DelegatingSeekableInputStream(in) {

				@Override
				public long getPos() {
					return in.position();
				}

				@Override
				public void seek(long position) throws IOException {
					in.seek(position);
				}

			};
		}

	}

	private static final class Bytes extends ByteArrayInputStream {

		Bytes(byte[] bytes) {
			super(bytes);
		}

		long position() {
			return this.pos;
		}

		void seek(long position) throws IOException {
			if (position < 0 || position > this.count) {
				throw new IOException("Cannot seek to " + position + " in " + this.count + " bytes");
			}
			this.pos = (int) position;
		}

	}

}
