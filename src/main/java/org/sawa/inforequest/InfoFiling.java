package org.sawa.inforequest;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.sawa.account.Accounts;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.Participations;
import org.sawa.audit.AuditLog;
import org.sawa.casework.CaseSteps;
import org.sawa.casework.Step;
import org.sawa.inforequest.internal.InfoNotices;
import org.sawa.input.Emails;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.security.Hmac;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing a request: online by the requester (received today), or typed in by an officer
 * from a paper form (received on the day written on it). The requester's identity is
 * checked for shape, the ID number kept only as an HMAC; the receipt goes to the
 * requester and the new request to the body's officers once the filing commits; every
 * request is an act of participation.
 */
@Service
public class InfoFiling {

	/**
	 * A national ID card or residence permit number: one or two letters and up to eight
	 * digits.
	 */
	static final Pattern IDENTITY_NUMBER = Pattern.compile("^[A-Z]{1,2}[0-9]{1,8}$");

	/** What a requester (or the officer typing in a paper form) fills in. */
	public record Filing(long bodyId, String firstName, String lastName, String postalAddress, String email,
			String nationalId, String subject, String description, String language, String format, boolean urgent,
			String urgencyReason) {
	}

	/** A filing that passed its checks, trimmed, the ID number as its HMAC. */
	private record Clean(InfoBody body, String firstName, String lastName, String address, String email, String cinHmac,
			String subject, String description, String language, String format, boolean urgent, String urgency) {
	}

	private final JdbcClient jdbc;

	private final InfoRequests requests;

	private final InfoBodies bodies;

	private final Participations participations;

	private final Hmac hmac;

	private final AuditLog audit;

	private final InfoNotices notices;

	private final CaseSteps steps;

	private final Clock clock;

	private final Accounts accounts;

