package org.sawa.petition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.Participations;
import org.sawa.input.NationalIds;
import org.sawa.security.Hmac;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signatures given online: signing (the national ID number kept only as a keyed HMAC, one
 * signature per person and per number), withdrawing before the deposit, and the progress
 * toward the threshold. Every signature is an act of participation, counted by sex, age,
 * disability and area.
 */
@Service
public class Signatures {

	/** Signatures of a petition so far: the total and, per province, how many. */
	public record Progress(int signatures, Integer threshold, Integer spreadMinimum, Map<Long, Integer> byProvince) {

		/**
		 * Whether every province required gave its minimum (always true without a spread
		 * condition).
		 */
		public boolean spreadReached(List<Long> provinces) {
			return spreadMinimum == null || spreadMinimum == 0
					|| provinces.stream().allMatch(p -> byProvince.getOrDefault(p, 0) >= spreadMinimum);
		}

		public boolean thresholdReached() {
			return threshold != null && signatures >= threshold;
		}

		/** How far toward the threshold, 0 to 100. */
		public int percent() {
			return threshold == null || threshold == 0 ? 0 : Math.min(100, signatures * 100 / threshold);
		}
	}

	private final JdbcClient jdbc;

	private final Petitions petitions;

	private final Territories territories;

	private final Accounts accounts;

	private final Participations participations;

	private final Hmac hmac;

	private final Clock clock;

	Signatures(JdbcClient jdbc, Petitions petitions, Territories territories, Accounts accounts,
			Participations participations, Hmac hmac, Clock clock) {
		this.jdbc = jdbc;
		this.petitions = petitions;
		this.territories = territories;
		this.accounts = accounts;
		this.participations = participations;
		this.hmac = hmac;
		this.clock = clock;
	}

	/**
	 * Signs a petition online. The signer's commune is their declared residence, or
	 * (basis "activity") the commune where they declare an economic, commercial or
	 * professional activity; it must lie within the petition's territory. The national ID
	 * number is kept only as a keyed HMAC; one signature per person and per ID number.
	 */
	@Transactional
	public void sign(long petitionId, long personId, String nationalId, String basis, Long activityCommuneId) {
		sign(petitionId, personId, nationalId, basis, activityCommuneId, true);
	}

	/**
	 * Signs as the form gives it: {@code confirmed} is the signer's declaration ticked.
	 * Every mistake of the form is refused at once, each at its field.
	 */
	@Transactional
	public void sign(long petitionId, long personId, String nationalId, String basis, Long activityCommuneId,
			boolean confirmed) {
		Petition petition = petitions.share(petitionId);
		if (petition.byAssociation()) {
			throw new PetitionRefused("", "petition.sign.error.association");
		}
		if (!petition.collecting()) {
			throw new PetitionRefused("", "petition.sign.error.closed");
		}
		org.sawa.refusal.Refusals refusals = new org.sawa.refusal.Refusals();
		String cin = NationalIds.normalise(nationalId);
		if (!NationalIds.isCin(cin)) {
			refusals.add(new PetitionRefused("nationalId", "petition.sign.error.nationalId"));
		}
		Territory commune = null;
		try {
			commune = signersCommune(petition, personId, basis, activityCommuneId);
		}
		catch (PetitionRefused refused) {
			refusals.add(refused);
		}
		if (!confirmed) {
			refusals.add(new PetitionRefused("confirm", "petition.sign.error.confirm"));
		}
		// one mistake is refused as itself (a PetitionRefused, as the callers of the
		// service
		// expect); several together, at once
		if (refusals.all().size() == 1) {
			throw refusals.all().get(0);
		}
		refusals.throwIfAny();
		Instant now = clock.instant();
		DemographicSnapshot snapshot = participations.snapshot(personId, now);
		int inserted = jdbc.sql("""
				INSERT INTO petition_signature (petition_id, person_id, national_id_hmac, commune_id, province_id, sex,
				  age_band, disability, area, channel, basis, signed_at)
				VALUES (:p, :person, :cin, :commune, :province, :sex, :band, :dis, :area, 'online', :basis, :at)
				ON CONFLICT DO NOTHING""")
			.param("p", petitionId)
			.param("person", personId)
			.param("cin", hmac.digest("cin:" + cin))
			.param("commune", commune.id())
			.param("province", commune.parentId())
			.param("sex", snapshot.sex())
			.param("band", snapshot.ageBand())
			.param("dis", snapshot.disability())
			.param("area", snapshot.area())
			.param("basis", basis)
			.param("at", Timestamp.from(now))
			.update();
		if (inserted == 0) {
			throw hasSigned(petitionId, personId) ? new PetitionRefused("", "petition.sign.error.twice")
					: new PetitionRefused("nationalId", "petition.sign.error.nationalIdUsed");
		}
		participations.record("petition.signature", commune.id(), snapshot, now);
	}

