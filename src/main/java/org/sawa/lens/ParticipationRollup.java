package org.sawa.lens;

import org.sawa.db.Batches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Folds the facts' changes into the rollup by territory at every level, month, channel
 * and dimension (lens V2, ADR 0039), every {@code sawa.lens.rollup-every} (5 s) on one
 * node, a batch per transaction: the changes are deleted and their sums added to the rows
 * of their commune and of each territory above it, in the rows' order (no two folds wait
 * on each other in turn). Reads add the changes not folded yet, so the rollup is exact
 * whenever it is read. The same sums are added to each territory's totals over every
 * month (lens V4), which long periods read.
 */
@Service
class ParticipationRollup {

	/** Changes folded per transaction. */
	static final int BATCH = 10_000;

	private final JdbcClient jdbc;

	private final Batches batches;

	ParticipationRollup(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		// what the fold writes can be redone from the facts
		// (participation_rollup_rebuild)
		this.batches = new Batches(transactions, "participation-rollup");
	}

	@Scheduled(fixedDelayString = "${sawa.lens.rollup-every:PT5S}",
			initialDelayString = "${sawa.lens.rollup-every:PT5S}")
	void run() {
		foldAll();
	}

	/** Folds every change there is; answers how many. */
	long foldAll() {
		return batches.all(BATCH, this::foldBatch);
	}

	/**
	 * Folds at most {@code max} changes, oldest first, in one transaction; those another
	 * fold holds are left to it.
	 */
	int fold(int max) {
		return batches.one(max, this::foldBatch);
	}

	private int foldBatch(int max) {
		return jdbc
			.sql("""
					WITH batch AS (
					  DELETE FROM participation_change WHERE id IN (
					    SELECT id FROM participation_change ORDER BY id LIMIT :max FOR UPDATE SKIP LOCKED)
					  RETURNING *),
					sums AS (
					  SELECT a.ancestor::BIGINT AS territory_id, date_trunc('month', b.day)::DATE AS month, b.channel,
					         d.dimension, d.option, sum(b.delta) AS count
					  FROM batch b
					  JOIN territory t ON t.id = b.territory_id,
					       unnest(string_to_array(trim(BOTH '/' FROM t.path), '/')) AS a(ancestor),
					       LATERAL (VALUES ('sex', b.sex), ('age_band', b.age_band), ('disability', b.disability),
					                       ('area', b.area)) AS d(dimension, option)
					  GROUP BY 1, 2, 3, 4, 5),
					added AS (
					  INSERT INTO participation_rollup AS r (territory_id, month, channel, dimension, option, count)
					  SELECT * FROM sums WHERE count <> 0 ORDER BY 1, 2, 3, 4, 5
					  ON CONFLICT (territory_id, month, channel, dimension, option) DO UPDATE SET count = r.count + EXCLUDED.count),
					totalled AS (
					  INSERT INTO participation_total AS s (territory_id, channel, dimension, option, count)
					  SELECT territory_id, channel, dimension, option, sum(count) FROM sums
					  GROUP BY 1, 2, 3, 4 HAVING sum(count) <> 0 ORDER BY 1, 2, 3, 4
					  ON CONFLICT (territory_id, channel, dimension, option) DO UPDATE SET count = s.count + EXCLUDED.count)
					SELECT count(*)::int FROM batch""")
			.param("max", max)
			.query(Integer.class)
			.single();
	}

}
