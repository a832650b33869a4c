package org.sawa.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on proposals, threaded one level: a comment, and replies to it. Written while
 * the process takes contributions, as plain text (shown as typed, markup included), and
 * counted by the participation lens.
 */
@Service
public class Comments {

	/** A comment with its replies, oldest first. */
	public record Thread(Comment comment, List<Comment> replies) {
	}

	public static final String CHANNEL = "consultation.comment";

	private final JdbcClient jdbc;

	private final Contributing contributing;

	private final Proposals proposals;

	private final Clock clock;

	Comments(JdbcClient jdbc, Contributing contributing, Proposals proposals, Clock clock) {
		this.jdbc = jdbc;
		this.contributing = contributing;
		this.proposals = proposals;
		this.clock = clock;
	}

	/**
	 * Comments on a proposal, or replies to a comment on it ({@code parentId}); a reply
	 * to a reply is refused (one level). Reasons are keyed {@code comment.*}, or
	 * {@code reply<parent>.*} for a reply, as the page names its forms.
	 */
	@Transactional
	public long comment(Process process, int number, Long parentId, String body, long personId) {
		String form = parentId == null ? "comment" : "reply" + parentId;
		Proposal proposal = proposals.byNumber(process.id(), number)
			.orElseThrow(() -> new ConsultationRefused(form + ".form", "consultation.error.noProposal"));
		Refusals refusals = new Refusals();
		contributing.check(process, personId, form + ".form", refusals);
		if (!proposal.shown()) {
			refusals.add(form + ".form", "consultation.error.hidden");
		}
		if (parentId != null) {
			Comment parent = byId(parentId).orElse(null);
			if (parent == null || parent.proposalId() != proposal.id() || parent.parentId() != null) {
				refusals.add(form + ".form", "consultation.error.replyTo");
			}
		}
		String text = Proposals.clean(body);
		if (Texts.length(text) < 2 || Texts.length(text) > 2000) {
			refusals.add(form + ".body", "consultation.error.comment", 2, 2000);
		}
		refusals.throwIfAny();
		long id = jdbc.sql("""
				INSERT INTO consultation_comment (proposal_id, parent_id, body, author_id, created_at)
				VALUES (:p, :parent, :body, :author, :at) RETURNING id""")
			.param("p", proposal.id())
			.param("parent", parentId)
			.param("body", text)
			.param("author", personId)
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		jdbc.sql("UPDATE consultation_proposal SET comments = comments + 1 WHERE id = :id")
			.param("id", proposal.id())
			.update();
		contributing.record(CHANNEL, process, personId);
		return id;
	}

	java.util.Optional<Comment> byId(long id) {
		return jdbc.sql("SELECT * FROM consultation_comment WHERE id = :id")
			.param("id", id)
			.query(Comments::map)
			.optional();
	}

	/** A proposal's comments, each with its replies, oldest first. */
	public List<Thread> threads(long proposalId) {
		Map<Long, Thread> threads = new LinkedHashMap<>();
		List<Comment> all = jdbc.sql("SELECT * FROM consultation_comment WHERE proposal_id = :p ORDER BY id")
			.param("p", proposalId)
			.query(Comments::map)
			.list();
		for (Comment c : all) {
			if (c.parentId() == null) {
				threads.put(c.id(), new Thread(c, new ArrayList<>()));
			}
			else if (threads.containsKey(c.parentId())) {
				threads.get(c.parentId()).replies().add(c);
			}
		}
		return List.copyOf(threads.values());
	}

	static Comment map(ResultSet rs, int n) throws SQLException {
		return new Comment(rs.getLong("id"), rs.getLong("proposal_id"), rs.getObject("parent_id", Long.class),
				rs.getString("body"), rs.getLong("author_id"), Proposals.instant(rs, "created_at"),
				rs.getInt("reports"), rs.getString("state"), rs.getString("hidden_reason"));
	}

}
