package org.sawa.petition;

import org.sawa.db.Batches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Signatures counted ahead of the pages (petition V8): a petition's progress, its
 * groupings and the year's statistics read {@code petition_tally} plus the signatures not
 * counted in it yet ({@link #counted}), so they are exact whenever they are read, and a
 * page no longer groups every signature of a petition. The fold counts the new signatures
 * every few seconds ({@code sawa.petition.tally-every}, on one node), a batch per
 * transaction; the signing transaction does not touch the counts, so signers of one
 * petition do not wait on one another.
 */
@Service
public class PetitionTally {

	/** Signatures counted per transaction. */
	static final int BATCH = 10_000;

	/** The columns of a signature that its count is kept by. */
	static final String KEY = "petition_id, province_id, basis, channel, sex, age_band, disability, area, signed_year";

	private final JdbcClient jdbc;

	private final Batches batches;

	PetitionTally(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.batches = new Batches(transactions, "petition-tally");
	}

	@Scheduled(fixedDelayString = "${sawa.petition.tally-every:PT5S}",
			initialDelayString = "${sawa.petition.tally-every:PT5S}")
	void run() {
		foldAll();
	}

	/** Counts every signature not counted yet; answers how many. */
	public long foldAll() {
		return batches.all(BATCH, this::foldBatch);
	}

	/**
	 * Counts at most {@code max} signatures not counted yet, in one transaction; those
	 * another transaction holds (being withdrawn, or counted by another node) are left
	 * for the next fold.
	 */
	int fold(int max) {
		return batches.one(max, this::foldBatch);
	}

	private int foldBatch(int max) {
		return jdbc.sql("""
				WITH batch AS (
				  SELECT id FROM petition_signature WHERE NOT tallied LIMIT :max FOR UPDATE SKIP LOCKED),
				folded AS (
				  UPDATE petition_signature s SET tallied = true FROM batch WHERE s.id = batch.id
				  RETURNING s.petition_id, s.province_id, s.basis, s.channel, s.sex, s.age_band, s.disability, s.area,
				    petition_signed_year(s.signed_at) AS signed_year),
				added AS (
				  INSERT INTO petition_tally AS t (%1$s, signed)
				  SELECT %1$s, count(*) FROM folded GROUP BY %1$s ORDER BY %1$s
				  ON CONFLICT (%1$s) DO UPDATE SET signed = t.signed + EXCLUDED.signed)
				SELECT count(*)::int FROM folded""".formatted(KEY)).param("max", max).query(Integer.class).single();
	}

	/**
	 * The signatures matching {@code where} (a condition on a signature's petition_id,
	 * e.g. {@code petition_id IN (:ids)}) as rows of {@link #KEY} and a count {@code n}:
	 * the counts kept, and one row for each signature not counted yet. Read in one
	 * statement, so with one snapshot: a fold is seen whole or not at all.
	 */
	static String counted(String where) {
		return """
				(SELECT %1$s, signed AS n FROM petition_tally WHERE %2$s
				 UNION ALL
				 SELECT petition_id, province_id, basis, channel, sex, age_band, disability, area,
				   petition_signed_year(signed_at), 1 FROM petition_signature WHERE NOT tallied AND %2$s) counted"""
			.formatted(KEY, where);
	}

}
