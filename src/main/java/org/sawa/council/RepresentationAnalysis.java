package org.sawa.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sawa.disclosure.Cell;
import org.sawa.disclosure.ProtectedTable;
import org.sawa.disclosure.PublishedCounts;
import org.sawa.territory.AgeBand;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes {@link Representation} from the councils' records; nothing is typed in. */
@Service
@Transactional(readOnly = true)
public class RepresentationAnalysis {

	static final List<String> LEVELS = List.of("region", "province", "commune");
	static final List<String> AGE_BANDS;
	static {
		List<String> bands = new ArrayList<>(AgeBand.from15());
		bands.add("not_stated");
		AGE_BANDS = List.copyOf(bands);
	}

	private final Councils councils;

	private final Memberships memberships;

	private final CouncilSessions sessions;

	private final PublishedCounts published;

	private final ConsultativeBodies bodies;

	private final QuotaRules rules;

	RepresentationAnalysis(Councils councils, Memberships memberships, CouncilSessions sessions,
			PublishedCounts published, ConsultativeBodies bodies, QuotaRules rules) {
		this.bodies = bodies;
		this.rules = rules;
		this.published = published;
		this.memberships = memberships;
		this.councils = councils;
		this.sessions = sessions;
	}

	public Representation of(Territory scope, LocalDate day) {
		return of(councils.within(scope), day);
	}

