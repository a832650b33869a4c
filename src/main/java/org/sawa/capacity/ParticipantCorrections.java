package org.sawa.capacity;

import java.time.LocalDate;
import java.util.List;
import org.sawa.audit.Corrections;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Territories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's officers correct a participant's record (name, sex, birth year, kind,
 * commune), checked as an enrolment would be and kept with its reason as the record's
 * next version ({@link Corrections}). The programme's figures are computed from the
 * records and follow at once; the trainings and coaching sessions the inclusion lens
 * counted with the old sex, age band or commune are taken back and counted again.
 */
@Service
@Transactional
public class ParticipantCorrections {

	private final JdbcClient jdbc;

	private final Programmes programmes;

	private final Activities activities;

	private final Territories territories;

	private final Corrections corrections;

	ParticipantCorrections(JdbcClient jdbc, Programmes programmes, Activities activities, Territories territories,
			Corrections corrections) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.activities = activities;
		this.territories = territories;
		this.corrections = corrections;
	}

	public static String subject(long participantId) {
		return "participant:" + participantId;
	}

	public void correct(long participantId, Programmes.NewParticipant corrected, String reason, long actorId) {
		Participant before = programmes.participant(participantId)
			.orElseThrow(() -> new CapacityRefused("", "capacity.error.notEnrolled"));
		Programme programme = programmes.byId(before.programmeId()).orElseThrow();
		Refusals refusals = new Refusals();
		Long commune = programmes.checkParticipant(programme, corrected, refusals);
		Corrections.checkReason(reason, refusals);
		refusals.throwIfAny();
		String name = Programmes.name(corrected);
		corrections.record(subject(participantId),
				List.of(Corrections.Change.of("fullName", null, before.fullName(), name),
						Corrections.Change.of("sex", null, before.sex(), corrected.sex()),
						Corrections.Change.of("birthYear", null, before.birthYear(), corrected.birthYear()),
						Corrections.Change.of("kind", null, before.kind(), corrected.kind()),
						Corrections.Change.of("commune", null, code(before.communeId()), code(commune))),
				reason, actorId);
		jdbc.sql("""
				UPDATE capacity_participant SET full_name = :n, sex = :s, birth_year = :b, kind = :k, commune_id = :c
				WHERE id = :id""")
			.param("n", name)
			.param("s", corrected.sex())
			.param("b", corrected.birthYear())
			.param("k", corrected.kind())
			.param("c", commune)
			.param("id", participantId)
			.update();
		Participant after = programmes.participant(participantId).orElseThrow();
		recount(programme, before, after);
	}

	private String code(Long territoryId) {
		return territoryId == null ? null : territories.byId(territoryId).map(t -> t.code()).orElse(null);
	}

	/**
	 * Each training attended and each coaching session was counted with the record as it
	 * stood: count it again where the correction changes what the lens holds.
	 */
	private void recount(Programme programme, Participant before, Participant after) {
		List<Activity> attended = jdbc
			.sql("SELECT activity_id FROM capacity_attendance WHERE participant_id = :p AND attended")
			.param("p", before.id())
			.query(Long.class)
			.list()
			.stream()
			.map(id -> activities.activity(id).orElseThrow())
			.toList();
		for (Activity activity : attended) {
			activities.recount(Programmes.CHANNEL, before, activity.territoryId(), activity.heldOn(), after,
					activity.territoryId(), activity.heldOn());
		}
		List<LocalDate> coached = jdbc.sql("""
				SELECT c.held_on FROM capacity_coaching c JOIN capacity_plan p ON p.id = c.plan_id
				WHERE p.participant_id = :p""").param("p", before.id()).query(LocalDate.class).list();
		for (LocalDate day : coached) {
			long place = programme.territoryIds().get(0);
			activities.recount(Mentoring.CHANNEL, before, place, day, after, place, day);
		}
	}

}