	/**
	 * The commune a signature counts in: the signer's residence, or the commune of their
	 * declared activity.
	 */
	private Territory signersCommune(Petition petition, long personId, String basis, Long activityCommuneId) {
		Long communeId;
		if ("activity".equals(basis)) {
			communeId = activityCommuneId;
			if (communeId == null) {
				throw new PetitionRefused("activityCommune", "petition.sign.error.activityCommune");
			}
		}
		else if ("residence".equals(basis)) {
			communeId = accounts.residence(personId)
				.orElseThrow(() -> new PetitionRefused("basis", "petition.sign.error.noResidence"));
		}
		else {
			throw new PetitionRefused("basis", "validation.option");
		}
		Territory territory = territories.byId(petition.territoryId()).orElseThrow();
		Territory commune = territories.byId(communeId)
			.filter(c -> c.level() == Level.COMMUNE)
			.orElseThrow(() -> new PetitionRefused("activityCommune", "validation.option"));
		if (!territory.contains(commune)) {
			throw new PetitionRefused("activity".equals(basis) ? "activityCommune" : "basis",
					"petition.sign.error.outside");
		}
		return commune;
	}

	/**
	 * A signer withdraws their signature, as long as the petition has not been deposited.
	 */
	@Transactional
	public void withdraw(long petitionId, long personId) {
		Petition petition = petitions.share(petitionId);
		if (!petition.collecting()) {
			throw new PetitionRefused("", "petition.withdraw.error.closed");
		}
		int removed = jdbc.sql("DELETE FROM petition_signature WHERE petition_id = :p AND person_id = :person")
			.param("p", petitionId)
			.param("person", personId)
			.update();
		if (removed == 0) {
			throw new PetitionRefused("", "petition.withdraw.error.notSigned");
		}
	}

	public boolean hasSigned(long petitionId, long personId) {
		return jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM petition_signature WHERE petition_id = :p AND person_id = :person)")
			.param("p", petitionId)
			.param("person", personId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The signatures against the threshold, and per province those of its residents: the
	 * regional spread counts signers where they effectively live; one who signed for an
	 * activity there counts in the total only.
	 */
	public Progress progress(Petition petition) {
		return progress(List.of(petition)).get(petition.id());
	}

	/**
	 * The progress of several petitions, read together (a list page), in their order.
	 */
	public Map<Long, Progress> progress(List<Petition> shown) {
		Map<Long, Integer> totals = new LinkedHashMap<>();
		Map<Long, Map<Long, Integer>> byProvince = new LinkedHashMap<>();
		shown.forEach(p -> {
			totals.put(p.id(), 0);
			byProvince.put(p.id(), new LinkedHashMap<>());
		});
		if (!shown.isEmpty()) {
			jdbc.sql("SELECT petition_id, province_id, sum(n)::int AS signed,"
					+ " coalesce(sum(n) FILTER (WHERE basis = 'residence'), 0)::int AS residents FROM "
					+ PetitionTally.counted("petition_id IN (:ids)") + " GROUP BY petition_id, province_id")
				.param("ids", shown.stream().map(Petition::id).toList())
				.query(rs -> {
					long id = rs.getLong("petition_id");
					totals.merge(id, rs.getInt("signed"), Integer::sum);
					if (rs.getInt("residents") > 0) {
						byProvince.get(id).put(rs.getLong("province_id"), rs.getInt("residents"));
					}
				});
		}
		Map<Long, Progress> progress = new LinkedHashMap<>();
		shown.forEach(p -> progress.put(p.id(),
				new Progress(totals.get(p.id()), p.threshold(), p.spreadMinimum(), byProvince.get(p.id()))));
		return progress;
	}

	/** Signatures counted by one of: sex, age_band, disability, area, province_id. */
	public Map<String, Long> signaturesBy(long petitionId, String column) {
		if (!List.of("sex", "age_band", "disability", "area", "province_id").contains(column)) {
			throw new IllegalArgumentException(column);
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT " + column + "::text, sum(n) FROM " + PetitionTally.counted("petition_id = :p")
				+ " GROUP BY 1 HAVING sum(n) > 0 ORDER BY 1")
			.param("p", petitionId)
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

}
