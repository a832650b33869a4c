package org.sawa.follow;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a module says that something people may follow changed: everyone who
 * follows the subject, or the territory it belongs to or one containing it, gets one
 * notice (one only, whatever she follows of it), written in the module's transaction and
 * sent at once or in her digest ({@code internal.Digests}).
 */
@Service
public class Changes {

	/**
	 * A change: the subjects it concerns ({@code kind:key}, an event of a consultation
	 * concerns both), the territory it belongs to (null: none), its title as written,
	 * what happened (a message key of this module's bundle, {@code follow.change.*}, with
	 * its arguments; an argument {@code #key} is a message key translated when sent) and
	 * the path of its page.
	 */
	public record Change(List<String> subjects, Long territoryId, String title, String messageKey,
			List<String> arguments, String path) {

		public static Change of(String kind, String subject, Long territoryId, String title, String messageKey,
				List<String> arguments, String path) {
			return new Change(List.of(kind + ":" + subject), territoryId, title, messageKey, arguments, path);
		}

		/** The same change, concerning one more subject. */
		public Change and(String kind, String subject) {
			List<String> all = new java.util.ArrayList<>(subjects);
			all.add(kind + ":" + subject);
			return new Change(List.copyOf(all), territoryId, title, messageKey, arguments, path);
		}

	}

	private final JdbcClient jdbc;

	private final Territories territories;

	private final Clock clock;

	Changes(JdbcClient jdbc, Territories territories, Clock clock) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.clock = clock;
	}

	/** Writes a notice for each follower of the subject or of its territories. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int record(Change change) {
		List<String> places = change.territoryId() == null ? List.of()
				: territories.byId(change.territoryId())
					.map(t -> territories.lineage(t).stream().map(Territory::code).toList())
					.orElse(List.of());
		String title = change.title().length() > 300 ? change.title().substring(0, 299) + "…" : change.title();
		return jdbc.sql("""
				INSERT INTO follow_notice (person_id, subscription_id, title, message_key, arguments, path, created_at)
				SELECT DISTINCT ON (person_id) person_id, id, :title, :key, :args, :path, :at
				FROM follow_subscription
				WHERE kind || ':' || subject = ANY(:subjects) OR (kind = 'territory' AND subject = ANY(:places))
				ORDER BY person_id, (kind <> 'territory') DESC, id""")
			.param("title", title)
			.param("key", change.messageKey())
			.param("args", change.arguments().toArray(String[]::new))
			.param("path", change.path())
			.param("at", Timestamp.from(clock.instant()))
			.param("subjects", change.subjects().toArray(String[]::new))
			.param("places", places.toArray(String[]::new))
			.update();
	}

}
