package org.sawa.db;

import java.util.function.IntUnaryOperator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batches of a fold into counts kept ahead (the petitions' counts, ADR 0040; the
 * participation rollup, ADR 0039): each batch in a transaction of its own that commits
 * without waiting for the disk, since what it writes can be redone from the rows it reads
 * (ADR 0034), and batches one after the other until one finds less than a full batch.
 */
public final class Batches {

	private final TransactionTemplate tx;

	/** {@code name} names the transactions, after {@link AsyncCommit#LABEL}. */
	public Batches(PlatformTransactionManager manager, String name) {
		this.tx = new TransactionTemplate(manager);
		tx.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
		tx.setName(AsyncCommit.LABEL + ":" + name);
	}

	/**
	 * One batch of at most {@code max}, in its own transaction; answers how many rows it
	 * took.
	 */
	public int one(int max, IntUnaryOperator batch) {
		Integer taken = tx.execute(status -> batch.applyAsInt(max));
		return taken == null ? 0 : taken;
	}

	/** Batches of {@code max} until one takes fewer; answers how many rows in all. */
	public long all(int max, IntUnaryOperator batch) {
		long total = 0;
		int taken;
		do {
			taken = one(max, batch);
			total += taken;
		}
		while (taken == max);
		return total;
	}

}