	InfoFiling(JdbcClient jdbc, InfoRequests requests, InfoBodies bodies, Participations participations, Hmac hmac,
			AuditLog audit, InfoNotices notices, CaseSteps steps, Clock clock, Accounts accounts) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.requests = requests;
		this.bodies = bodies;
		this.participations = participations;
		this.hmac = hmac;
		this.audit = audit;
		this.notices = notices;
		this.steps = steps;
		this.clock = clock;
	}

	/**
	 * A requester files online; the request is received today. Returns the reference on
	 * the receipt. Its notices are mailed to the address of the requester's account,
	 * which they confirmed: Sawa does not mail an address no one has confirmed, with text
	 * someone else wrote.
	 */
	@Transactional
	public String file(Filing filing, long requesterId) {
		return file(filing, requesterId, null);
	}

	/**
	 * Files a request from a form whose page gave it a key: the same form sent again (a
	 * double click, a retried slow connection, several at once) answers the reference of
	 * the request it filed the first time and files nothing more.
	 */
	@Transactional
	public String file(Filing filing, long requesterId, UUID submission) {
		if (submission != null) {
			// the same key waits here for the first sending to commit, then finds it
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:k))")
				.param("k", submission.toString())
				.query()
				.listOfRows();
			Optional<String> filed = jdbc
				.sql("SELECT reference FROM info_request WHERE submission_key = :k AND requester_id = :r")
				.param("k", submission)
				.param("r", requesterId)
				.query(String.class)
				.optional();
			if (filed.isPresent()) {
				return filed.get();
			}
		}
		Clean clean = check(filing, true);
		String own = accounts.contact(requesterId).map(Accounts.Contact::email).orElse("");
		if (!clean.email().equals(Emails.normalise(own))) {
			throw new InfoRequestRefused("email", "info.file.error.emailNotOwn", own);
		}
		return insert(clean, requesterId, "online", LocalDate.now(clock), requesterId, submission);
	}

	/**
	 * An officer types in a paper request, received on the day written on it (not in the
	 * future). Audited; the requester's account, if any, is not known.
	 */
	@Transactional
	public String fileFromPaper(Filing filing, long officerId, LocalDate receivedOn) {
		InfoBody body = bodies.byId(filing.bodyId())
			.orElseThrow(() -> new InfoRequestRefused("body", "validation.option"));
		if (!bodies.mayAnswerFor(officerId, body)) {
			throw new InfoRequestRefused("", "info.error.notOfficer").asDenial();
		}
		if (receivedOn == null || receivedOn.isAfter(LocalDate.now(clock))
				|| receivedOn.isBefore(LocalDate.now(clock).minusYears(1))) {
			throw new InfoRequestRefused("receivedOn", "info.step.error.date");
		}
		String reference = insert(check(filing, false), null, "paper", receivedOn, officerId, null);
		audit.append("person:" + officerId, "info.request.paper", "info-request:" + reference, body.code());
		return reference;
	}

	/**
	 * Checks every field in the form's order; an e-mail address is required online,
	 * optional on paper.
	 */
	private Clean check(Filing f, boolean online) {
		// every field at once, each reason at its field
		Refusals refusals = new Refusals();
		InfoBody body = bodies.byId(f.bodyId()).orElse(null);
		if (body == null) {
			refusals.add("body", "validation.option");
		}
		String firstName = text(f.firstName(), "firstName", 1, 100, refusals);
		String lastName = text(f.lastName(), "lastName", 1, 100, refusals);
		String address = text(f.postalAddress(), "postalAddress", 5, 300, refusals);
		String email = f.email() == null ? "" : f.email().trim();
		if ((online || !email.isEmpty()) && !Emails.looksValid(email)) {
			refusals.add("email", "validation.email");
		}
		String identity = f.nationalId() == null ? "" : f.nationalId().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		if (!IDENTITY_NUMBER.matcher(identity).matches()) {
			refusals.add("nationalId", "info.file.error.nationalId");
		}
		String subject = text(f.subject(), "subject", 10, 200, refusals);
		String description = text(f.description(), "description", 20, 5000, refusals);
		if (f.format() == null || !InfoRequest.FORMATS.contains(f.format())) {
			refusals.add("format", "validation.option");
		}
		String urgency = f.urgencyReason() == null ? "" : f.urgencyReason().trim();
		if (f.urgent() && (Texts.length(urgency) < 10 || Texts.length(urgency) > 1000)) {
			refusals.add("urgencyReason", "info.file.error.urgencyReason");
		}
		refusals.throwIfAny();
		String language = f.language() != null && List.of("ar", "fr", "en", "zgh").contains(f.language()) ? f.language()
				: "ar";
		return new Clean(body, firstName, lastName, address, Emails.normalise(email), hmac.digest("cin:" + identity),
				subject, description, language, f.format(), f.urgent(), f.urgent() ? urgency : "");
	}

	private String insert(Clean f, Long requesterId, String channel, LocalDate receivedOn, long actorId,
			UUID submission) {
		String reference = InfoRequests.newReference(jdbc, receivedOn);
		// online, the address is the account's, confirmed with it; on paper, its owner is
		// asked first
		boolean online = requesterId != null;
		String token = online || f.email().isEmpty() ? null : newToken();
		long id = jdbc
			.sql("""
					INSERT INTO info_request (reference, body_id, requester_id, channel, first_name, last_name, postal_address,
					  email, national_id_hmac, subject, description, language, format, urgent, urgency_reason, status, received_on,
					  created_at, submission_key, email_confirmed_at, email_token_hmac)
					VALUES (:ref, :body, :requester, :channel, :first, :last, :address, :email, :cin, :subject, :description,
					  :language, :format, :urgent, :urgency, 'received', :received, :now, :submission, :confirmed, :token)
					RETURNING id""")
			.param("ref", reference)
			.param("body", f.body().id())
			.param("requester", requesterId)
			.param("channel", channel)
			.param("first", f.firstName())
			.param("last", f.lastName())
			.param("address", f.address())
			.param("email", f.email())
			.param("cin", f.cinHmac())
			.param("subject", f.subject())
			.param("description", f.description())
			.param("language", f.language())
			.param("format", f.format())
			.param("urgent", f.urgent())
			.param("urgency", f.urgency())
			.param("received", receivedOn)
			.param("now", Timestamp.from(clock.instant()))
			.param("submission", submission)
			.param("confirmed", online ? Timestamp.from(clock.instant()) : null)
			.param("token", token == null ? null : tokenHmac(token))
			.query(Long.class)
			.single();
		steps.record(InfoStatus.CASE,
				Step.of(id, InfoStatus.RECEIVED, InfoStatus.RECEIVED).by(actorId).onUnchecked(receivedOn));
		requests.refreshDue(id);
		DemographicSnapshot snapshot = requesterId == null ? DemographicSnapshot.notStated()
				: participations.snapshot(requesterId, clock.instant());
		participations.record("inforequest.request", f.body().territoryId(), snapshot, clock.instant());
		InfoRequest request = requests.byId(id).orElseThrow();
		notices.filed(request, f.body());
		if (token != null) {
			notices.confirmAddress(request, f.body(), token);
		}
		return reference;
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private String tokenHmac(String token) {
		return hmac.digest("info-email-token:" + token);
	}

	/**
	 * The owner of a paper request's address confirms it from the link they were mailed:
	 * the receipt follows, then every step. Answers the request's reference, or nothing
	 * for a link that is unknown or was used already.
	 */
	@Transactional
	public Optional<String> confirmAddress(String token) {
		if (token == null || token.isBlank() || token.length() > 64) {
			return Optional.empty();
		}
		Optional<Long> id = jdbc.sql("""
				UPDATE info_request SET email_confirmed_at = :now, email_token_hmac = NULL
				WHERE email_token_hmac = :token AND email_confirmed_at IS NULL RETURNING id""")
			.param("now", Timestamp.from(clock.instant()))
			.param("token", tokenHmac(token))
			.query(Long.class)
			.optional();
		return id.map(found -> {
			InfoRequest request = requests.byId(found).orElseThrow();
			notices.receipt(request, bodies.byId(request.bodyId()).orElseThrow());
			return request.reference();
		});
	}

	/** A text of the form, trimmed, between {@code min} and {@code max} characters. */
	/** A text trimmed, or a reason at its field when too short or long. */
	private static String text(String value, String field, int min, int max, Refusals refusals) {
		String text = value == null ? "" : value.trim();
		if (Texts.length(text) < min || Texts.length(text) > max) {
			refusals.add(field, "info.error.length", min, max);
		}
		return text;
	}

	static String text(String value, String field, int min, int max) {
		String text = value == null ? "" : value.trim();
		if (Texts.length(text) < min || Texts.length(text) > max) {
			throw new InfoRequestRefused(field, "info.error.length", min, max);
		}
		return text;
	}

}
