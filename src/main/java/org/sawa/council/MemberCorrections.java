package org.sawa.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sawa.audit.Corrections;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff correct a councillor's record: name, sex, birth year, seat and list. It is
 * checked as a new member would be, written with its reason as the member's next version
 * ({@link Corrections}), and every figure computed from it follows: seats and posts by
 * sex at once, and the interventions the inclusion lens counted under the old sex or age
 * band are taken back and counted again.
 */
@Service
@Transactional
public class MemberCorrections {

	private final JdbcClient jdbc;

	private final Memberships memberships;

	private final Councils councils;

	private final CouncilSessions sessions;

	private final Corrections corrections;

	MemberCorrections(JdbcClient jdbc, Memberships memberships, Councils councils, CouncilSessions sessions,
			Corrections corrections) {
		this.jdbc = jdbc;
		this.memberships = memberships;
		this.councils = councils;
		this.sessions = sessions;
		this.corrections = corrections;
	}

	/** The subject a member's corrections are kept under. */
	public static String subject(long membershipId) {
		return "member:" + membershipId;
	}

	/** Corrects the member; {@code corrected.startsOn} is not corrected here. */
	public void correct(long membershipId, Memberships.NewMember corrected, String reason, long actorId) {
		Member member = memberships.member(membershipId)
			.orElseThrow(() -> new CouncilRefused("", "council.error.noMember"));
		Refusals refusals = new Refusals();
		String name = memberships.checkPerson(corrected, refusals);
		Corrections.checkReason(reason, refusals);
		refusals.throwIfAny();
		String list = corrected.listLabel() == null || corrected.listLabel().isBlank() ? null
				: corrected.listLabel().trim();
		List<Corrections.Change> changes = new ArrayList<>();
		changes.add(Corrections.Change.of("fullName", null, member.fullName(), name));
		changes.add(Corrections.Change.of("sex", null, member.sex(), corrected.sex()));
		changes.add(Corrections.Change.of("birthYear", null, member.birthYear(), corrected.birthYear()));
		changes.add(Corrections.Change.of("seatType", null, member.seatType(), corrected.seatType()));
		changes.add(Corrections.Change.of("listLabel", null, member.listLabel(), list));
		corrections.record(subject(membershipId), changes, reason, actorId);
		jdbc.sql("UPDATE councillor SET full_name = :n, sex = :s, birth_year = :b WHERE id = :id")
			.param("n", name)
			.param("s", corrected.sex())
			.param("b", corrected.birthYear())
			.param("id", member.councillorId())
			.update();
		jdbc.sql("UPDATE council_membership SET seat_type = :t, list_label = :l WHERE id = :id")
			.param("t", corrected.seatType())
			.param("l", list)
			.param("id", membershipId)
			.update();
		Member after = memberships.member(membershipId).orElseThrow();
		recount(member, after);
	}

	/**
	 * The member's interventions were counted with the sex and age band recorded then:
	 * when either changed, take each back and count it with the corrected ones.
	 */
	private void recount(Member before, Member after) {
		Mandate mandate = councils.mandate(before.mandateId()).orElseThrow();
		Council council = councils.byId(mandate.councilId()).orElseThrow();
		for (Intervention intervention : sessions.interventions(mandate.id())) {
			if (intervention.membershipId() == before.membershipId()) {
				LocalDate day = sessions.session(intervention.sessionId()).orElseThrow().heldOn();
				sessions.recount(council, before, day, after, day);
			}
		}
	}

}
