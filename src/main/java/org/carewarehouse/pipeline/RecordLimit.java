package org.carewarehouse.pipeline;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds the characters the CSV parser may read for one record. A quote opened in a field
 * and never closed makes the rest of the file that field, which the parser holds in
 * memory whole: a large file would run the heap out before the parser reached its end and
 * found the quote unclosed.
 */
final class RecordLimit extends FilterReader {

	/**
	 * Characters one record may take, the parser's read-ahead included: far beyond any
	 * row of a real extract, and small beside the heap.
	 */
	static final int MAX_CHARS = 1 << 20;

	private long read;

	RecordLimit(Reader in) {
		super(in);
	}

	/**
	 * Starts counting for the next record.
	 */
	void recordEnded() {
		this.read = 0;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			count(1);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	private void count(int chars) throws RecordTooLongException {
		this.read += chars;
		if (this.read > MAX_CHARS) {
			throw new RecordTooLongException();
		}
	}

	/**
	 * A record ran past {@link #MAX_CHARS} without ending.
	 */
	static final class RecordTooLongException extends IOException {

		RecordTooLongException() {
			super("a record runs past " + MAX_CHARS + " characters without ending");
		}

	}

}
