package org.sawa.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Counts the bytes read through it and tells a listener, at most once per
 * {@code everyMillis}, how many have been read: how a long import reports its progress.
 */
public final class CountingInputStream extends FilterInputStream {

	private final LongConsumer listener;

	private final long everyMillis;

	private long count;

	private long lastReport;

	public CountingInputStream(InputStream in, long everyMillis, LongConsumer listener) {
		super(in);
		this.listener = listener;
		this.everyMillis = everyMillis;
		this.lastReport = System.currentTimeMillis();
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			advance(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			advance(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		advance(skipped);
		return skipped;
	}

	private void advance(long n) {
		count += n;
		long now = System.currentTimeMillis();
		if (now - lastReport >= everyMillis) {
			lastReport = now;
			listener.accept(count);
		}
	}

	public long count() {
		return count;
	}

}
