package org.sawa.capacity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sawa.council.Council;
import org.sawa.council.CouncilSessions;
import org.sawa.council.Councils;
import org.sawa.council.Memo;
import org.sawa.council.Memos;
import org.sawa.territory.Territories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's impact, computed from its records and the councils' records, never typed
 * in: communes engaged, elected women and men trained, individual mentoring sessions,
 * interventions in council sessions by the women mentored (from the start of their plan),
 * memos examined by the councils of the communes of its elected participants (within the
 * programme's period), associations and young people trained. Each figure has the records
 * behind it.
 */
@Service
@Transactional(readOnly = true)
public class Impact {

	public static final List<String> MEASURES = List.of("communes", "elected_women", "elected_men", "mentoring",
			"interventions", "memos", "associations", "youth");

	public record Figure(String measure, long value) {
	}

	/** The records behind one figure. */
	public record Records(String measure, List<Participant> participants, List<Long> communeIds,
			List<Coaching> coaching, List<CouncilSessions.Spoken> spoken, List<Memo> memos, List<Long> organisationIds,
			Map<Long, Participant> byCouncillor) {
	}

	private final JdbcClient jdbc;

	private final Programmes programmes;

	private final Mentoring mentoring;

	private final Councils councils;

	private final CouncilSessions sessions;

	private final Memos memos;

	private final Territories territories;

	Impact(JdbcClient jdbc, Programmes programmes, Mentoring mentoring, Councils councils, CouncilSessions sessions,
			Memos memos, Territories territories) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.mentoring = mentoring;
		this.councils = councils;
		this.sessions = sessions;
		this.memos = memos;
		this.territories = territories;
	}

	/**
	 * What every figure is counted from, read once: participants, who attended a
	 * training, the plans.
	 */
	private record Basis(List<Participant> participants, Set<Long> trained, Map<Long, Plan> plans) {
	}

	private Basis basis(Programme programme) {
		Set<Long> trained = new LinkedHashSet<>(jdbc
			.sql("""
					SELECT DISTINCT a.participant_id FROM capacity_attendance a JOIN capacity_activity ac ON ac.id = a.activity_id
					WHERE ac.programme_id = :p AND a.attended""")
			.param("p", programme.id())
			.query(Long.class)
			.list());
		return new Basis(programmes.participants(programme.id()), trained, mentoring.plans(programme.id()));
	}

	/**
	 * The figures that have something behind them (a programme without youth shows no
	 * youth figure).
	 */
	public List<Figure> figures(Programme programme) {
		Basis basis = basis(programme);
		List<Figure> figures = new ArrayList<>();
		for (String measure : MEASURES) {
			Records records = records(programme, measure, basis);
			long value = switch (measure) {
				case "communes" -> records.communeIds().size();
				case "mentoring" -> records.coaching().size();
				case "interventions" -> records.spoken().size();
				case "memos" -> records.memos().size();
				case "associations" -> records.organisationIds().size();
				default -> records.participants().size();
			};
			if (value > 0 || "communes".equals(measure)) {
				figures.add(new Figure(measure, value));
			}
		}
		return figures;
	}

	public Records records(Programme programme, String measure) {
		return records(programme, measure, basis(programme));
	}

	private Records records(Programme programme, String measure, Basis basis) {
		List<Participant> participants = basis.participants();
		Set<Long> trained = basis.trained();
		Map<Long, Plan> plans = basis.plans();
		List<Participant> none = List.of();
		return switch (measure) {
			case "communes" -> {
				Set<Long> communes = new LinkedHashSet<>();
				participants.stream()
					.filter(p -> trained.contains(p.id()) || plans.containsKey(p.id()))
					.filter(p -> p.communeId() != null)
					.forEach(p -> communes.add(p.communeId()));
				yield new Records(measure, none, List.copyOf(communes), List.of(), List.of(), List.of(), List.of(),
						Map.of());
			}
			case "elected_women",
					"elected_men" ->
				new Records(measure,
						participants.stream()
							.filter(p -> trained.contains(p.id()) && "elected".equals(p.kind())
									&& (measure.equals("elected_women") ? "female" : "male").equals(p.sex()))
							.toList(),
						List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
			case "youth" -> new Records(measure,
					participants.stream().filter(p -> trained.contains(p.id()) && "youth".equals(p.kind())).toList(),
					List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
			case "associations" -> {
				Set<Long> organisations = new LinkedHashSet<>();
				participants.stream()
					.filter(p -> trained.contains(p.id()) && p.organisationId() != null)
					.forEach(p -> organisations.add(p.organisationId()));
				yield new Records(measure, none, List.of(), List.of(), List.of(), List.of(), List.copyOf(organisations),
						Map.of());
			}
			case "mentoring" -> new Records(measure, none, List.of(), mentoring.allSessions(programme.id()), List.of(),
					List.of(), List.of(), Map.of());
			case "interventions" -> {
				Map<Long, Participant> byCouncillor = new LinkedHashMap<>();
				java.time.LocalDate from = null;
				for (Participant participant : participants) {
					Plan plan = plans.get(participant.id());
					if (plan != null && participant.councillorId() != null) {
						byCouncillor.put(participant.councillorId(), participant);
						from = from == null || plan.startsOn().isBefore(from) ? plan.startsOn() : from;
					}
				}
				List<CouncilSessions.Spoken> spoken = from == null ? List.of() : sessions
					.spokenBy(byCouncillor.keySet(), from)
					.stream()
					.filter(s -> !s.heldOn().isBefore(plans.get(byCouncillor.get(s.councillorId()).id()).startsOn()))
					.filter(s -> !s.heldOn().isAfter(programme.endsOn()))
					.toList();
				yield new Records(measure, none, List.of(), List.of(), spoken, List.of(), List.of(), byCouncillor);
			}
			case "memos" -> {
				// the councils the programme works with: those of the communes of its
				// elected participants
				Set<Long> electedCommunes = new LinkedHashSet<>();
				participants.stream()
					.filter(p -> "elected".equals(p.kind()) && p.communeId() != null)
					.filter(p -> trained.contains(p.id()) || plans.containsKey(p.id()))
					.forEach(p -> electedCommunes.add(p.communeId()));
				List<Long> councilIds = new ArrayList<>();
				for (Long commune : electedCommunes) {
					territories.byId(commune)
						.flatMap(t -> councils.byCode(t.code()))
						.map(Council::id)
						.ifPresent(councilIds::add);
				}
				yield new Records(measure, none, List.of(), List.of(), List.of(),
						memos.examinedBetween(councilIds, programme.startsOn(), programme.endsOn()), List.of(),
						Map.of());
			}
			default -> throw new IllegalArgumentException(measure);
		};
	}

}
