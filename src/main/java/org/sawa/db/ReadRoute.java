package org.sawa.db;

import java.util.function.Supplier;

/**
 * Where this thread's next connection comes from when a read replica is configured (ADR
 * 0038): the primary, unless the thread serves a public read ({@link ReplicaReads}: a GET
 * by someone not signed in who has not just changed something) and is not beginning a
 * transaction that writes. What a node keeps in memory is always read from the primary
 * ({@link #onPrimary}): a copy read from a replica that lags would outlive the change
 * that dropped it.
 */
public final class ReadRoute {

	private static final ThreadLocal<Boolean> PUBLIC_READ = new ThreadLocal<>();

	private static final ThreadLocal<Boolean> USED_REPLICA = new ThreadLocal<>();

	private static final ThreadLocal<int[]> ON_PRIMARY = ThreadLocal.withInitial(() -> new int[1]);

	private ReadRoute() {
	}

	/** Whether the connection asked for now may come from a replica. */
	static boolean mayUseReplica() {
		return Boolean.TRUE.equals(PUBLIC_READ.get()) && ON_PRIMARY.get()[0] == 0;
	}

	/** Marks this thread as serving a public read until {@link #endPublicRead}. */
	static void beginPublicRead() {
		PUBLIC_READ.set(Boolean.TRUE);
		USED_REPLICA.remove();
	}

	static void endPublicRead() {
		PUBLIC_READ.remove();
	}

	/** Notes that this thread was given a replica's connection. */
	static void replicaUsed() {
		USED_REPLICA.set(Boolean.TRUE);
	}

	/**
	 * Whether this thread was given a replica's connection since its public read began.
	 */
	static boolean usedReplica() {
		return Boolean.TRUE.equals(USED_REPLICA.get());
	}

	/** Runs the work with every connection it asks for from the primary. */
	public static <T> T onPrimary(Supplier<T> work) {
		int[] depth = ON_PRIMARY.get();
		depth[0]++;
		try {
			return work.get();
		}
		finally {
			depth[0]--;
		}
	}

	/** As {@link #onPrimary(Supplier)}, for work that answers nothing. */
	public static void onPrimary(Runnable work) {
		onPrimary(() -> {
			work.run();
			return null;
		});
	}

}