	public Representation of(List<Council> scope, LocalDate day) {
		Map<String, QuotaRules.Quota> quotas = new LinkedHashMap<>();
		for (QuotaRules.Quota quota : rules.quotas()) {
			quotas.put(quota.level() + "/" + quota.post(), quota);
		}
		Map<Integer, Integer> scale = new LinkedHashMap<>();
		rules.reservedSeats().forEach(r -> scale.put(r.councilSeats(), r.reserved()));
		// per level: seats and seats reserved by the scale, over the councils the scale
		// covers
		Map<String, long[]> reservedByLevel = new LinkedHashMap<>();
		Map<String, long[]> levels = new LinkedHashMap<>();
		Map<String, long[]> posts = new LinkedHashMap<>();
		for (String post : Memberships.POSTS) {
			posts.put(post, new long[2]);
		}
		posts.put("body_member", new long[2]);
		List<Representation.CouncilLine> lines = new ArrayList<>();
		long sessionCount = 0;
		long women = 0;
		long men = 0;
		long byWomen = 0;
		long byMen = 0;
		Map<String, long[]> trend = new TreeMap<>();
		List<Representation.SessionLine> sessionLines = new ArrayList<>();
		long[][] ages = new long[AGE_BANDS.size()][2];
		for (Council council : scope) {
			var mandate = councils.mandateAt(council.id(), day).orElse(null);
			if (mandate == null) {
				continue;
			}
			LocalDate on = mandate.covers(day) ? day : mandate.endsOn();
			List<Member> members = memberships.members(mandate.id());
			List<Member> seated = members.stream().filter(m -> m.activeOn(on)).toList();
			long councilWomen = seated.stream().filter(Member::isWoman).count();
			long[] level = levels.computeIfAbsent(council.level(), k -> new long[2]);
			level[0] += seated.size();
			level[1] += councilWomen;
			String presidentSex = null;
			long vps = 0;
			long womenVps = 0;
			// the people named in the council's consultative bodies (not councillors)
			for (ConsultativeBody body : bodies.ofCouncil(council.id())) {
				for (ConsultativeBody.BodyMember member : bodies.members(body.id())) {
					if (member.sex() != null && member.activeOn(on)) {
						long[] counts = posts.get("body_member");
						counts[0]++;
						counts[1] += "female".equals(member.sex()) ? 1 : 0;
					}
				}
			}
			for (Member member : seated) {
				int band = member.birthYear() == null ? AGE_BANDS.size() - 1
						: AGE_BANDS.indexOf(AgeBand.ofAge(Math.max(15, on.getYear() - member.birthYear())).code());
				ages[band][member.isWoman() ? 0 : 1]++;
				for (Member.PostHeld post : member.postsOn(on)) {
					long[] counts = posts.get(post.post());
					counts[0]++;
					counts[1] += member.isWoman() ? 1 : 0;
					if ("president".equals(post.post())) {
						presidentSex = member.sex();
					}
					if ("vice_president".equals(post.post())) {
						vps++;
						womenVps += member.isWoman() ? 1 : 0;
					}
				}
			}
			Map<Long, Member> byMembership = new LinkedHashMap<>();
			members.forEach(m -> byMembership.put(m.membershipId(), m));
			Map<Long, long[]> spokenBySession = new LinkedHashMap<>();
			for (Intervention intervention : sessions.interventions(mandate.id())) {
				boolean woman = byMembership.get(intervention.membershipId()).isWoman();
				spokenBySession.computeIfAbsent(intervention.sessionId(), k -> new long[2])[woman ? 0 : 1]++;
			}
			long councilByWomen = 0;
			long councilByMen = 0;
			for (Session session : sessions.sessions(mandate.id())) {
				if (session.heldOn().isAfter(on)) {
					continue;
				}
				long[] spoken = spokenBySession.getOrDefault(session.id(), new long[2]);
				councilByWomen += spoken[0];
				councilByMen += spoken[1];
				sessionCount++;
				long[] quarter = trend.computeIfAbsent(
						session.heldOn().getYear() + "-Q" + ((session.heldOn().getMonthValue() - 1) / 3 + 1),
						k -> new long[3]);
				quarter[0]++;
				quarter[1] += spoken[0];
				quarter[2] += spoken[1];
				long womenPresent = 0;
				long menPresent = 0;
				for (var attendance : sessions.attendance(session.id()).entrySet()) {
					if (List.of("present", "remote").contains(attendance.getValue())) {
						if (byMembership.get(attendance.getKey()).isWoman()) {
							womenPresent++;
						}
						else {
							menPresent++;
						}
					}
				}
				sessionLines.add(new Representation.SessionLine(council, session, womenPresent, menPresent, spoken[0],
						spoken[1]));
			}
			women += councilWomen;
			men += seated.size() - councilWomen;
			byWomen += councilByWomen;
			byMen += councilByMen;
			Double seatQuota = share(quotas.get(council.level() + "/seat"));
			if (isBySize(quotas.get(council.level() + "/seat"))) {
				Integer reserved = council.seats() == null ? null : scale.get(council.seats());
				seatQuota = reserved == null ? null : (double) reserved / council.seats();
				if (reserved != null) {
					long[] sums = reservedByLevel.computeIfAbsent(council.level(), k -> new long[2]);
					sums[0] += council.seats();
					sums[1] += reserved;
				}
			}
			lines.add(new Representation.CouncilLine(council, mandate.label(), seated.size(), councilWomen, seatQuota,
					presidentSex, vps, womenVps, councilByWomen, councilByMen));
		}
		List<Representation.ShareLine> byLevel = new ArrayList<>();
		for (String level : LEVELS) {
			long[] counts = levels.get(level);
			if (counts != null) {
				QuotaRules.Quota quota = quotas.get(level + "/seat");
				long[] reserved = reservedByLevel.get(level);
				Double reference = !isBySize(quota) ? share(quota)
						: reserved == null ? null : (double) reserved[1] / reserved[0];
				byLevel.add(new Representation.ShareLine(level, counts[0], counts[1], reference, false));
			}
		}
		// a quota per post applies when every council in scope is of one level
		String onlyLevel = byLevel.size() == 1 ? byLevel.get(0).key() : null;
		List<Representation.ShareLine> byPost = new ArrayList<>();
		posts.forEach((post, counts) -> {
			QuotaRules.Quota quota = onlyLevel == null ? null : quotas.get(onlyLevel + "/" + post);
			byPost.add(new Representation.ShareLine(post, counts[0], counts[1], share(quota),
					quota != null && !quota.isResult()));
		});
		List<Representation.TrendLine> trendLines = new ArrayList<>();
		trend.forEach((quarter, counts) -> trendLines
			.add(new Representation.TrendLine(quarter, counts[0], counts[1], counts[2])));
		sessionLines.sort(Comparator.comparing((Representation.SessionLine l) -> l.session().heldOn()).reversed());
		return new Representation(byLevel, byPost, lines,
				new Representation.Speaking(sessionCount, women, men, byWomen, byMen), trendLines, sessionLines,
				AGE_BANDS, ages(scope, ages));
	}

	private static Double share(QuotaRules.Quota quota) {
		return quota == null ? null : quota.minShare();
	}

	private static boolean isBySize(QuotaRules.Quota quota) {
		return quota != null && "by_size".equals(quota.rule());
	}

	/**
	 * The councillors' ages by sex as the public sees them: seats by sex are public
	 * offices (exact, beside it), each age band is a published cell of the councils in
	 * scope.
	 */
	private ProtectedTable ages(List<Council> scope, long[][] ages) {
		String councilsInScope = scope.stream()
			.map(Council::id)
			.sorted()
			.map(String::valueOf)
			.collect(Collectors.joining("+", "councils:", ""));
		Cell seated = Cell.of("councillor-ages", councilsInScope, "seated");
		List<String> sexes = List.of("female", "male");
		return published.table(ages,
				(r, c) -> r == AGE_BANDS.size() ? null
						: seated.with("age_band", AGE_BANDS.get(r)).with("sex", c == sexes.size() ? "" : sexes.get(c)),
				false);
	}

}
