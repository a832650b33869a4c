package org.sawa.council;

import java.util.List;
import org.sawa.audit.Corrections;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's staff correct a consultative body's member as recorded (kind,
 * association, person named, sex, role, first day), checked as a new member would be (the
 * member does not count against itself) and kept with its reason as the member's next
 * version ({@link Corrections}); the body's page marks the corrected member.
 */
@Service
@Transactional
public class BodyMemberCorrections {

	private final JdbcClient jdbc;

	private final ConsultativeBodies bodies;

	private final Councils councils;

	private final Corrections corrections;

	BodyMemberCorrections(JdbcClient jdbc, ConsultativeBodies bodies, Councils councils, Corrections corrections) {
		this.jdbc = jdbc;
		this.bodies = bodies;
		this.councils = councils;
		this.corrections = corrections;
	}

	public static String subject(long memberId) {
		return "body-member:" + memberId;
	}

	public void correct(long memberId, ConsultativeBodies.NewBodyMember corrected, String reason, long actorId) {
		ConsultativeBody.BodyMember before = bodies.member(memberId)
			.orElseThrow(() -> new CouncilRefused("", "council.error.noBodyMember"));
		ConsultativeBody body = bodies.byId(before.bodyId()).orElseThrow();
		Council council = councils.byId(body.councilId()).orElseThrow();
		Refusals refusals = bodies.checkMember(body, council, corrected, memberId);
		if (before.endsOn() != null && corrected.startsOn() != null && corrected.startsOn().isAfter(before.endsOn())) {
			refusals.add("startsOn", "council.error.endBeforeStart");
		}
		Corrections.checkReason(reason, refusals);
		refusals.throwIfAny();
		boolean association = "association".equals(corrected.memberKind());
		boolean named = ConsultativeBodies.isNamed(corrected);
		String name = ConsultativeBodies.personName(corrected);
		Long organisation = association ? corrected.organisationId() : null;
		String sex = named ? corrected.sex() : null;
		corrections.record(subject(memberId),
				List.of(Corrections.Change.of("memberKind", null, before.memberKind(), corrected.memberKind()),
						Corrections.Change.of("organisation", null, before.organisationId(), organisation),
						Corrections.Change.of("personName", null, before.personName(), name.isEmpty() ? null : name),
						Corrections.Change.of("sex", null, before.sex(), sex),
						Corrections.Change.of("role", null, before.role(), corrected.role()),
						Corrections.Change.of("startsOn", null, before.startsOn(), corrected.startsOn())),
				reason, actorId);
		jdbc.sql("""
				UPDATE council_body_member SET member_kind = :k, organisation_id = :o, person_name = :n, sex = :s,
				  role = :r, starts_on = :from WHERE id = :id""")
			.param("k", corrected.memberKind())
			.param("o", organisation)
			.param("n", name.isEmpty() ? null : name)
			.param("s", sex)
			.param("r", corrected.role())
			.param("from", corrected.startsOn())
			.param("id", memberId)
			.update();
	}

}
