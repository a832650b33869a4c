package org.sawa.account;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.sawa.territory.Territories;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a module records that someone took part: it takes the person's demographic
 * snapshot at that moment and publishes {@link ParticipationRecorded} in the caller's
 * transaction (stored in the event publication registry with it).
 */
@Service
public class Participations {

	private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

	private final People people;

	private final Territories territories;

	private final ApplicationEventPublisher events;

	Participations(People people, Territories territories, ApplicationEventPublisher events) {
		this.people = people;
		this.territories = territories;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public ParticipationRecorded record(String channel, long territoryId, Long personId, Instant at) {
		return record(channel, territoryId, personId == null ? DemographicSnapshot.notStated() : snapshot(personId, at),
				at);
	}

	/**
	 * Records an act of participation by someone without an account (e.g. a signature on
	 * a paper sheet typed in by staff), with what the paper says of them.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ParticipationRecorded record(String channel, long territoryId, DemographicSnapshot snapshot, Instant at) {
		ParticipationRecorded event = new ParticipationRecorded(UUID.randomUUID(), channel, territoryId, at, snapshot);
		events.publishEvent(event);
		return event;
	}

	/**
	 * Takes back one act recorded earlier with this channel, territory, moment and
	 * snapshot, because staff corrected the record it came from; record the corrected act
	 * with {@link #record} in the same transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ParticipationWithdrawn withdraw(String channel, long territoryId, DemographicSnapshot snapshot, Instant at) {
		ParticipationWithdrawn event = new ParticipationWithdrawn(UUID.randomUUID(), channel, territoryId, at,
				snapshot);
		events.publishEvent(event);
		return event;
	}

	/**
	 * The person's self-declared profile as it stands at {@code at}; "not stated" where
	 * absent.
	 */
	@Transactional(readOnly = true)
	public DemographicSnapshot snapshot(long personId, Instant at) {
		return people.byId(personId).map(p -> snapshotOf(p, at)).orElse(DemographicSnapshot.notStated());
	}

	/**
	 * The profiles of several people as they stand at {@code at}, in one query (a report
	 * on who took part); those who deleted their account are left out.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, DemographicSnapshot> snapshots(java.util.Collection<Long> personIds, Instant at) {
		java.util.Map<Long, DemographicSnapshot> snapshots = new java.util.HashMap<>();
		java.util.Map<Long, String> areas = new java.util.HashMap<>();
		people.byIds(personIds)
			.forEach(p -> snapshots.put(p.id(), snapshotOf(p, at, id -> areas.computeIfAbsent(id, this::area))));
		return snapshots;
	}

	DemographicSnapshot snapshotOf(Person person, Instant at) {
		return snapshotOf(person, at, this::area);
	}

	private String area(long territoryId) {
		return territories.byId(territoryId)
			.flatMap(t -> t.area())
			.map(a -> a.code())
			.orElse(DemographicSnapshot.NOT_STATED);
	}

	private DemographicSnapshot snapshotOf(Person person, Instant at, java.util.function.LongFunction<String> areaOf) {
		String sex = person.sex() == null ? DemographicSnapshot.NOT_STATED : person.sex();
		String band = DemographicSnapshot.ageBand(person.birthYear(), at.atZone(MOROCCO).getYear());
		String disability = person.disability() == null ? DemographicSnapshot.NOT_STATED
				: person.disability() ? "yes" : "no";
		String area = person.residenceTerritoryId() == null ? DemographicSnapshot.NOT_STATED
				: areaOf.apply(person.residenceTerritoryId());
		return new DemographicSnapshot(sex, band, disability, area);
	}

}
