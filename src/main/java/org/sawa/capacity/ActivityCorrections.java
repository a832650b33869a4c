package org.sawa.capacity;

import java.util.List;
import org.sawa.audit.Corrections;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's officers correct an activity as scheduled (kind, topic, day, hours, mode,
 * place, trainers, territory), checked as a new one would be and kept with its reason as
 * the activity's next version ({@link Corrections}). When the day or the territory
 * changes, the attendances the inclusion lens counted are taken back and counted again.
 */
@Service
@Transactional
public class ActivityCorrections {

	private final JdbcClient jdbc;

	private final Programmes programmes;

	private final Activities activities;

	private final Territories territories;

	private final Corrections corrections;

	ActivityCorrections(JdbcClient jdbc, Programmes programmes, Activities activities, Territories territories,
			Corrections corrections) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.activities = activities;
		this.territories = territories;
		this.corrections = corrections;
	}

	public static String subject(long activityId) {
		return "activity:" + activityId;
	}

	public void correct(long activityId, Activities.NewActivity corrected, String reason, long actorId) {
		Activity before = activities.activity(activityId)
			.orElseThrow(() -> new CapacityRefused("", "capacity.error.noActivity"));
		Programme programme = programmes.byId(before.programmeId()).orElseThrow();
		Refusals refusals = new Refusals();
		Territory place = activities.checkActivity(programme, corrected, refusals);
		Corrections.checkReason(reason, refusals);
		refusals.throwIfAny();
		String topic = corrected.topic().trim();
		corrections
			.record(subject(activityId), List.of(Corrections.Change.of("kind", null, before.kind(), corrected.kind()),
					Corrections.Change.of("topic", null, before.topic(), topic),
					Corrections.Change.of("heldOn", null, before.heldOn(), corrected.heldOn()),
					Corrections.Change.of("hours", null, before.hours().stripTrailingZeros().toPlainString(),
							corrected.hours().stripTrailingZeros().toPlainString()),
					Corrections.Change.of("mode", null, before.mode(), corrected.mode()),
					Corrections.Change.of("place", null, before.place(), Programmes.blankToNull(corrected.place())),
					Corrections.Change.of("trainers", null, before.trainers(), Programmes.blank(corrected.trainers())),
					Corrections.Change.of("territory", null,
							territories.byId(before.territoryId()).map(Territory::code).orElse(null), place.code())),
					reason, actorId);
		jdbc.sql("""
				UPDATE capacity_activity SET kind = :k, topic = :t, held_on = :d, hours = :h, mode = :m, place = :pl,
				  trainers = :tr, territory_id = :te WHERE id = :id""")
			.param("k", corrected.kind())
			.param("t", topic)
			.param("d", corrected.heldOn())
			.param("h", corrected.hours())
			.param("m", corrected.mode())
			.param("pl", Programmes.blankToNull(corrected.place()))
			.param("tr", Programmes.blank(corrected.trainers()))
			.param("te", place.id())
			.param("id", activityId)
			.update();
		Activity after = activities.activity(activityId).orElseThrow();
		if (!before.heldOn().equals(after.heldOn()) || before.territoryId() != after.territoryId()) {
			recount(before, after);
		}
	}

	/** Each attendance, counted on the old day and place, is counted on the new ones. */
	private void recount(Activity before, Activity after) {
		for (Activities.AttendanceLine line : activities.attendance(before.id())) {
			if (line.attended()) {
				Participant participant = programmes.participant(line.participantId()).orElseThrow();
				activities.recount(Programmes.CHANNEL, participant, before.territoryId(), before.heldOn(), participant,
						after.territoryId(), after.heldOn());
			}
		}
	}

}
