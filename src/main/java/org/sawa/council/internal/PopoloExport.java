package org.sawa.council.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.calendar.WorkingDays;
import org.sawa.account.Accounts;
import org.sawa.council.Committee;
import org.sawa.council.ConsultativeBodies;
import org.sawa.council.ConsultativeBody;
import org.sawa.council.Council;
import org.sawa.council.CouncilSessions;
import org.sawa.council.Councils;
import org.sawa.council.Intervention;
import org.sawa.council.Mandate;
import org.sawa.council.Member;
import org.sawa.council.Memberships;
import org.sawa.council.Session;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council in Popolo JSON: the council, its committees and consultative bodies (and the
 * associations sitting in them) as organizations, its territory as an area, councillors
 * as persons (name and gender only: the birth year stays private), seats and offices as
 * posts, seats and posts held as memberships, sessions as events and interventions as
 * speeches. Labels are in the requested language.
 */
@Service
@Transactional(readOnly = true)
public class PopoloExport {

	private static final java.time.format.DateTimeFormatter DATE_TIME = java.time.format.DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

	private final Councils councils;

	private final Memberships memberships;

	private final CouncilSessions sessions;

	private final Territories territories;

	private final MessageSource messages;

	private final ConsultativeBodies bodies;

	private final Accounts accounts;

	PopoloExport(Councils councils, Memberships memberships, CouncilSessions sessions, Territories territories,
			MessageSource messages, ConsultativeBodies bodies, Accounts accounts) {
		this.bodies = bodies;
		this.accounts = accounts;
		this.memberships = memberships;
		this.councils = councils;
		this.sessions = sessions;
		this.territories = territories;
		this.messages = messages;
	}

