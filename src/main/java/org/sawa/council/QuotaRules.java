package org.sawa.council;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.audit.AuditLog;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules women's representation is measured against, as data an administrator keeps:
 * per council level and post, what the law asks (a result: at least a share of the seats;
 * "strive for" a share of the candidates, which gets no verdict; or a number of seats
 * reserved by the council's size), with article, source and "to confirm"; and the
 * reserved seats of commune councils by size. Every change is checked whole, saved in one
 * transaction and audited with before and after.
 */
@Service
@Transactional
public class QuotaRules {

	public static final List<String> RULES = List.of("result", "strive", "by_size");

	/**
	 * A legal rule: the share of women it refers to for a post type at a council level.
	 */
	public record Quota(String level, String post, String rule, double minShare, String article, String source,
			boolean toConfirm) {

		/** Whether the law sets a result here, so a verdict (met or not) makes sense. */
		public boolean isResult() {
			return !"strive".equals(rule);
		}
	}

	/** Seats reserved for women in a commune council of this many seats. */
	public record ReservedSeats(int councilSeats, int reserved, String article, String source, boolean toConfirm) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	QuotaRules(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Quota> quotas() {
		return jdbc.sql("SELECT * FROM council_quota ORDER BY level, post")
			.query((rs, n) -> new Quota(rs.getString("level"), rs.getString("post"), rs.getString("rule"),
					rs.getDouble("min_share"), rs.getString("article"), rs.getString("source"),
					rs.getBoolean("to_confirm")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<ReservedSeats> reservedSeats() {
		return jdbc.sql("SELECT * FROM council_reserved_seats ORDER BY council_seats")
			.query((rs, n) -> new ReservedSeats(rs.getInt("council_seats"), rs.getInt("reserved"),
					rs.getString("article"), rs.getString("source"), rs.getBoolean("to_confirm")))
			.list();
	}

	/**
	 * The seats reserved for women in a commune council of this size, when the scale
	 * says.
	 */
	@Transactional(readOnly = true)
	public Optional<Integer> reservedFor(Integer councilSeats) {
		return councilSeats == null ? Optional.empty()
				: reservedSeats().stream()
					.filter(r -> r.councilSeats() == councilSeats)
					.map(ReservedSeats::reserved)
					.findFirst();
	}

	/**
	 * Saves the rules and the reserved-seat scale as typed (a new council size is added);
	 * refuses at each field with nothing written. Shares are given as fractions (0.333).
	 */
	public void save(List<Quota> quotas, List<ReservedSeats> scale, String actor) {
		check(quotas, scale).throwIfAny();
		saveQuotas(quotas, actor);
		saveScale(scale, actor);
	}

	/** Every reason to refuse the rules and the scale as typed, at its field. */
	private Refusals check(List<Quota> quotas, List<ReservedSeats> scale) {
		Refusals refusals = new Refusals();
		for (Quota quota : quotas) {
			String key = quota.level() + "." + quota.post();
			if (!RULES.contains(quota.rule())) {
				refusals.add("rule." + key, "validation.option");
			}
			if (Double.isNaN(quota.minShare()) || quota.minShare() <= 0 || quota.minShare() > 1) {
				refusals.add("share." + key, "council.error.share");
			}
			if (quota.article().isBlank()) {
				refusals.add("article." + key, "petitionRules.error.article");
			}
		}
		List<Integer> sizes = new ArrayList<>();
		for (ReservedSeats row : scale) {
			String key = "seats." + row.councilSeats();
			if (row.councilSeats() < 5 || row.councilSeats() > 200 || sizes.contains(row.councilSeats())) {
				refusals.add(key, "council.error.scaleSize");
			}
			else if (row.reserved() < 0 || row.reserved() > row.councilSeats()) {
				refusals.add(key, "council.error.scaleReserved", row.councilSeats());
			}
			if (row.article().isBlank()) {
				refusals.add("article." + key, "petitionRules.error.article");
			}
			sizes.add(row.councilSeats());
		}
		return refusals;
	}

	private void saveQuotas(List<Quota> quotas, String actor) {
		Map<String, Quota> before = new LinkedHashMap<>();
		quotas().forEach(q -> before.put(q.level() + "." + q.post(), q));
		for (Quota quota : quotas) {
			Quota old = before.get(quota.level() + "." + quota.post());
			if (old == null || old.equals(quota)) {
				continue;
			}
			jdbc.sql("""
					UPDATE council_quota SET rule = :r, min_share = :m, article = :a, source = :s, to_confirm = :c
					WHERE level = :level AND post = :post""")
				.param("r", quota.rule())
				.param("m", quota.minShare())
				.param("a", quota.article().trim())
				.param("s", quota.source().trim())
				.param("c", quota.toConfirm())
				.param("level", quota.level())
				.param("post", quota.post())
				.update();
			audit.append(actor, "council.quota.changed", "council_quota:" + quota.level() + "/" + quota.post(),
					old + " -> " + quota);
		}
	}

	private void saveScale(List<ReservedSeats> scale, String actor) {
		Map<Integer, ReservedSeats> scaleBefore = new LinkedHashMap<>();
		reservedSeats().forEach(r -> scaleBefore.put(r.councilSeats(), r));
		for (ReservedSeats row : scale) {
			ReservedSeats old = scaleBefore.get(row.councilSeats());
			if (row.equals(old)) {
				continue;
			}
			jdbc.sql(
					"""
							INSERT INTO council_reserved_seats (council_seats, reserved, article, source, to_confirm)
							VALUES (:n, :r, :a, :s, :c)
							ON CONFLICT (council_seats) DO UPDATE SET reserved = :r, article = :a, source = :s, to_confirm = :c""")
				.param("n", row.councilSeats())
				.param("r", row.reserved())
				.param("a", row.article().trim())
				.param("s", row.source().trim())
				.param("c", row.toConfirm())
				.update();
			audit.append(actor, "council.scale.changed", "council_reserved_seats:" + row.councilSeats(),
					(old == null ? "new" : old.toString()) + " -> " + row);
		}
	}

}