	public Map<String, Object> of(Council council, Locale locale) {
		Territory territory = territories.byId(council.territoryId()).orElseThrow();
		String org = "council/" + council.code();
		List<Map<String, Object>> areas = new ArrayList<>();
		areas.add(object("id", "area/" + territory.code(), "name", territory.name(locale), "identifier",
				territory.code(), "classification", territory.level().code(), "parent_id", territory.parentId() == null
						? null : "area/" + territories.byId(territory.parentId()).orElseThrow().code()));
		List<Map<String, Object>> organizations = new ArrayList<>();
		organizations.add(object("id", org, "name", CouncilNames.of(council, territory, messages, locale),
				"classification", "council", "area_id", "area/" + territory.code()));
		for (Committee committee : councils.committees(council.id())) {
			organizations.add(object("id", org + "/committee/" + committee.id(), "name", committee.name(locale),
					"classification", "committee", "parent_id", org));
		}
		List<Map<String, Object>> persons = new ArrayList<>();
		List<Map<String, Object>> posts = new ArrayList<>();
		List<Map<String, Object>> memberships = new ArrayList<>();
		Map<String, Map<String, Object>> postsById = new LinkedHashMap<>();
		for (ConsultativeBody body : bodies.ofCouncil(council.id())) {
			String holder = org + "/body/" + body.kind();
			organizations.add(object("id", holder, "name", body.name(locale), "classification",
					"consultative_body_" + body.kind(), "parent_id", org, "founding_date", date(body.establishedOn())));
			for (ConsultativeBody.BodyMember member : bodies.members(body.id())) {
				String association = member.organisationId() == null ? null
						: "organization/association-" + member.organisationId();
				if (association != null && organizations.stream().noneMatch(o -> association.equals(o.get("id")))) {
					organizations.add(object("id", association, "name",
							accounts.organisation(member.organisationId()).map(o -> o.name()).orElse("?"),
							"classification", "association"));
				}
				if (member.personName() == null) {
					continue;
				}
				String person = "person/body-member-" + member.id();
				persons.add(object("id", person, "name", member.personName(), "gender", member.sex()));
				String post = holder + "/post/" + member.role();
				String label = msg("council.body.role." + member.role(), locale);
				postsById.computeIfAbsent(post,
						id -> object("id", id, "organization_id", holder, "role", member.role(), "label", label));
				memberships.add(object("id", "membership/body-" + member.id(), "person_id", person, "organization_id",
						holder, "post_id", post, "on_behalf_of_id", association, "role", member.role(), "label", label,
						"start_date", date(member.startsOn()), "end_date", date(member.endsOn())));
			}
		}
		List<Map<String, Object>> events = new ArrayList<>();
		List<Map<String, Object>> speeches = new ArrayList<>();
		for (Mandate mandate : councils.mandates(council.id())) {
			Map<Long, String> personOf = new LinkedHashMap<>();
			for (Member member : this.memberships.members(mandate.id())) {
				String person = "person/" + member.councillorId();
				personOf.put(member.membershipId(), person);
				persons.add(object("id", person, "name", member.fullName(), "gender", member.sex()));
				String seatPost = org + "/post/seat-" + member.seatType();
				postsById.computeIfAbsent(seatPost, id -> object("id", id, "organization_id", org, "role", "councillor",
						"label", msg("council.seat." + member.seatType(), locale)));
				memberships.add(object("id", "membership/" + member.membershipId(), "person_id", person,
						"organization_id", org, "post_id", seatPost, "role", "councillor", "label", mandate.label(),
						"start_date", date(member.startsOn()), "end_date",
						date(member.endsOn() == null ? mandate.endsOn() : member.endsOn())));
				for (Member.PostHeld held : member.posts()) {
					String holder = held.committeeId() == null ? org : org + "/committee/" + held.committeeId();
					String post = holder + "/post/" + held.post() + (held.rank() == null ? "" : "-" + held.rank());
					String label = msg("council.post." + held.post(), locale)
							+ (held.rank() == null ? "" : " " + held.rank());
					postsById.computeIfAbsent(post,
							id -> object("id", id, "organization_id", holder, "role", held.post(), "label", label));
					memberships.add(object("id", "membership/post-" + held.id(), "person_id", person, "organization_id",
							holder, "post_id", post, "role", held.post(), "label", label, "start_date",
							date(held.startsOn()), "end_date", date(held.endsOn())));
				}
			}
			for (Session session : sessions.sessions(mandate.id())) {
				String event = org + "/session/" + session.id();
				events.add(object("id", event, "name",
						msg("council.session.kind." + session.kind(), locale) + " " + session.heldOn(),
						"classification", "session", "start_date", date(session.heldOn()), "organization_id", org,
						"location", session.place()));
			}
			for (Intervention intervention : sessions.interventions(mandate.id())) {
				Session session = sessions.session(intervention.sessionId()).orElseThrow();
				String title = session.agenda()
					.stream()
					.filter(i -> Long.valueOf(i.id()).equals(intervention.agendaItemId()))
					.map(Session.AgendaItem::title)
					.findFirst()
					.orElse(null);
				speeches.add(object("id", "speech/" + intervention.id(), "creator_id",
						personOf.get(intervention.membershipId()), "event_id",
						org + "/session/" + intervention.sessionId(), "type", "speech", "role",
						msg("council.intervention.kind." + intervention.kind(), locale), "text", intervention.summary(),
						"title", title, "position", intervention.position(), "date",
						session.heldOn().atTime(LocalTime.NOON).atZone(WorkingDays.MOROCCO).format(DATE_TIME)));
			}
		}
		posts.addAll(postsById.values());
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("persons", persons);
		export.put("organizations", organizations);
		export.put("memberships", memberships);
		export.put("posts", posts);
		export.put("areas", areas);
		export.put("events", events);
		export.put("speeches", speeches);
		return export;
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String date(LocalDate day) {
		return day == null ? null : day.toString();
	}

	/** An object of the given key/value pairs, leaving out null values. */
	private static Map<String, Object> object(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				map.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return map;
	}

}
